package org.newsgraph.eval.quote;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsgraph.eval.corpora.MeantimeXml;
import org.newsgraph.model.Span;

/**
 * MEANTIME's speech and cognition events whose Arg0 (the one who speaks or thinks) is a named
 * entity, as {@code derived_speech_cognitive_participants.tsv} lists them: per article its text
 * rebuilt from the tokens (a space between tokens, a line break between sentences), and per event
 * the verb's place and every mention of the gold speaker, read from
 * {@code meantime_entity_mentions.tsv}. Only the scorer reads the speakers.
 */
public final class MeantimeSpeech {

    static final String EVENTS = "derived_speech_cognitive_participants.tsv";
    static final String MENTIONS = "meantime_entity_mentions.tsv";
    static final String ARTICLES = "intra_cross-doc_annotation";

    /** One article: its text and its speech events. */
    public record Article(String corpus, String name, String text, List<Event> events) {}

    /** One event: the verb as written and where, and the gold speaker's name and mentions. */
    public record Event(String verb, Span span, String speaker, List<Span> speakerMentions) {}

    private MeantimeSpeech() {}

    public static List<Article> read(Path meantime) {
        List<String[]> events = rows(meantime.resolve(EVENTS));
        List<String[]> mentions = rows(meantime.resolve(MENTIONS));
        Map<String, List<String[]>> eventsByDoc = new LinkedHashMap<>();
        for (String[] e : events) {
            if (e[5].equals("Arg0") && e[6].equals("ENTITY_MENTION") && !e[9].isEmpty()) {
                eventsByDoc.computeIfAbsent(e[0], k -> new ArrayList<>()).add(e);
            }
        }
        Map<String, List<String[]>> mentionsByDoc = new HashMap<>();
        mentions.forEach(m -> mentionsByDoc.computeIfAbsent(m[1], k -> new ArrayList<>()).add(m));
        List<Article> articles = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> doc : eventsByDoc.entrySet()) {
            List<String[]> docMentions = mentionsByDoc.getOrDefault(doc.getKey(), List.of());
            if (!docMentions.isEmpty()) {
                articles.add(article(meantime, docMentions.get(0)[0], doc.getKey(), doc.getValue(), docMentions));
            }
        }
        return articles;
    }

    private static Article article(Path meantime, String corpus, String name, List<String[]> events, List<String[]> mentions) {
        Tokens tokens = Tokens.read(meantime.resolve(ARTICLES).resolve(corpus).resolve(name + ".xml"));
        List<Event> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String[] e : events) {
            String instance = e[9];
            boolean named = mentions.stream().anyMatch(m -> m[2].equals(instance) && m[6].equals("NAM"));
            List<Integer> verb = tokens.events().get(e[2]);
            if (!named || verb == null || verb.isEmpty() || !seen.add(e[2] + "/" + instance)) {
                continue;
            }
            List<Span> spans = new ArrayList<>();
            for (String[] m : mentions) {
                if (m[2].equals(instance)) {
                    spans.add(tokens.span(Integer.parseInt(m[8]), m[7].split(" ").length));
                }
            }
            out.add(new Event(e[3], tokens.span(verb.get(0), 1), e[10], spans));
        }
        return new Article(corpus, name, tokens.text(), out);
    }

    private static List<String[]> rows(Path tsv) {
        try (Stream<String> lines = Files.lines(tsv)) {
            return lines.skip(1).map(l -> l.split("\t", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
    }

    /** An article's tokens laid out as text, and the tokens of each event mention by its m_id. */
    private record Tokens(String text, Map<Integer, Span> spans, Map<String, List<Integer>> events) {

        Span span(int first, int count) {
            Span a = spans.get(first);
            Span b = spans.getOrDefault(first + count - 1, a);
            return new Span(a.start(), Math.max(a.end(), b.end()));
        }

        static Tokens read(Path file) {
            MeantimeXml xml = MeantimeXml.read(file, "EVENT_MENTION");
            Map<String, List<Integer>> events = new HashMap<>();
            xml.markables().forEach(m -> events.put(m.attribute("m_id"), m.tokens()));
            return new Tokens(xml.text(), xml.spans(), events);
        }
    }
}
