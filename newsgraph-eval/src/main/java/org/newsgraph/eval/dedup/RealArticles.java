package org.newsgraph.eval.dedup;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newsgraph.eval.corpora.JsonFile;

/**
 * Reads every real news article of the shared data as sentences: ECB+ (one sentence a line),
 * MEANTIME (tokens with sentence numbers, joined by spaces) and the bodies of the extraction
 * benchmark's ground truth (split at sentence ends). SemEval-2015 is left out: its Wikinews
 * articles are MEANTIME's again. Files are read in name order, so the list is the same each run.
 */
final class RealArticles {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘(]?[\\p{Lu}\\d])");

    private RealArticles() {}

    static List<SourceArticle> load(Path data) {
        List<SourceArticle> all = new ArrayList<>();
        all.addAll(ecbPlus(data.resolve("ecbplus/text")));
        all.addAll(meantime(data.resolve("meantime/intra_cross-doc_annotation")));
        all.addAll(extractionBenchmark(data.resolve("extraction-benchmark/ground-truth.json")));
        return all;
    }

    private static List<SourceArticle> ecbPlus(Path folder) {
        List<SourceArticle> articles = new ArrayList<>();
        for (Path file : files(folder, ".txt")) {
            List<String> lines = read(file).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
            articles.add(new SourceArticle("ecbplus/" + file.getFileName(), lines));
        }
        return articles;
    }

    private static List<SourceArticle> meantime(Path folder) {
        List<SourceArticle> articles = new ArrayList<>();
        for (Path file : files(folder, ".xml")) {
            articles.add(new SourceArticle("meantime/" + file.getFileName(), meantimeSentences(file)));
        }
        return articles;
    }

    private static List<SourceArticle> extractionBenchmark(Path file) {
        List<SourceArticle> articles = new ArrayList<>();
        JsonNode root = JsonFile.read(file);
        Map<String, JsonNode> sorted = new TreeMap<>();
        root.fields().forEachRemaining(e -> sorted.put(e.getKey(), e.getValue()));
        sorted.forEach((key, page) -> articles.add(
                new SourceArticle("extraction-benchmark/" + key, sentences(page.path("articleBody").asText("")))));
        return articles;
    }

    private static List<String> sentences(String body) {
        List<String> sentences = new ArrayList<>();
        for (String paragraph : body.split("\\n+")) {
            for (String sentence : SENTENCE_END.split(paragraph.strip())) {
                if (!sentence.isBlank()) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }

    private static List<String> meantimeSentences(Path file) {
        Map<Integer, StringBuilder> bySentence = new TreeMap<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("token")) {
                    int sentence = Integer.parseInt(xml.getAttributeValue(null, "sentence"));
                    StringBuilder text = bySentence.computeIfAbsent(sentence, s -> new StringBuilder());
                    text.append(text.isEmpty() ? "" : " ").append(xml.getElementText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("broken XML in " + file + ": " + e.getMessage(), e);
        }
        return bySentence.values().stream().map(StringBuilder::toString).toList();
    }

    private static List<Path> files(Path folder, String suffix) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
