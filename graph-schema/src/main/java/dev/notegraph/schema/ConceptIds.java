package dev.notegraph.schema;

import java.util.HexFormat;

/**
 * Concept ids: readable, stable across re-imports of the same notes and safe in a URL path segment.
 * {@code "TIME-WAIT"} becomes {@code "time-wait"}, {@code "I/O 多路复用"} becomes {@code "i-o多路复用"}.
 */
public final class ConceptIds {

    private static final int MAX_LENGTH = 64;

    private ConceptIds() {}

    /** The id for a canonical concept name; letters and digits of any script are kept. */
    public static String of(String canonicalName) {
        var key = java.text.Normalizer.normalize(canonicalName.strip(), java.text.Normalizer.Form.NFKC)
                .toLowerCase(java.util.Locale.ROOT);
        var out = new StringBuilder();
        key.codePoints().forEach(cp -> out.append(safe(cp) ? Character.toString(cp) : "-"));
        var slug = out.toString().replaceAll("-{2,}", "-").replaceAll("^-|-$", "");
        if (slug.isEmpty() || slug.length() > MAX_LENGTH || !slug.equals(key)) {
            // A lossy slug could collide with another name's: the hash keeps them apart.
            var head = slug.length() > MAX_LENGTH ? slug.substring(0, MAX_LENGTH) : slug;
            return (head.isEmpty() ? "c" : head) + "~" + shortHash(key);
        }
        return slug;
    }

    /** The first 6 bytes of SHA-256, in hex. */
    public static String shortHash(String text) {
        return HexFormat.of().formatHex(Sha256.digest(text), 0, 6);
    }

    private static boolean safe(int cp) {
        return Character.isLetterOrDigit(cp) || cp == '-' || cp == '_' || cp == '.' || cp == '+';
    }
}
