package dev.notegraph.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The figures of one run as a Markdown document: conditions first, then one table per section. */
public final class Report {

    /** Every section, in report order; a section that did not run still appears, saying so. */
    public static final List<String> SECTIONS = List.of("Import", "Queries", "Start-up");

    private final List<String> conditions = new ArrayList<>();
    private final List<Figure> figures = new ArrayList<>();

    public void condition(String line) {
        conditions.add(line);
    }

    public void addAll(List<Figure> more) {
        figures.addAll(more);
    }

    public List<Figure> figures() {
        return List.copyOf(figures);
    }

    public long misses() {
        return figures.stream().filter(f -> f.verdict().equals("MISS")).count();
    }

    public String markdown() {
        var out = new StringBuilder("# notegraph bench\n\n");
        conditions.forEach(c -> out.append("- ").append(c).append('\n'));
        for (var section : SECTIONS) {
            out.append("\n## ").append(section).append("\n\n");
            var rows = figures.stream().filter(f -> f.section().equals(section)).toList();
            if (rows.isEmpty()) {
                out.append("(not run)\n");
                continue;
            }
            out.append("| figure | value | target | verdict | how |\n| --- | ---: | --- | --- | --- |\n");
            rows.forEach(f -> out.append(row(f)));
        }
        out.append("\nTargets met: ")
                .append(figures.stream().filter(f -> f.verdict().equals("PASS")).count())
                .append(", missed: ")
                .append(misses())
                .append('\n');
        return out.toString();
    }

    public void write(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, markdown());
    }

    private static String row(Figure f) {
        return "| %s | %s | %s | %s | %s |\n"
                .formatted(
                        f.name(),
                        f.formattedValue(),
                        f.formattedTarget(),
                        f.verdict(),
                        f.detail().replace('|', '/'));
    }
}
