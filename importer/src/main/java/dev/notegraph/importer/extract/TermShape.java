package dev.notegraph.importer.extract;

import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a name reads as a term rather than a phrase: bold text and headings often hold clauses
 * (还有一个很容易踩的坑), which must not become concepts. Two strengths: a name the notes mark in several places
 * (or define) only has to be no clause; a name seen once must also look like a noun phrase to the tagger, whose
 * tags are unreliable on technical words it does not know (满二叉树 comes back as 满/a 二/m 叉/n 树/v).
 */
final class TermShape {

    private static final Pattern FUNCTION =
            Pattern.compile("p.*|u.*|c.*|d.*|r.*|w.*|vshi|vyou|y|e|o|f|m.*|q.*|t.*|z|s");
    private static final Pattern HEAD = Pattern.compile("n.*|vn|ng|g.*|k|v|vi|l|j|i|b|an");
    /** Function words that make a name a clause wherever they stand, when the tagger knows them as words. */
    private static final Pattern CLAUSE_WORD = Pattern.compile("d|p|c|cc|u.*|y|e|o|vshi|vyou");

    private static final Pattern ADJECTIVE = Pattern.compile("a|ad|d|al");
    private static final Pattern VERB = Pattern.compile("v|vi|vf|vx|vl|vg");
    // the analyzer adds domain words to HanLP's dictionary; judging a name must not see itself there
    private static final Segment PLAIN =
            new DoubleArrayTrieSegment().enablePartOfSpeechTagging(true).enableCustomDictionary(false);
    private static final Pattern LATIN_PART = Pattern.compile("[A-Za-z0-9][\\w.+#\\-/]*");
    private static final Pattern LATIN_WORDS =
            Pattern.compile("_*[A-Za-z0-9][\\w.+#\\-/]*(\\s+[A-Z0-9][\\w.+#\\-/]*)*");
    private static final Pattern MIXED = Pattern.compile("[A-Za-z0-9][\\w.+#\\-/]*\\s*\\p{IsHan}.*");
    private static final int GENERAL_FREQUENCY = 200;
    private static final int MAX_HAN = 8;

    private TermShape() {}

    private static final Pattern NOT_NOUN =
            Pattern.compile("v|vi|vf|vx|vl|vg|a|ad|al|b|d|t|r.*|m.*|q.*|p.*|c.*|u.*|f|s|z|y|e|o");

    /**
     * A single everyday word (执行, 简单, 支持, 项目, 技术): one the tagger knows as no noun, or one frequent in
     * general Chinese. However often a note bolds or heads it, it names what a note does or talks about, not a
     * concept to look up, unless the note defines it; a technical word is rare in general text (线程, 索引).
     */
    static boolean everydayWord(String name) {
        var terms = oneWord(name);
        return terms != null && (NOT_NOUN.matcher(nature(terms)).matches() || general(name));
    }

    /**
     * A single word frequent in general Chinese (支持, 开始, 项目). The tagger's part of speech is left out: it
     * knows some technical nouns as verbs only (列表).
     */
    static boolean generalWord(String name) {
        return oneWord(name) != null && general(name);
    }

    private static boolean general(String word) {
        var attribute = CoreDictionary.get(word);
        return attribute != null && attribute.totalFrequency > GENERAL_FREQUENCY;
    }

    /** The one term a name of Chinese characters only segments to, or null. */
    private static Term oneWord(String name) {
        if (TermFilter.cjkCount(name) != name.length()) {
            return null;
        }
        var terms = PLAIN.seg(name);
        return terms.size() == 1 ? terms.get(0) : null;
    }

    /** A name seen with little evidence: no clause, and a noun phrase by its tags. */
    static boolean ok(String name) {
        if (!notClause(name)) {
            return false;
        }
        if (TermFilter.cjkCount(name) == 0 || MIXED.matcher(name).matches()) {
            return true;
        }
        var terms = PLAIN.seg(name);
        if (terms.size() == 1 && general(name)) {
            return false;
        }
        if (VERB.matcher(nature(terms.get(0))).matches() && terms.size() > 1) {
            return false;
        }
        for (var term : terms) {
            if (FUNCTION.matcher(nature(term)).matches() && TermFilter.cjkCount(term.word) > 0) {
                return false;
            }
        }
        var last = terms.get(terms.size() - 1);
        return TermFilter.cjkCount(last.word) == 0 || HEAD.matcher(nature(last)).matches();
    }

