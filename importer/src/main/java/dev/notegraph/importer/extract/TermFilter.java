package dev.notegraph.importer.extract;

import dev.notegraph.schema.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;

/** Rejects forms that are not concept names: stop words, generic nouns, numbers, code, sentences. */
final class TermFilter {

    private static final java.util.regex.Pattern BRACKETED = java.util.regex.Pattern.compile(".*[（）()\\[\\]【】《》<>].*");
    private static final java.util.regex.Pattern CLAUSE_END = java.util.regex.Pattern.compile(".*[是为有在或及+=]$");
    private static final java.util.regex.Pattern PRINTABLE_ASCII = java.util.regex.Pattern.compile("[\\x20-\\x7E]+");
    private static final java.util.regex.Pattern HAS_DIGIT = java.util.regex.Pattern.compile(".*\\d.*");
    private static final java.util.regex.Pattern DIGITS_THEN_LETTER = java.util.regex.Pattern.compile("\\d*[A-Za-z].*");
    private static final java.util.regex.Pattern LETTERS_DIGITS = java.util.regex.Pattern.compile("[a-z]+\\d+");

    private static final Set<String> STOP = Set.copyOf(java.util.List.of(
            "首先", "其次", "然后", "最后", "这样", "那样", "因此", "所以", "但是", "而且", "如果", "因为", "由于", "即", "比如", "例如", "其中", "以及",
            "或者", "还是", "一般", "通常", "可以", "需要", "使用", "进行", "通过", "实现", "没有", "一个", "这个", "那个", "我们", "你", "他们", "它",
            "什么", "为什么", "如何", "怎么", "怎样", "哪些", "是否", "注意", "输出", "输入", "结果", "问题", "方法", "方式", "优点", "缺点", "优势", "劣势",
            "区别", "联系", "对比", "比较", "特点", "原理", "作用", "概念", "定义", "介绍", "简介", "概述", "总结", "参考", "参考连接", "参考链接", "参考资料",
            "相关", "其他", "其它", "示例", "例子", "代码", "场景", "应用", "应用场景", "情况", "时候", "过程", "部分", "内容", "功能", "类型", "方面",
            "步骤", "流程", "目录", "前言", "说明", "答案", "面试题", "常见", "基础", "详解", "补充", "拓展", "推荐", "文章", "图片", "链接", "地址", "版本",
            "本文", "下面", "上面", "如下", "以下", "之后", "之前", "时间", "数量", "大小", "个数", "次数", "程序", "系统", "用户", "数据", "信息", "东西",
            "关系", "资源", "状态", "区域", "机制", "模式", "策略", "原因", "目的", "建议", "思路", "解决", "解决方案", "方案", "实践", "案例", "工具",
            "特性", "用法", "场合", "注意事项", "小结", "正文"));

    private static final Set<String> ENGLISH_STOP = Set.copyOf(java.util.List.of(
            "the",
            "a",
            "an",
            "and",
            "or",
            "of",
            "to",
            "in",
            "on",
            "for",
            "is",
            "are",
            "be",
            "it",
            "this",
            "that",
            "with",
            "as",
            "at",
            "by",
            "from",
            "if",
            "else",
            "not",
            "no",
            "yes",
            "we",
            "you",
            "he",
            "she",
            "they",
            "i",
            "me",
            "my",
            "print",
            "def",
            "return",
            "import",
            "class",
            "self",
            "true",
            "false",
            "null",
            "none",
            "new",
            "var",
            "let",
            "const",
            "function",
            "public",
            "private",
            "static",
            "void",
            "int",
            "string",
            "hello",
            "world",
            "https",
            "http://",
            "www",
            "com",
            "html",
            "png",
            "jpg",
            "gif",
            "md",
            "tip",
            "warning",
            "info",
            "note",
            "danger",
            "details",
            "foo",
            "bar",
            "test",
            "demo",
            "example",
            "todo",
            "ok",
            "do",
            "can",
            "will",
            "all",
            "get",
            "set",
            "put",
            "add",
            "one",
            "two",
            "etc",
            "eg",
            "ie",
            "vs",
            "img",
            "src",
            "div",
            "br",
            "span",
            "align",
            "center",
            "width",
            "height",
            "style",
            "data",
            "value",
            "key",
            "name",
            "type",
            "id",
            "out",
            "system",
            "main",
            "args",
            "println",
            "printf",
            "echo",
            "cat",
            "cd",
            "ls",
            "user",
            "users",
            "list",
            "map",
            "obj",
            "object",
            "result",
            "res",
            "str",
            "arr",
            "num",
            "len",
            "temp",
            "tmp",
            "item",
            "node",
            "code",
            "text",
            "line",
            "file",
            "path",
            "run",
            "start",
            "stop",
            "end",
            "begin",
            "first",
            "last",
            "next",
            "prev",
            "size",
            "count",
            "index",
            "max",
            "min",
            "sum",
            "avg",
            "log",
            "logger",
            "info",
            "debug",
            "error",
            "exception",
            "msg",
            "message",
            "also",
            "more",
            "most",
            "than",
            "then",
            "when",
            "which",
            "what",
            "why",
            "how",
            "who",
            "there",
            "here",
            "about",
            "only",
            "just",
            "like",
            "so",
            "but",
            "because",
            "into",
            "its",
            "our",
            "your",
            "their",
            "has",
            "have",
            "had",
            "was",
            "were",
            "been",
            "use",
            "used",
            "using",
            "see",
            "via",
            "per",
            "each",
            "any",
            "some",
            "other",
            "such"));

