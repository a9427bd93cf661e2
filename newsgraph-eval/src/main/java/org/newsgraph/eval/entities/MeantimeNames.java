package org.newsgraph.eval.entities;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.eval.corpora.MeantimeXml;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.Span;

/**
 * Reads the name mentions of MEANTIME (English, CC BY 4.0): the rows of
 * {@code meantime_entity_mentions.tsv} whose syntactic type is NAM, placed in their article's
 * text, which is rebuilt from the tokens of {@code intra_cross-doc_annotation} (joined by spaces,
 * a sentence a line). A leading "the" is left out of a name, as a recogniser leaves it out; the
 * rest of the annotated extent is kept ("Irish national airline Aer Lingus").
 */
public final class MeantimeNames {

    static final String MENTIONS = "meantime_entity_mentions.tsv";
    static final String ARTICLES = "intra_cross-doc_annotation";

    private MeantimeNames() {}

    /** Every article with at least one name, by corpus and name. */
    public static List<MeantimeDocument> read(Path meantime) {
        Map<String, List<Row>> byDocument = new TreeMap<>();
        for (Row row : rows(meantime.resolve(MENTIONS))) {
            byDocument.computeIfAbsent(row.corpus + "/" + row.doc, k -> new ArrayList<>()).add(row);
        }
        List<MeantimeDocument> documents = new ArrayList<>();
        byDocument.values().forEach(rows -> documents.add(document(meantime, rows)));
        return documents;
    }

    /** The MEANTIME entity type as the export's: people, organisations and places; products and the rest MISC. */
    static EntityType type(String meantimeType) {
        return switch (meantimeType) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.LOCATION;
            default -> EntityType.MISC;
        };
    }

    private static MeantimeDocument document(Path meantime, List<Row> rows) {
        Row first = rows.get(0);
        Tokens tokens = Tokens.read(meantime.resolve(ARTICLES).resolve(first.corpus).resolve(first.doc + ".xml"));
        List<Row> ordered = rows.stream().sorted(Comparator.comparingInt(Row::firstToken)).toList();
        List<NameMention> names = new ArrayList<>();
        List<String> instances = new ArrayList<>();
        for (Row row : ordered) {
            names.add(tokens.name(row));
            instances.add(row.instance);
        }
        return new MeantimeDocument(first.corpus, first.doc, tokens.text(), names, instances);
    }

    private static List<Row> rows(Path tsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(tsv);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
        List<String> header = Arrays.asList(lines.get(0).split("\t", -1));
        int corpus = column(header, "corpus", tsv);
        int doc = column(header, "doc", tsv);
        int instance = column(header, "instance_id", tsv);
        int type = column(header, "ent_type", tsv);
        int syntactic = column(header, "syntactic_type", tsv);
        int mention = column(header, "mention", tsv);
        int token = column(header, "first_token_id", tsv);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = fields(lines.get(i));
            if (f.length != header.size()) {
                throw new IllegalStateException(tsv + ":" + (i + 1) + ": " + f.length + " columns, expected " + header.size());
            }
            if (f[syntactic].equals("NAM")) {
                rows.add(new Row(f[corpus], f[doc], f[instance], f[type], f[mention], Integer.parseInt(f[token]), i + 1));
            }
        }
        return rows;
    }

    /** A line's fields; a field holding quotes is quoted, its own quotes doubled (as Python's csv writes it). */
    private static String[] fields(String line) {
        String[] f = line.split("\t", -1);
        for (int i = 0; i < f.length; i++) {
            if (f[i].length() > 1 && f[i].startsWith("\"") && f[i].endsWith("\"")) {
                f[i] = f[i].substring(1, f[i].length() - 1).replace("\"\"", "\"");
            }
        }
        return f;
    }

    private static int column(List<String> header, String name, Path tsv) {
        int at = header.indexOf(name);
        if (at < 0) {
            throw new IllegalStateException(tsv + ": no column " + name + " in " + header);
        }
        return at;
    }

    /** One NAM row of the table; {@code line} for messages. */
    private record Row(String corpus, String doc, String instance, String type, String mention, int firstToken, int line) {}

    /** An article's tokens laid out as text: where each token id starts and ends, and its sentence. */
    private record Tokens(String text, Map<Integer, Span> spans, Map<Integer, Integer> sentences, Path file) {

        static Tokens read(Path file) {
            MeantimeXml xml = MeantimeXml.read(file, null);
            return new Tokens(xml.text(), xml.spans(), xml.sentences(), file);
        }

        /** The row's mention over its tokens, a leading "the" left out. */
        NameMention name(Row row) {
            String[] words = row.mention.split(" ");
            int skip = words.length > 1 && words[0].toLowerCase(Locale.ROOT).equals("the") ? 1 : 0;
            Span first = spans.get(row.firstToken + skip);
            Span last = spans.get(row.firstToken + words.length - 1);
            String expected = String.join(" ", Arrays.asList(words).subList(skip, words.length));
            if (first == null || last == null || !text.substring(first.start(), last.end()).equals(expected)) {
                throw new IllegalStateException(MENTIONS + ":" + row.line + ": mention '" + row.mention
                        + "' is not at token " + row.firstToken + " of " + file);
            }
            Span span = new Span(first.start(), last.end());
            return new NameMention(span, expected, type(row.type), sentences.get(row.firstToken));
        }
    }
}