    /**
     * A name the notes mark or define: it only has to be no clause. Clause words (的, 可以, 如何), function words
     * the tagger knows as words (非常, 通过, 或者), a common verb opening an object (满足条件, 使用缓存) or an
     * adjective closing it (非常重要) make a clause; a Latin name before a Chinese head makes a term (ABA 问题).
     */
    static boolean notClause(String name) {
        int han = TermFilter.cjkCount(name);
        if (han == 0) {
            return LATIN_WORDS.matcher(name).matches();
        }
        boolean latinHead = MIXED.matcher(name).matches();
        List<Term> terms = words(name);
        if (!noFunctionWords(name, terms, latinHead, false)) {
            return false;
        }
        if (terms.size() > 1 && verbObject(terms.get(0), terms.get(1))) {
            return false;
        }
        var last = terms.get(terms.size() - 1);
        return latinHead
                || ShapeWords.head(last.word)
                || !(word(last)
                        && terms.size() > 1
                        && ADJECTIVE.matcher(nature(last)).matches());
    }

    /**
     * A Chinese name glossed in another script (面向对象编程（Object-Oriented Programming）): the gloss vouches for a
     * term, so a verb opening it is part of the name; only clause and function words make it a clause (可以选择升序,
     * 主要是 payload).
     */
    static boolean glossable(String name) {
        return TermFilter.cjkCount(name) == 0
                || noFunctionWords(name, words(name), MIXED.matcher(name).matches(), true);
    }

    private static List<Term> words(String name) {
        return PLAIN.seg(name).stream().filter(t -> !t.word.isBlank()).toList();
    }

    private static boolean noFunctionWords(String name, List<Term> terms, boolean latinHead, boolean glossed) {
        if (TermFilter.cjkCount(name) > MAX_HAN || ShapeWords.clause(name, terms, latinHead, glossed) || count(terms)) {
            return false;
        }
        for (int i = 0; i < terms.size(); i++) {
            if (word(terms.get(i))
                    && CLAUSE_WORD.matcher(nature(terms.get(i))).matches()
                    && !modifier(terms, i, glossed)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An adverb opening a name's Chinese part before a noun or a measure word modifies a term (最终一致性, 高速缓存,
     * 单向链表: 单向/d 链/q 表/n, AC 自动机); elsewhere, or before a verb, an adjective or a number, it makes a clause
     * (已经完成, 非常重要, 特别多, 句子不要过长). Before a verb in a glossed name it modifies too (随机超时（Randomized
     * Timeout）, 自动刷新).
     */
    private static boolean modifier(List<Term> terms, int i, boolean glossed) {
        if (i != firstChinese(terms) || !nature(terms.get(i)).equals("d") || i + 1 >= terms.size()) {
            return false;
        }
        var next = nature(terms.get(i + 1));
        return next.startsWith("n") || next.equals("vn") || next.equals("q") || glossed && next.startsWith("v");
    }

    private static int firstChinese(List<Term> terms) {
        int i = 0;
        while (i < terms.size() && TermFilter.cjkCount(terms.get(i).word) == 0) {
            i++;
        }
        return i;
    }

    /** A number and its measure word (一批, 三个) counts things; it names none. */
    private static boolean count(List<Term> terms) {
        return terms.size() == 2
                && nature(terms.get(0)).startsWith("m")
                && nature(terms.get(1)).startsWith("q");
    }

    private static boolean verbObject(Term verb, Term object) {
        return word(verb)
                && VERB.matcher(nature(verb)).matches()
                && ShapeWords.commonVerb(verb.word)
                && word(object)
                && nature(object).startsWith("n");
    }

    /** A word of two or more Chinese characters: single characters of unknown words carry no reliable tag. */
    private static boolean word(Term term) {
        return TermFilter.cjkCount(term.word) >= 2
                && !LATIN_PART.matcher(term.word).matches();
    }

    private static String nature(Term term) {
        return term.nature.toString();
    }
}