    private static final Pattern NUMBERISH = Pattern.compile("[\\d\\p{Punct}\\s.%×x*+\\-/=<>()（）:：,，。]*");
    private static final Pattern CODEISH = Pattern.compile(".*([=;{}\\[\\]\"'<>]|\\(.*\\)|\\s{2,}|->|::|//|#).*");
    private static final Pattern SENTENCE = Pattern.compile(".*[，。；！？,;!?：:、].*");
    private static final Pattern QUESTION = Pattern.compile(".*(什么|为什么|如何|怎么|怎样|哪些|是否|吗|呢|多少).*");
    private static final Pattern ASCII_ID = Pattern.compile("[A-Za-z][A-Za-z0-9]*");

    private TermFilter() {}

    // the same forms come back from every note; the answer depends on the form alone
    private static final java.util.Map<String, Boolean> ACCEPTED = new java.util.concurrent.ConcurrentHashMap<>();

    /** Whether a form could name a concept at all. */
    static boolean accepts(String form) {
        return ACCEPTED.computeIfAbsent(form, TermFilter::judge);
    }

    private static boolean judge(String form) {
        var f = form.strip();
        if (f.isEmpty() || NUMBERISH.matcher(f).matches()) {
            return false;
        }
        var key = Normalizer.key(f);
        if (STOP.contains(key) || ENGLISH_STOP.contains(key)) {
            return false;
        }
        if (CODEISH.matcher(f).matches()
                || SENTENCE.matcher(f).matches()
                || QUESTION.matcher(f).matches()) {
            return false;
        }
        if (BRACKETED.matcher(f).matches()) {
            return false;
        }
        int cjk = cjkCount(f);
        if (cjk == 0) {
            return acceptsLatin(f);
        }
        return cjk <= 12
                && f.length() <= 24
                && !f.contains("的")
                && !CLAUSE_END.matcher(f).matches()
                && (cjk >= 2 || f.length() >= 2)
                && !f.startsWith("的")
                && !f.endsWith("的");
    }

    private static boolean acceptsLatin(String f) {
        if (!PRINTABLE_ASCII.matcher(f).matches() || f.length() < 2 || f.length() > 40 || f.split(" ").length > 4) {
            return false;
        }
        if (HAS_DIGIT.matcher(f).matches() && !DIGITS_THEN_LETTER.matcher(f).matches()) {
            return false;
        }
        // list1, a2, x86 stay out unless they are upper-case product names
        if (ASCII_ID.matcher(f).matches() && LETTERS_DIGITS.matcher(f).matches()) {
            return false;
        }
        return !f.contains("http") && !f.contains(".com") && !f.contains("www.");
    }

    private static final Pattern CLAUSE_LIKE = Pattern.compile(
            "^(有|无|是|不|可|只|用|需|所有|没有|可以|支持|通过|使用|如果|当|在|对|将|把|被|从|能|会|要|让|给|就|都|也|还|又|很|更|最|非常|比|等|及).*|.*[和的与或及了着过].*");

    /** Whether a short list item reads as a term rather than a clause. */
    static boolean termLike(String text) {
        return accepts(text) && !CLAUSE_LIKE.matcher(text).matches();
    }

    static int cjkCount(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isCjk(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    static boolean isCjk(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
