package dev.notegraph.importer.extract;

import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Other.DoubleArrayTrieSegment;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Chinese nouns from prose via HanLP's default (offline) segmenter. Words frequent in general Chinese (时间,
 * 问题) are not technical terms; domain words are added to the dictionary so 全局解释器锁 stays whole.
 */
final class ChineseTerms {

    private static final int GENERAL_FREQUENCY = 300;
    private static final String DOMAIN_NATURE = "nz 1024";

    // HanLP's CustomDictionary is global: words added for one analysis would change how the next one
    // segments, so the same notes would give a different graph. Each analysis layers its own words over
    // the shared, read-only default dictionary instead.
    private final DynamicCustomDictionary words =
            new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, new BinTrie<>(), CustomDictionary.DEFAULT.path);

    // dictionary maximum matching: an order of magnitude faster than Viterbi, and the domain words decide here
    private final Segment segment =
            new DoubleArrayTrieSegment().enablePartOfSpeechTagging(true).enableCustomDictionary(words);

    /** Makes this analysis's segmenter keep these words whole. */
    void addWords(Collection<String> domainWords) {
        for (var word : domainWords) {
            if (TermFilter.cjkCount(word) >= 2 && word.indexOf(' ') < 0) {
                words.add(word, DOMAIN_NATURE);
            }
        }
    }

    List<String> find(String text) {
        if (TermFilter.cjkCount(text) < 2) {
            return List.of();
        }
        var out = new ArrayList<String>();
        // HanLP answers a LinkedList: get(i) over a 1 MB line's terms was quadratic (hours).
        List<Term> terms = new ArrayList<>(segment.seg(text));
        for (int i = 0; i < terms.size(); i++) {
            var term = terms.get(i);
            if (isTechnicalNoun(term)) {
                out.add(term.word);
                if (i + 1 < terms.size() && isTechnicalNoun(terms.get(i + 1))) {
                    var compound = term.word + terms.get(i + 1).word;
                    if (compound.length() <= 7) {
                        out.add(compound);
                    }
                }
            }
        }
        return out;
    }

    private static boolean isTechnicalNoun(Term term) {
        var word = term.word;
        var nature = term.nature.toString();
        if (word.length() < 2 || TermFilter.cjkCount(word) != word.length()) {
            return false;
        }
        if (!(nature.startsWith("n") && !nature.equals("nx")
                || nature.equals("vn")
                || nature.equals("gi")
                || nature.startsWith("g"))) {
            return false;
        }
        var attribute = CoreDictionary.get(word);
        return (attribute == null || attribute.totalFrequency <= GENERAL_FREQUENCY) && TermFilter.accepts(word);
    }
}
