package dev.notegraph.importer.source;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/** Decodes a note's bytes: BOMs first, then strict UTF-8, then strict GB18030 (older Chinese notes). */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final byte[] UTF16LE_BOM = {(byte) 0xFF, (byte) 0xFE};
    private static final byte[] UTF16BE_BOM = {(byte) 0xFE, (byte) 0xFF};

    private TextDecoder() {}

    /** The text, or the one-line reason it is not text. */
    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, UTF8_BOM)) {
            return strict(bytes, UTF8_BOM.length, StandardCharsets.UTF_8)
                    .map(Decoded::text)
                    .orElse(Decoded.problem("invalid UTF-8 after a UTF-8 byte order mark"));
        }
        if (startsWith(bytes, UTF16LE_BOM) || startsWith(bytes, UTF16BE_BOM)) {
            var charset = startsWith(bytes, UTF16LE_BOM) ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
            return strict(bytes, 2, charset)
                    .map(Decoded::text)
                    .orElse(Decoded.problem("invalid " + charset.name() + " after its byte order mark"));
        }
        // Text without a UTF-16 BOM rarely holds NUL; images and archives hold many and are not UTF-8. A stray
        // NUL or two in otherwise valid UTF-8 (a bad paste, an editor crash) is dropped rather than losing the note.
        var nuls = countNul(bytes);
        if (nuls > 0) {
            return nuls * 20L > bytes.length
                    ? Decoded.problem("binary file, not text")
                    : strict(bytes, 0, StandardCharsets.UTF_8)
                            .map(text -> Decoded.text(text.replace("\0", "")))
                            .orElse(Decoded.problem("binary file, not text"));
        }
        return strict(bytes, 0, StandardCharsets.UTF_8)
                .or(() -> strict(bytes, 0, GB18030))
                .map(Decoded::text)
                .orElse(Decoded.problem("not UTF-8, GB18030 or UTF-16 text"));
    }

    private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static int countNul(byte[] bytes) {
        int count = 0;
        for (var b : bytes) {
            if (b == 0) {
                count++;
            }
        }
        return count;
    }

    /** Exactly one of text and problem is present. */
    record Decoded(Optional<String> text, Optional<String> problem) {

        static Decoded text(String text) {
            return new Decoded(Optional.of(text), Optional.empty());
        }

        static Decoded problem(String reason) {
            return new Decoded(Optional.empty(), Optional.of(reason));
        }
    }
}
