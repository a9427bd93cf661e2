package org.newsgraph.eval.events;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The main event of each ECB+ document (CC BY 3.0) with its participants and place, derived from
 * the XML's annotations, which link no event to its arguments. Only the scorer reads it
 * ({@link EcbPlusEventScore}).
 *
 * <ul>
 *   <li><b>The main event</b> is the cross-document action instance (a {@code CROSS_DOC_COREF} over
 *       {@code ACTION_*} mentions; negated actions are none) that the document mentions and that the
 *       most documents of its subtopic mention: the seminal event the subtopic was collected for. On a
 *       tie, the one the document mentions first. A document with no cross-document action is left
 *       out and listed ({@link #withoutEvent}).</li>
 *   <li><b>Its sentences</b> are the sentences holding a mention of it.</li>
 *   <li><b>Its participants</b> are the people, organisations and countries acting as one
 *       ({@code HUMAN_PART_PER}, {@code HUMAN_PART_ORG}, {@code HUMAN_PART_GPE}; not the generic,
 *       metonymic "the White House said" or vehicle ones) with a mention in those sentences. One
 *       participant per cross-document instance, else per within-document chain, else per mention;
 *       each with all its mentions in the document, so a surname there finds the full name.</li>
 *   <li><b>Its place</b> is any {@code LOC_*} mention in those sentences.</li>
 *   <li><b>Names.</b> The product names participants and places, the gold also annotates "the
 *       woman", "police". Each participant and place gets its name words ({@link CapitalWords}): a
 *       capitalised word counts where capitals say nothing (the first word of a sentence, a headline
 *       in title case) only if the document never writes it in lower case (the URL line of an
 *       {@code ecbplus} file aside). A participant or place without name words is unnamed: the scorer
 *       counts it but cannot match it.</li>
 * </ul>
 *
 * @param documents    the documents with a main event, in {@code gold_clusters.tsv} order
 * @param withoutEvent the documents without one
 */
public record EcbPlusEventGold(List<Document> documents, List<GoldClusters.Entry> withoutEvent) {

    static final Set<String> PARTICIPANT_TAGS = Set.of("HUMAN_PART_PER", "HUMAN_PART_ORG", "HUMAN_PART_GPE");

    public EcbPlusEventGold {
        documents = List.copyOf(documents);
        withoutEvent = List.copyOf(withoutEvent);
    }

    /**
     * One document's main event.
     *
     * @param file       the text file's name ({@code 1_1ecb.txt}), as the product reads it
     * @param event      the main event's cross-document instance
     * @param eventName  its descriptor ({@code t1b_checking_in_promises})
     * @param placeNames the name words of every place the document mentions, in any sentence
     */
    public record Document(String file, String topic, String subtopic, String event, String eventName,
            List<Participant> participants, List<Place> places, Set<String> placeNames) {

        public Document {
            participants = List.copyOf(participants);
            places = List.copyOf(places);
            placeNames = Set.copyOf(placeNames);
        }
    }

    /** A participant: its instance, chain or mention id, tag, mentions as written, and name words. */
    public record Participant(String id, String tag, List<String> mentions, Set<String> names) {

        public Participant {
            mentions = List.copyOf(mentions);
            names = Set.copyOf(names);
        }

        public boolean named() {
            return !names.isEmpty();
        }
    }

    /** A place mention as written ("outside a Sam 's Club store in Bloomington") and its name words. */
    public record Place(String mention, Set<String> names) {

        public Place {
            names = Set.copyOf(names);
        }
    }

    /** Reads {@code data/ecbplus} of the shared folder: its XML and {@code text/gold_clusters.tsv}. */
    public static EcbPlusEventGold read(Path shared) {
        Path ecbPlus = shared.resolve("data/ecbplus");
        return read(ecbPlus.resolve("xml"), GoldClusters.read(ecbPlus.resolve("text/gold_clusters.tsv")));
    }

    /** Reads the XML of each document the clusters list, {@code xml/<topic>/<name>.xml}. */
    static EcbPlusEventGold read(Path xml, GoldClusters clusters) {
        Map<GoldClusters.Entry, EcbPlusXml> read = new LinkedHashMap<>();
        clusters.entries().forEach(e -> read.put(e, EcbPlusXml.read(xml.resolve(e.topic()).resolve(xmlName(e.doc())))));
        Map<String, Map<String, Integer>> reach = new HashMap<>();
        read.forEach((e, doc) -> actions(doc).keySet().forEach(
                a -> reach.computeIfAbsent(e.subtopic(), k -> new HashMap<>()).merge(a, 1, Integer::sum)));
        List<Document> documents = new ArrayList<>();
        List<GoldClusters.Entry> without = new ArrayList<>();
        read.forEach((e, doc) -> {
            Map<String, Integer> actions = actions(doc);
            Map<String, Integer> documentsOf = reach.getOrDefault(e.subtopic(), Map.of());
            actions.entrySet().stream()
                    .min(Comparator.<Map.Entry<String, Integer>>comparingInt(a -> -documentsOf.get(a.getKey()))
                            .thenComparingInt(Map.Entry::getValue))
                    .ifPresentOrElse(main -> documents.add(document(e, doc, main.getKey())), () -> without.add(e));
        });
        return new EcbPlusEventGold(documents, without);
    }

    private static String xmlName(String textFile) {
        return textFile.replaceFirst("\\.txt$", "") + ".xml";
    }

    /** The document's cross-document actions, each with the first token that mentions it. */
    static Map<String, Integer> actions(EcbPlusXml doc) {
        Map<String, Integer> first = new LinkedHashMap<>();
        doc.mentions().values().stream()
                .filter(m -> m.tag().startsWith("ACTION_") && doc.instanceOf().containsKey(m.id()))
                .forEach(m -> first.merge(doc.instanceOf().get(m.id()), first(m), Math::min));
        return first;
    }

    private static Document document(GoldClusters.Entry entry, EcbPlusXml doc, String event) {
        Casing casing = new Casing(doc);
        Set<Integer> sentences = doc.mentions().values().stream()
                .filter(m -> event.equals(doc.instanceOf().get(m.id())))
                .flatMap(m -> casing.sentences(m).stream())
                .collect(Collectors.toSet());
        Map<String, List<EcbPlusXml.Markable>> entities = new LinkedHashMap<>();
        doc.mentions().values().stream()
                .sorted(Comparator.comparingInt(EcbPlusEventGold::first))
                .forEach(m -> entities.computeIfAbsent(entityOf(doc, m), k -> new ArrayList<>()).add(m));
        List<Participant> participants = new ArrayList<>();
        entities.forEach((id, mentions) -> mentions.stream()
                .filter(m -> PARTICIPANT_TAGS.contains(m.tag())).findFirst()
                .filter(tagged -> mentions.stream().anyMatch(m -> !disjoint(casing.sentences(m), sentences)))
                .ifPresent(tagged -> participants.add(new Participant(id, tagged.tag(),
                        mentions.stream().map(casing::text).toList(), casing.names(mentions)))));
        List<EcbPlusXml.Markable> locations = entities.values().stream().flatMap(List::stream)
                .filter(m -> m.tag().startsWith("LOC_")).toList();
        List<Place> places = locations.stream().filter(m -> !disjoint(casing.sentences(m), sentences))
                .map(m -> new Place(casing.text(m), casing.names(List.of(m)))).toList();
        return new Document(entry.doc(), entry.topic(), entry.subtopic(), event, doc.descriptors().get(event),
                participants, places, casing.names(locations));
    }

    private static int first(EcbPlusXml.Markable m) {
        return Collections.min(m.tokens());
    }

    private static String entityOf(EcbPlusXml doc, EcbPlusXml.Markable m) {
        return doc.instanceOf().getOrDefault(m.id(), doc.chainOf().getOrDefault(m.id(), "mention " + m.id()));
    }

    private static boolean disjoint(Set<Integer> a, Set<Integer> b) {
        return a.stream().noneMatch(b::contains);
    }

    /**
     * What the capitals of one document say: the words it writes in lower case somewhere, the
     * tokens that open a sentence and the sentences in title case (no common word in lower case).
     */
    private static final class Casing {
        private final Map<Integer, EcbPlusXml.Token> tokens = new HashMap<>();
        private final Set<String> lowerCase = new HashSet<>();
        private final Set<Integer> opening = new HashSet<>();
        private final Set<Integer> titled = new HashSet<>();

        Casing(EcbPlusXml doc) {
            boolean urlLine = doc.name().endsWith("ecbplus.xml");
            Set<Integer> plain = new HashSet<>();
            int sentence = Integer.MIN_VALUE;
            for (EcbPlusXml.Token t : doc.tokens()) {
                tokens.put(t.id(), t);
                if (t.sentence() != sentence) {
                    opening.add(t.id());
                    sentence = t.sentence();
                }
                for (String word : CapitalWords.words(t.text())) {
                    if (Character.isLowerCase(word.codePointAt(0)) && !(urlLine && t.sentence() == 0)) {
                        lowerCase.add(word.toLowerCase(Locale.ROOT));
                    }
                    if (CapitalWords.common(word)) {
                        plain.add(t.sentence());
                    }
                }
                titled.add(t.sentence());
            }
            titled.removeAll(plain);
        }

        Set<Integer> sentences(EcbPlusXml.Markable m) {
            return m.tokens().stream().map(t -> tokens.get(t).sentence()).collect(Collectors.toSet());
        }

        String text(EcbPlusXml.Markable m) {
            return m.tokens().stream().sorted().map(t -> tokens.get(t).text()).collect(Collectors.joining(" "));
        }

        /** The name words of the mentions, in order. */
        Set<String> names(Collection<EcbPlusXml.Markable> mentions) {
            Set<String> names = new LinkedHashSet<>();
            for (EcbPlusXml.Markable m : mentions) {
                for (int id : m.tokens().stream().sorted().toList()) {
                    EcbPlusXml.Token t = tokens.get(id);
                    boolean capitalsSayNothing = opening.contains(id) || titled.contains(t.sentence());
                    CapitalWords.words(t.text()).stream()
                            .filter(w -> CapitalWords.named(w) && !(capitalsSayNothing && lowerCase.contains(w.toLowerCase(Locale.ROOT))))
                            .forEach(w -> names.add(w.toLowerCase(Locale.ROOT)));
                }
            }
            return names;
        }
    }
}
