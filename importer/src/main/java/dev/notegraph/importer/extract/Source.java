package dev.notegraph.importer.extract;

/** Where a candidate term was seen, and how much that says about it being a concept. */
enum Source {
    DEFINED(3.0),
    ALIAS(3.0),
    HEADING(2.0),
    STRONG(2.0),
    LIST_HEAD(2.0),
    ACRONYM(2.0),
    LIST_ITEM(1.5),
    CODE(1.0),
    QUOTED(1.0),
    ENGLISH(1.0),
    HEADING_PART(2.0),
    /** Declared in the front matter's keywords: the writer names it, but the note has to use it too. */
    KEYWORD(1.0),
    TEXT(0.5);

    private final double score;

    Source(double score) {
        this.score = score;
    }

    /** Whether the writer marked the form as a term: defined it, bolded it, made it a heading or a label. */
    boolean marks() {
        return this == DEFINED
                || this == ALIAS
                || this == HEADING
                || this == STRONG
                || this == LIST_HEAD
                || this == KEYWORD;
    }

    double score() {
        return score;
    }
}
