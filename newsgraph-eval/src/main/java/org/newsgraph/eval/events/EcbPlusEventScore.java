package org.newsgraph.eval.events;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.eval.link.LabelledCorpus;
import org.newsgraph.eval.score.F1;

/**
 * Scores the main event of each ECB+ article in an export against {@link EcbPlusEventGold}: who
 * took part and where. An article is found by its {@code file}'s name; its main event is the event
 * with {@code salience} {@code main} that lists it (its cluster's), its participants those of the
 * event's {@code participants} that the article mentions (a copy: its original), its place the
 * event's {@code location}. Offsets differ between the XML's tokens and the product's cleaned text,
 * so names are compared by their name words ({@link CapitalWords}): a product participant matches a
 * gold one when a word of its mentions in the article, its name or its aliases is one of the gold
 * participant's; its place matches when a word of the location's mentions, name, aliases or
 * gazetteer name is one of a gold place mention's. Counts are summed over the documents of a part.
 * Reads the gold only to score.
 */
public final class EcbPlusEventScore {

    private EcbPlusEventScore() {}

    /**
     * The figures of one part.
     *
     * @param documents     the part's documents with a gold main event
     * @param leftOut       the part's documents without one (no cross-document action), not scored
     * @param absent        documents the export does not list: scored as answering nothing
     * @param withMainEvent documents whose article has a main event
     */
    public record Part(int documents, int leftOut, int absent, int withMainEvent, Participants participants,
            Places places) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%d documents (%d left out: no cross-document action; %d not in the "
                    + "export), %d with a main event; %s; %s", documents, leftOut, absent, withMainEvent, participants,
                    places);
        }
    }

    /**
     * Participants, by name, summed over documents.
     *
     * @param product        the product's participants
     * @param productMatched those matching a gold participant
     * @param gold           the named gold participants
     * @param goldMatched    those a product participant matches
     * @param unnamed        gold participants without a name word ("the woman"), not scored
     * @param spuriousPlaces product participants matching no gold participant but a place the document mentions
     */
    public record Participants(int product, int productMatched, int gold, int goldMatched, int unnamed,
            int spuriousPlaces) {

        public double precision() {
            return product == 0 ? 0 : (double) productMatched / product;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) goldMatched / gold;
        }

        public double f1() {
            return F1.of(precision(), recall());
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "participants P %.3f (%d/%d) R %.3f (%d/%d) F1 %.3f (%d unnamed gold "
                    + "participants not scored; %d spurious ones are places the document names)", precision(),
                    productMatched, product, recall(), goldMatched, gold, f1(), unnamed, spuriousPlaces);
        }
    }

    /**
     * Places, by document.
     *
     * @param gold    documents with a named gold place
     * @param product documents whose main event has a place
     * @param matched documents where that place is one of the gold's
     */
    public record Places(int gold, int product, int matched) {

        /** Of the documents with a gold place, how often the product's is one. */
        public double recall() {
            return gold == 0 ? 0 : (double) matched / gold;
        }

        /** Of the documents where the product gives a place, how often it is a gold one. */
        public double precision() {
            return product == 0 ? 0 : (double) matched / product;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "place: of %d documents with a gold place %.3f, of %d with a product "
                    + "place %.3f (%d match)", gold, recall(), product, precision(), matched);
        }
    }

    /** Scores the export's articles against the gold and prints the figures on the fitted and the held-out topics. */
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: EcbPlusEventScore SHARED EXPORT.json");
        }
        EcbPlusEventGold gold = EcbPlusEventGold.read(Path.of(args[0]));
        ExportDocument export = read(Path.of(args[1]));
        System.out.println("ECB+ main events, fitted topics (odd): "
                + score(export, gold, t -> !LabelledCorpus.heldOutEcbTopic(t)));
        System.out.println("ECB+ main events, held-out topics (even): "
                + score(export, gold, LabelledCorpus::heldOutEcbTopic));
    }

    /** An export as written; fields it does not know (a later version's additions) are skipped. */
    public static ExportDocument read(Path file) {
        try {
            return new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .readValue(file.toFile(), ExportDocument.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Scores the documents of the topics {@code topic} accepts. */
    public static Part score(ExportDocument export, EcbPlusEventGold gold, Predicate<String> topic) {
        Answers answers = new Answers(export);
        Tally tally = new Tally();
        gold.documents().stream().filter(d -> topic.test(d.topic())).forEach(d -> tally.add(d, answers.of(d.file())));
        int leftOut = (int) gold.withoutEvent().stream().filter(e -> topic.test(e.topic())).count();
        return tally.part(leftOut);
    }

    /** The product's main event of one article: whether it has one, its participants' and places' name words. */
    private record Answer(boolean listed, boolean main, List<Set<String>> participants, List<Set<String>> places) {}

    /** The export indexed by article file name, article and entity. */
    private static final class Answers {
        private final Map<String, ExportDocument.Article> articles = new HashMap<>();
        private final Map<String, ExportDocument.Entity> entities = new HashMap<>();
        private final Map<String, List<ExportDocument.Event>> mainEvents = new HashMap<>();
        private final Map<String, Map<String, List<String>>> mentions = new HashMap<>();

        Answers(ExportDocument export) {
            export.articles().forEach(a -> articles.putIfAbsent(Path.of(a.file()).getFileName().toString(), a));
            export.entities().forEach(e -> {
                entities.put(e.id(), e);
                e.mentions().forEach(m -> mentions.computeIfAbsent(m.article(), k -> new HashMap<>())
                        .computeIfAbsent(e.id(), k -> new ArrayList<>()).add(m.text()));
            });
            export.events().stream().filter(e -> "main".equals(e.salience()))
                    .forEach(e -> e.articles().forEach(a -> mainEvents.computeIfAbsent(a, k -> new ArrayList<>()).add(e)));
        }

        Answer of(String file) {
            ExportDocument.Article article = articles.get(file);
            if (article == null) {
                return new Answer(false, false, List.of(), List.of());
            }
            Map<String, List<String>> named = mentions.getOrDefault(
                    article.duplicateOf() != null ? article.duplicateOf() : article.id(), Map.of());
            List<ExportDocument.Event> events = mainEvents.getOrDefault(article.id(), List.of());
            Map<String, Set<String>> participants = new LinkedHashMap<>();
            List<Set<String>> places = new ArrayList<>();
            for (ExportDocument.Event event : events) {
                event.participants().stream().filter(named::containsKey)
                        .forEach(p -> participants.computeIfAbsent(p, k -> names(k, named)));
                if (event.location() != null) {
                    places.add(names(event.location(), named));
                }
            }
            return new Answer(true, !events.isEmpty(), List.copyOf(participants.values()), places);
        }

        /** The name words of an entity's mentions in the article, its name, aliases and gazetteer name. */
        private Set<String> names(String id, Map<String, List<String>> named) {
            List<String> texts = new ArrayList<>(named.getOrDefault(id, List.of()));
            ExportDocument.Entity entity = entities.get(id);
            if (entity != null) {
                texts.add(entity.name());
                texts.addAll(entity.aliases() == null ? List.of() : entity.aliases());
                if (entity.place() != null) {
                    texts.add(entity.place().name());
                }
            }
            return CapitalWords.of(texts);
        }
    }

    /** The counts of one part as documents are added. */
    private static final class Tally {
        private int documents;
        private int absent;
        private int withMainEvent;
        private int product;
        private int productMatched;
        private int gold;
        private int goldMatched;
        private int unnamed;
        private int spuriousPlaces;
        private int goldPlaces;
        private int productPlaces;
        private int placesMatched;

        void add(EcbPlusEventGold.Document document, Answer answer) {
            documents++;
            absent += answer.listed() ? 0 : 1;
            withMainEvent += answer.main() ? 1 : 0;
            List<Set<String>> named = document.participants().stream().filter(EcbPlusEventGold.Participant::named)
                    .map(EcbPlusEventGold.Participant::names).toList();
            unnamed += document.participants().size() - named.size();
            gold += named.size();
            goldMatched += (int) named.stream().filter(g -> matches(g, answer.participants())).count();
            product += answer.participants().size();
            for (Set<String> p : answer.participants()) {
                boolean matched = matches(p, named);
                productMatched += matched ? 1 : 0;
                spuriousPlaces += !matched && matches(p, List.of(document.placeNames())) ? 1 : 0;
            }
            List<Set<String>> places = document.places().stream().map(EcbPlusEventGold.Place::names)
                    .filter(n -> !n.isEmpty()).toList();
            goldPlaces += places.isEmpty() ? 0 : 1;
            productPlaces += answer.places().isEmpty() ? 0 : 1;
            placesMatched += answer.places().stream().anyMatch(p -> matches(p, places)) ? 1 : 0;
        }

        Part part(int leftOut) {
            return new Part(documents, leftOut, absent, withMainEvent,
                    new Participants(product, productMatched, gold, goldMatched, unnamed, spuriousPlaces),
                    new Places(goldPlaces, productPlaces, placesMatched));
        }
    }

    /** Whether the names share a word with any of the others. */
    private static boolean matches(Set<String> names, Collection<Set<String>> others) {
        return others.stream().anyMatch(o -> o.stream().anyMatch(names::contains));
    }
}
