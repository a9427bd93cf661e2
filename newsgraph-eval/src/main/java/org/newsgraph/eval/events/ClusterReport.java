package org.newsgraph.eval.events;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Clusterings of ECB+ scored per topic and over all articles. Each clustering is made over all
 * articles at once; a topic's row scores it on that topic's articles only, so a cluster that
 * spans two topics costs precision in the overall row, not in the topics' rows.
 */
public record ClusterReport(List<Answer> answers, List<Row> rows) {

    /** The label of the row over all articles. */
    public static final String ALL = "all";

    /** One clustering to score: what it is, and its partition of all the articles. */
    public record Answer(String name, Partition partition) {}

    /** One scope (a topic, or all): its articles, gold clusters, and each answer's score in answer order. */
    public record Row(String scope, int articles, int goldClusters, List<ClusterScore> scores) {}

    public ClusterReport {
        answers = List.copyOf(answers);
        rows = List.copyOf(rows);
    }

    public static ClusterReport of(GoldClusters gold, List<Answer> answers) {
        List<Row> rows = new ArrayList<>();
        Map<String, List<String>> byTopic = gold.docsByTopic();
        byTopic.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()))
                .forEach(topic -> rows.add(row(topic, byTopic.get(topic), gold.partition(), answers)));
        rows.add(row(ALL, gold.docs(), gold.partition(), answers));
        return new ClusterReport(answers, rows);
    }

    /** The score over all articles of the answer with this name. */
    public ClusterScore overall(String answer) {
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).name().equals(answer)) {
                return rows.get(rows.size() - 1).scores().get(i);
            }
        }
        throw new IllegalArgumentException("no answer named " + answer);
    }

    private static Row row(String scope, List<String> docs, Partition gold, List<Answer> answers) {
        Partition goldHere = gold.restrictedTo(docs);
        List<ClusterScore> scores = answers.stream()
                .map(a -> ClusterScore.of(a.partition().restrictedTo(docs), goldHere))
                .toList();
        return new Row(scope, docs.size(), goldHere.clusterCount(), scores);
    }

    public String render() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < answers.size(); i++) {
            out.append(String.format(Locale.ROOT, "[%d] %s%n", i + 1, answers.get(i).name()));
        }
        out.append(String.format(Locale.ROOT, "%-5s %4s %4s", "topic", "docs", "gold"));
        for (int i = 0; i < answers.size(); i++) {
            out.append(String.format(Locale.ROOT, " | [%d] %5s %5s %5s %5s %5s", i + 1, "clust", "B3 P", "B3 R",
                    "B3 F1", "pw F1"));
        }
        out.append('\n');
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-5s %4d %4d", row.scope(), row.articles(), row.goldClusters()));
            for (ClusterScore s : row.scores()) {
                out.append(String.format(Locale.ROOT, " |     %5d %5.3f %5.3f %5.3f %5.3f", s.predictedClusters(),
                        s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1(), s.pairwise().f1()));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
