package dev.notegraph.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The seed notes next to hostile ones: the committed fixtures of {@code /hostile}, big notes generated here
 * (too big to commit) and symlink loops (git cannot be trusted to keep them).
 */
public final class HostileCorpus {

    /** Bytes of the generated big note. */
    public static final long HUGE_BYTES = 20L * 1024 * 1024;
    /** Headings of the generated many-headings note. */
    public static final int HEADINGS = 10_000;
    /** Characters of the generated single line. */
    public static final int LINE_CHARS = 1024 * 1024;

    private HostileCorpus() {}

    /** Builds the corpus in {@code target}: seeds at the top, hostile notes under {@code hostile/}. */
    public static Path build(Path target) {
        try {
            Seeds.copyTo(target);
            var hostile = Files.createDirectories(target.resolve("hostile"));
            try (var fixtures = Files.list(fixtures())) {
                for (var file : fixtures.toList()) {
                    Files.copy(file, hostile.resolve(file.getFileName().toString()));
                }
            }
            generate(hostile);
            symlinks(hostile);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void generate(Path dir) throws IOException {
        hugeNote(dir.resolve("huge.md"));
        manyHeadings(dir.resolve("many-headings.md"));
        var line = new StringBuilder("# 超长的单行\n\n");
        for (int i = 0; line.length() < LINE_CHARS; i++) {
            line.append("缓存穿透 cache penetration 用布隆过滤器 Bloom filter 拦截，第")
                    .append(i)
                    .append("次。");
        }
        Files.writeString(dir.resolve("long-line.md"), line.append('\n'), StandardCharsets.UTF_8);
        // Unmatched openers are where Markdown inline parsers tend to go quadratic.
        var brackets = new StringBuilder("# 未配对的括号\n\n");
        while (brackets.length() < LINE_CHARS) {
            brackets.append("[**_`<a ![x](");
        }
        Files.writeString(dir.resolve("long-brackets.md"), brackets.append('\n'), StandardCharsets.UTF_8);
    }

    private static void hugeNote(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# 超大笔记\n\n");
            long written = 0;
            for (int i = 0; written < HUGE_BYTES; i++) {
                if (i % 5000 == 0) {
                    out.write("\n## 第" + (i / 5000) + "部分 拥塞控制\n\n");
                }
                var paragraph = "第" + i + "段：TCP 的慢启动、拥塞避免、快重传和快恢复是拥塞控制的四个算法，" + "epoll 比 select 更适合大量连接。\n\n";
                out.write(paragraph);
                written += paragraph.getBytes(StandardCharsets.UTF_8).length;
            }
        }
    }

    private static void manyHeadings(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# 一万个标题\n\n");
            for (int i = 1; i <= HEADINGS; i++) {
                out.write("## 标题" + i + " 哈希表\n\n哈希冲突用链地址法解决，第" + i + "条。\n\n");
            }
        }
    }

    private static void symlinks(Path dir) throws IOException {
        var loops = Files.createDirectories(dir.resolve("loops"));
        Files.createSymbolicLink(loops.resolve("back-up"), dir);
        Files.createSymbolicLink(loops.resolve("self"), loops.resolve("self"));
        Files.createSymbolicLink(loops.resolve("ping.md"), loops.resolve("pong.md"));
        Files.createSymbolicLink(loops.resolve("pong.md"), loops.resolve("ping.md"));
    }

    private static Path fixtures() {
        try {
            return Path.of(HostileCorpus.class.getResource("/hostile").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
