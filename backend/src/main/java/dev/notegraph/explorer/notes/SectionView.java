package dev.notegraph.explorer.notes;

/** A note section ready to show: its heading, where it starts, and its Markdown rendered to safe HTML. */
record SectionView(String id, String note, String heading, int line, String html) {}
