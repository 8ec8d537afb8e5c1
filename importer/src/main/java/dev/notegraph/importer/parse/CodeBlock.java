package dev.notegraph.importer.parse;

/**
 * A block of code in a note, kept apart from its prose: what the example declares tells its own names from the
 * ones it uses.
 *
 * @param line 1-based line of the block's first code line
 * @param info the fence's info string (its language), empty for an indented block
 * @param text the code as written
 */
public record CodeBlock(int line, String info, String text) {}
