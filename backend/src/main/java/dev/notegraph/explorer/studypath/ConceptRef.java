package dev.notegraph.explorer.studypath;

import java.util.List;

/** The contract's minimal concept object. */
record ConceptRef(String id, String name, List<String> aliases) {}
