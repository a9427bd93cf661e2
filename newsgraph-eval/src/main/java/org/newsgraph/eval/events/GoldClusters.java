package org.newsgraph.eval.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.pipeline.DataFile;

/**
 * The gold clusters of ECB+ ({@code gold_clusters.tsv}): for each article file its topic and its
 * subtopic, the real-world event it reports. A header {@code doc topic subtopic} comes first, then
 * one article a line, tab-separated. A bad line fails naming file and line.
 */
public record GoldClusters(List<Entry> entries) {

    static final String HEADER = "doc\ttopic\tsubtopic";

    /** One article: its file name, its topic and its subtopic. */
    public record Entry(String doc, String topic, String subtopic) {}

    public GoldClusters {
        entries = List.copyOf(entries);
    }

    public static GoldClusters read(Path file) {
        try {
            return parse(file.toString(), Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Parses lines as if read from a file called {@code name}. */
    static GoldClusters parse(String name, List<String> lines) {
        Lines read = new Lines(name);
        DataFile.read(name, lines, read::accept);
        if (read.entries.isEmpty()) {
            throw DataFile.fault(name, lines.size(), "no articles after the header");
        }
        return new GoldClusters(read.entries);
    }

    /** The state of one read: whether the header was seen, and where each article was listed. */
    private static final class Lines {
        private final String name;
        private final List<Entry> entries = new ArrayList<>();
        private final Map<String, Integer> lineOf = new HashMap<>();
        private boolean header;

        Lines(String name) {
            this.name = name;
        }

        void accept(int line, String text) {
            if (!header) {
                if (!text.equals(HEADER)) {
                    throw DataFile.fault(name, line, "the first line is the header '" + HEADER.replace('\t', ' ')
                            + "', tab-separated, not: " + text);
                }
                header = true;
                return;
            }
            String[] fields = text.split("\t", -1);
            if (fields.length != 3) {
                throw DataFile.fault(name, line,
                        "3 tab-separated fields (doc, topic, subtopic) expected, found " + fields.length + ": " + text);
            }
            for (int f = 0; f < 3; f++) {
                if (fields[f].isBlank() || !fields[f].equals(fields[f].strip())) {
                    throw DataFile.fault(name, line, "field " + (f + 1) + " is blank or has spaces around it: '"
                            + fields[f] + "'");
                }
            }
            Integer earlier = lineOf.putIfAbsent(fields[0], line);
            if (earlier != null) {
                throw DataFile.fault(name, line, fields[0] + " is listed already on line " + earlier);
            }
            entries.add(new Entry(fields[0], fields[1], fields[2]));
        }
    }

    /** Each article's subtopic: the gold partition. */
    public Partition partition() {
        Map<String, String> subtopicOf = new LinkedHashMap<>();
        entries.forEach(e -> subtopicOf.put(e.doc(), e.subtopic()));
        return new Partition(subtopicOf);
    }

    /** The articles of each topic, topics in the order first listed. */
    public Map<String, List<String>> docsByTopic() {
        Map<String, List<String>> byTopic = new LinkedHashMap<>();
        entries.forEach(e -> byTopic.computeIfAbsent(e.topic(), t -> new ArrayList<>()).add(e.doc()));
        return byTopic;
    }

    public List<String> docs() {
        return entries.stream().map(Entry::doc).toList();
    }
}
