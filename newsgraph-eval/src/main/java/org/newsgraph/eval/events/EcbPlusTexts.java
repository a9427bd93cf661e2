package org.newsgraph.eval.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The articles of ECB+ as plain text ({@code ecbplus/text}): files named {@code <topic>_<n>ecb.txt}
 * or {@code <topic>_<n>ecbplus.txt}, title on the first line, one sentence a line. The gold and
 * metadata files beside them are not articles.
 */
public final class EcbPlusTexts {

    private static final Pattern ARTICLE = Pattern.compile("\\d+_\\d+ecb(?:plus)?\\.txt");

    private EcbPlusTexts() {}

    /** The article files of the folder, in name order. */
    public static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> ARTICLE.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    /** Each article's whole text (title and body) by file name, in name order. */
    public static Map<String, String> read(Path folder) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Path file : files(folder)) {
            try {
                texts.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
        return texts;
    }
}
