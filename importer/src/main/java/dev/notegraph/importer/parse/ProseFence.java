package dev.notegraph.importer.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;

/**
 * Some notes fence plain prose to keep its line breaks. A fence without a language whose text is mostly Chinese
 * is read as prose; real code keeps its identifiers out of the concepts.
 */
final class ProseFence {

    private ProseFence() {}

    static boolean isProse(FencedCodeBlock fence) {
        if (!fence.getInfo().isBlank()) {
            return false;
        }
        var text = fence.getContentChars().toString();
        int han = 0;
        int visible = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                visible++;
                if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
        }
        return visible > 0 && han * 10 >= visible * 4;
    }
}
