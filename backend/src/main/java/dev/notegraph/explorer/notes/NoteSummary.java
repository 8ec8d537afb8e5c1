package dev.notegraph.explorer.notes;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** An imported note, without its sections. */
record NoteSummary(@JsonUnwrapped NoteFile note, long sections) {}
