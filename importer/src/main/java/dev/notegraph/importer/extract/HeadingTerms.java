package dev.notegraph.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits a heading into the terms it names: {@code 进程、线程和协程的区别} names 进程, 线程, 协程. */
final class HeadingTerms {

    private static final java.util.regex.Pattern VERSUS = java.util.regex.Pattern.compile("(?i).*\\bvs\\.?\\b.*");

    private static final Pattern NUMBERING =
            Pattern.compile("^\\s*(\\d+(\\.\\d+)*[.、)）]?|[一二三四五六七八九十]+[、.．]|[(（]\\d+[)）]|第[一二三四五六七八九十\\d]+[章节部分])\\s*");
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(的区别与联系|区别与联系|的区别|的对比|的比较|的异同|区别|对比|比较|异同|联系|和|与|及|以及|跟|、|，|,|；|;|：|:|\\bvs\\.?\\b|\\bVS\\b|\\bVs\\b|\\band\\b|&|\\+|(?<!I)/(?!O))\\s*");
    private static final Pattern SUFFIX =
            Pattern.compile("(的)?(基本原理|原理|底层原理|实现原理|机制|流程|基本特点|特点|详解|概述|简介|介绍|相关|基础|总结|入门|的使用|使用|用法|问题|"
                    + "应用场景|使用场景|场景|面试题|常见面试题|知识点|笔记|实战|实践|解析|分析|是什么)$");
    private static final Pattern BRACKETS = Pattern.compile("\\s*[（(][^（()）]*[)）]\\s*");
    private static final Pattern TRAILING = Pattern.compile("[?？。.!！:：\\s]+$");
    private static final Pattern QUESTION_TAIL =
            Pattern.compile("(有哪些|是什么|有什么|为什么.*|如何.*|怎么.*|怎样.*|的原理|原理|的方式|方式|的问题)$");
    private static final Pattern LATIN_HEAD = Pattern.compile("^([A-Za-z][a-z]{2,}[A-Za-z]*)\\s*(\\p{IsHan}{2,}.*)$");
    private static final Pattern PREFIX_DE = Pattern.compile("^(.{1,12}?)的(.+)$");

    private static final int LATIN_NAMED_HEAD = 4;

    private HeadingTerms() {}

    /** Whether a heading compares things, for CONTRASTS_WITH. */
    static boolean isComparison(String heading) {
        return heading.contains("区别")
                || heading.contains("对比")
                || heading.contains("比较")
                || heading.contains("异同")
                || VERSUS.matcher(heading).matches();
    }

    /** The terms a heading names, most specific first; empty for question-like headings. */
    static List<String> terms(String heading) {
        var text = TRAILING.matcher(NUMBERING.matcher(heading).replaceFirst("")).replaceAll("");
        var out = new ArrayList<String>();
        for (var part : SEPARATORS.split(text)) {
            var term = clean(part);
            var mixed = LATIN_HEAD.matcher(term);
            if (mixed.matches()) {
                // "Redis 持久化" is Redis and its 持久化, "Belady 异常" a name of its own: offer all three
                if (TermFilter.cjkCount(mixed.group(2)) <= LATIN_NAMED_HEAD) {
                    add(out, term);
                }
                add(out, mixed.group(1));
                add(out, clean(mixed.group(2)));
                continue;
            }
            var split = PREFIX_DE.matcher(term);
            if (split.matches() && TermFilter.cjkCount(term) > 3) {
                add(out, split.group(1));
                add(out, split.group(2));
            } else {
                add(out, term);
            }
        }
        return out;
    }

    /** A term without numbering, generic suffixes (原理, 机制) and question tails (有哪些). */
    static String clean(String part) {
        var term = TRAILING.matcher(NUMBERING
                        .matcher(BRACKETS.matcher(part.strip()).replaceAll(""))
                        .replaceFirst(""))
                .replaceAll("");
        term = QUESTION_TAIL.matcher(term).replaceAll("");
        return SUFFIX.matcher(term.strip()).replaceAll("").strip();
    }

    private static void add(List<String> out, String term) {
        var t = TRAILING.matcher(term.strip()).replaceAll("");
        if (TermFilter.accepts(t) && !out.contains(t)) {
            out.add(t);
        }
    }
}
