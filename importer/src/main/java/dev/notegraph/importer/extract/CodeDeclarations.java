package dev.notegraph.importer.extract;

import dev.notegraph.importer.parse.CodeBlock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** The names a note's own example code declares ({@code code-declarations.tsv}), as written: case tells enhancer from Enhancer. */
final class CodeDeclarations {

    private static final List<Pattern> PATTERNS = WordList.rows("code-declarations.tsv").stream()
            .map(r -> Pattern.compile(r.get(1)))
            .toList();
    private static final Pattern DUNDER = Pattern.compile("__\\w+__");
    // a comment speaks of names (//class java.lang.Integer) without declaring them
    private static final Pattern COMMENT = Pattern.compile("(//|(^|\\s)#).*");

    private CodeDeclarations() {}

    static Set<String> of(List<CodeBlock> code) {
        var out = new HashSet<String>();
        for (var block : code) {
            for (var line : block.text().split("\n")) {
                line = COMMENT.matcher(line).replaceFirst("");
                for (var pattern : PATTERNS) {
                    var m = pattern.matcher(line);
                    while (m.find()) {
                        if (!DUNDER.matcher(m.group(1)).matches()) {
                            out.add(m.group(1));
                        }
                    }
                }
            }
        }
        return out;
    }

    /**
     * Whether a form is declared, or is a member of a declared name ({@code Example.field}); a qualified name
     * ({@code java.util.Collection}) names a package's type, not a member.
     */
    static boolean declares(Set<String> declared, String form) {
        int dot = form.indexOf('.');
        return declared.contains(form)
                || dot > 0 && form.indexOf('.', dot + 1) < 0 && declared.contains(form.substring(0, dot));
    }
}
