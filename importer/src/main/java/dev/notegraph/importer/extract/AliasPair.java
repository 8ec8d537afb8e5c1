package dev.notegraph.importer.extract;

/**
 * Two names the notes give for one idea, as in {@code 全局解释器锁（Global Interpreter Lock，GIL）}.
 *
 * @param first the name outside the brackets
 * @param second the name inside
 * @param note the note's path
 * @param line 1-based line
 */
record AliasPair(String first, String second, String note, int line) {}
