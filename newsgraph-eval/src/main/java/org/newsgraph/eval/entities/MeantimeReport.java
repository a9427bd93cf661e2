package org.newsgraph.eval.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Pairwise scores of resolution and of the baseline on MEANTIME, for each corpus (pairs of
 * mentions within it) and over all articles. Resolution ran once over all of them, so a pair
 * across two corpora counts in the overall figures only. {@code splits} and {@code joins} name
 * the gold entities resolution split most and the resolved entities that join most gold ones.
 */
public record MeantimeReport(List<Row> rows, List<String> splits, List<String> joins) {

    /** The label of the row over all articles. */
    public static final String ALL = "all";

    /** One scope: its articles and name mentions, resolution's and the baseline's scores. */
    public record Row(String scope, int documents, int mentions, PairwiseScore resolved, PairwiseScore resolvedAcross,
            PairwiseScore baseline, PairwiseScore baselineAcross) {}

    static MeantimeReport of(List<MeantimeDocument> documents, List<PairwiseScore.Item> resolved,
            List<PairwiseScore.Item> baseline, List<String> splits, List<String> joins) {
        List<Row> rows = new ArrayList<>();
        documents.stream().map(MeantimeDocument::corpus).distinct()
                .forEach(corpus -> rows.add(row(corpus, documents, resolved, baseline)));
        rows.add(row(ALL, documents, resolved, baseline));
        return new MeantimeReport(List.copyOf(rows), List.copyOf(splits), List.copyOf(joins));
    }

    /** The row over all articles. */
    public Row all() {
        return rows.stream().filter(r -> r.scope().equals(ALL)).findFirst().orElseThrow();
    }

    private static Row row(String scope, List<MeantimeDocument> documents, List<PairwiseScore.Item> resolved,
            List<PairwiseScore.Item> baseline) {
        List<PairwiseScore.Item> r = inScope(scope, resolved);
        List<PairwiseScore.Item> b = inScope(scope, baseline);
        int articles = (int) documents.stream().filter(d -> scope.equals(ALL) || d.corpus().equals(scope)).count();
        return new Row(scope, articles, r.size(), PairwiseScore.allPairs(r), PairwiseScore.crossDocument(r),
                PairwiseScore.allPairs(b), PairwiseScore.crossDocument(b));
    }

    private static List<PairwiseScore.Item> inScope(String scope, List<PairwiseScore.Item> items) {
        return scope.equals(ALL) ? items : items.stream().filter(i -> i.document().startsWith(scope + "/")).toList();
    }

    public String render() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "%-14s %5s %8s | %-22s | %-22s | %-22s | %-22s%n", "scope", "docs", "mentions",
                "resolved, all pairs", "resolved, cross-doc", "baseline, all pairs", "baseline, cross-doc"));
        for (Row row : rows) {
            out.append(String.format(Locale.ROOT, "%-14s %5d %8d | %s | %s | %s | %s%n", row.scope(), row.documents(),
                    row.mentions(), brief(row.resolved()), brief(row.resolvedAcross()), brief(row.baseline()),
                    brief(row.baselineAcross())));
        }
        Row all = all();
        out.append("pairs overall: resolved ").append(all.resolved()).append("\n               cross-doc ")
                .append(all.resolvedAcross()).append("\n        baseline ").append(all.baseline())
                .append("\n               cross-doc ").append(all.baselineAcross());
        out.append("\nmost pairs missed, by gold entity (names in each resolved part):");
        splits.forEach(s -> out.append("\n  ").append(s));
        out.append("\nmost pairs wrongly joined, by resolved entity (names of each gold entity):");
        joins.forEach(j -> out.append("\n  ").append(j));
        return out.toString();
    }

    private static String brief(PairwiseScore s) {
        return String.format(Locale.ROOT, "P %.3f R %.3f F1 %.3f", s.precision(), s.recall(), s.f1());
    }
}
