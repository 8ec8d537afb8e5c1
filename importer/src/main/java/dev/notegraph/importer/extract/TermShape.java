package dev.notegraph.importer.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import java.util.regex.Pattern;

/**
 * Whether a name reads as a term rather than a phrase: bold text and headings often hold clauses
 * (还有一个很容易踩的坑), which must not become concepts.
 */
final class TermShape {

    private static final Pattern FUNCTION =
            Pattern.compile("p.*|u.*|c.*|d.*|r.*|w.*|vshi|vyou|y|e|o|f|m.*|q.*|t.*|z|s");
    private static final Pattern HEAD = Pattern.compile("n.*|vn|ng|g.*|k|v|vi|l|j|i|b|an");
    private static final Pattern CLAUSE =
            Pattern.compile(".*(的|了|吗|呢|吧|着|我|你|他|她|大家|可以|应该|需要|如何|何为|何谓|怎么|为什么|什么|哪些|这|那|很|太|更|最).*"
                    + "|.*(说明|示例|建议|自测|中|篇|版|章|部分|总结|汇总|推荐|精选|指南|教程|面试题|问题)$");
    private static final Pattern VERB = Pattern.compile("v|vi|vf|vx|vl|vg");
    // the analyzer adds domain words to HanLP's dictionary; judging a name must not see itself there
    private static final Segment PLAIN =
            new DoubleArrayTrieSegment().enablePartOfSpeechTagging(true).enableCustomDictionary(false);
    private static final Pattern MIXED_SPACE =
            Pattern.compile(".*(\\p{IsHan}\\s+[A-Za-z0-9]|[A-Za-z0-9]\\s+\\p{IsHan}).*");
    private static final Pattern LATIN_WORDS =
            Pattern.compile("_*[A-Za-z0-9][\\w.+#\\-/]*(\\s+[A-Z0-9][\\w.+#\\-/]*)*");
    private static final int GENERAL_FREQUENCY = 200;
    private static final int MAX_HAN = 8;

    private TermShape() {}

    static boolean ok(String name) {
        int han = TermFilter.cjkCount(name);
        if (han == 0) {
            return LATIN_WORDS.matcher(name).matches();
        }
        if (han > MAX_HAN
                || CLAUSE.matcher(name).matches()
                || MIXED_SPACE.matcher(name).matches()) {
            return false;
        }
        var terms = PLAIN.seg(name);
        if (VERB.matcher(terms.get(0).nature.toString()).matches() && terms.size() > 1) {
            return false;
        }
        if (terms.size() == 1) {
            var attribute = CoreDictionary.get(name);
            if (attribute != null && attribute.totalFrequency > GENERAL_FREQUENCY) {
                return false;
            }
        }
        for (var term : terms) {
            var nature = term.nature.toString();
            if (FUNCTION.matcher(nature).matches() && TermFilter.cjkCount(term.word) > 0) {
                return false;
            }
        }
        var last = terms.get(terms.size() - 1);
        return TermFilter.cjkCount(last.word) == 0
                || HEAD.matcher(last.nature.toString()).matches();
    }
}
