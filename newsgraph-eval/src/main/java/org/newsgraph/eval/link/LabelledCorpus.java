package org.newsgraph.eval.link;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import org.newsgraph.eval.corpora.JsonFile;
import org.newsgraph.eval.events.EcbPlusTexts;
import org.newsgraph.eval.events.GoldClusters;

/**
 * A corpus of ../shared/data with its gold events and the split made before anything was fitted:
 * the files to fit on, and the files held out, whose errors are never looked at to tune.
 *
 * @param folder  the folder of article files that {@code newsgraph analyze} reads
 * @param eventOf each article file's gold event
 * @param heldOut which files are held out
 * @param texts   each article file's whole text, for the TF-IDF baseline
 * @param fold    which of two folds of the fitted part a file is in (0 or 1), whole topics or months
 *                in turn, for choices checked by cross-validation inside the fitted part
 */
public record LabelledCorpus(String name, Path folder, Map<String, String> eventOf, Predicate<String> heldOut,
        Map<String, String> texts, ToIntFunction<String> fold) {

    /** ECB+ topics held out: the even ones. */
    public static boolean heldOutEcbTopic(String topic) {
        return Integer.parseInt(topic) % 2 == 0;
    }

    /** press-ua months held out: every other month, two before the invasion and two after. */
    public static final SortedSet<String> PRESS_HELD_OUT_MONTHS = Collections.unmodifiableSortedSet(
            new TreeSet<>(List.of("2021-11", "2022-01", "2022-03", "2022-05")));

    /** ECB+ ({@code data/ecbplus/text}): each article's gold event is its subtopic; even topics are held out. */
    public static LabelledCorpus ecbPlus(Path shared) {
        Path folder = shared.resolve("data/ecbplus/text");
        GoldClusters gold = GoldClusters.read(folder.resolve("gold_clusters.tsv"));
        Map<String, String> eventOf = new LinkedHashMap<>();
        Map<String, String> topicOf = new HashMap<>();
        gold.entries().forEach(e -> {
            eventOf.put(e.doc(), e.subtopic());
            topicOf.put(e.doc(), e.topic());
        });
        return new LabelledCorpus("ECB+", folder, eventOf, file -> heldOutEcbTopic(topicOf.get(file)),
                EcbPlusTexts.read(folder), file -> Integer.parseInt(topicOf.get(file)) / 2 % 2);
    }

    /**
     * press-ua ({@code data/press-ua}): every release is its own event but for the pairs
     * {@code same_event} joins; {@link #PRESS_HELD_OUT_MONTHS} are held out.
     */
    public static LabelledCorpus pressUa(Path shared) {
        Path folder = shared.resolve("data/press-ua/text");
        JsonNode gold = JsonFile.read(shared.resolve("data/press-ua/gold.json"));
        Map<String, String> eventOf = new LinkedHashMap<>();
        Map<String, String> monthOf = new HashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        gold.get("documents").fields().forEachRemaining(d -> {
            eventOf.put(d.getKey(), d.getKey());
            monthOf.put(d.getKey(), d.getValue().get("published").asText().substring(0, 7));
            texts.put(d.getKey(), read(folder.resolve(d.getKey())));
        });
        for (JsonNode pair : gold.get("same_event")) {
            String first = eventOf.get(pair.get(0).asText());
            eventOf.replaceAll((file, event) -> event.equals(eventOf.get(pair.get(1).asText())) ? first : event);
        }
        List<String> fittedMonths = monthOf.values().stream().distinct().filter(m -> !PRESS_HELD_OUT_MONTHS.contains(m))
                .sorted().toList();
        return new LabelledCorpus("press-ua", folder, eventOf, file -> PRESS_HELD_OUT_MONTHS.contains(monthOf.get(file)),
                texts, file -> Math.max(0, fittedMonths.indexOf(monthOf.get(file))) % 2);
    }

    /** press-ua's gold documents: each release's file with its day, headline and, where stated, its event. */
    public static JsonNode pressUaDocuments(Path shared) {
        return JsonFile.read(shared.resolve("data/press-ua/gold.json")).get("documents");
    }

    /** The texts of the fitted part, or of the held-out one. */
    public Map<String, String> texts(boolean held) {
        Map<String, String> part = new LinkedHashMap<>();
        texts.forEach((file, text) -> {
            if (heldOut.test(file) == held) {
                part.put(file, text);
            }
        });
        return part;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
