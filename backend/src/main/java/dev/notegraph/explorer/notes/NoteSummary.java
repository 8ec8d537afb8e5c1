package dev.notegraph.explorer.notes;

/** An imported note, without its sections. */
record NoteSummary(String id, String path, String title, long bytes, String sha256, String importedAt, long sections) {}
