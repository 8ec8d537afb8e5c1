package dev.notegraph.importer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * The keywords a writer declares for a note in its front matter: a {@code keywords} entry, or an HTML meta
 * keywords entry under {@code head} as static-site generators (VuePress, VitePress) take it. flexmark's own
 * front-matter reader keeps one level only, so the block is read with a YAML parser; a block that is no YAML
 * declares nothing.
 */
final class FrontMatterKeywords {

    private static final Pattern BLOCK = Pattern.compile(
            "\\A---[ \\t]*\\r?\\n(.*?)\\r?\\n(?:---|\\.\\.\\.)[ \\t]*\\r?$", Pattern.DOTALL | Pattern.MULTILINE);
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,，、;；]\\s*");
    private static final int MOST = 64;

    private FrontMatterKeywords() {}

    static List<String> of(String text) {
        var block = BLOCK.matcher(text);
        if (!block.find()) {
            return List.of();
        }
        Object data;
        try {
            var options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            data = new Yaml(new SafeConstructor(options)).load(block.group(1));
        } catch (YAMLException e) {
            return List.of();
        }
        var out = new ArrayList<String>();
        if (data instanceof Map<?, ?> map) {
            add(out, map.get("keywords"));
            if (map.get("head") instanceof List<?> head) {
                head.forEach(tag -> metaKeywords(out, tag));
            }
        }
        return out.stream().distinct().limit(MOST).toList();
    }

    /** {@code - [meta, {name: keywords, content: "a,b"}]}, the generators' form of {@code <meta name="keywords">}. */
    private static void metaKeywords(List<String> out, Object tag) {
        if (tag instanceof List<?> parts
                && parts.size() == 2
                && "meta".equals(parts.get(0))
                && parts.get(1) instanceof Map<?, ?> attributes
                && "keywords".equals(attributes.get("name"))) {
            add(out, attributes.get("content"));
        }
    }

    private static void add(List<String> out, Object value) {
        if (value instanceof List<?> list) {
            list.forEach(v -> add(out, v));
        } else if (value instanceof String text) {
            for (var keyword : SEPARATOR.split(text.strip())) {
                if (!keyword.isBlank()) {
                    out.add(keyword.strip());
                }
            }
        }
    }
}
