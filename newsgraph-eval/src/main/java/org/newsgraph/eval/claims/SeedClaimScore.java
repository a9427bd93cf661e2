package org.newsgraph.eval.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.app.export.ExportDocument;

/**
 * The export's claims against the gold claims of the seed articles. A gold claim is found when a
 * claim of its article has the same value and unit; it is whole when the qualifier is the gold's
 * too and the claimant is an entity that has the gold claimant's name as its name or an alias.
 * Claims standing on a line the cleaner removed are counted apart: there must be none.
 */
public record SeedClaimScore(List<Match> matches, Map<String, List<ExportDocument.Claim>> byFile,
        List<ExportDocument.Claim> onRemovedLines) {

    /** A gold claim and the exported claim that matches it best, if any. */
    public record Match(SeedClaimGold.Claim gold, ExportDocument.Claim found, boolean qualifierRight,
            boolean claimantRight) {

        public boolean isFound() {
            return found != null;
        }

        public boolean isWhole() {
            return isFound() && qualifierRight && claimantRight;
        }
    }

    public static SeedClaimScore of(ExportDocument export, SeedClaimGold gold) {
        Map<String, ExportDocument.Article> articles = new LinkedHashMap<>();
        export.articles().forEach(a -> articles.put(a.id(), a));
        Map<String, List<ExportDocument.Claim>> byFile = new LinkedHashMap<>();
        List<ExportDocument.Claim> onRemoved = new ArrayList<>();
        for (ExportDocument.Claim c : export.claims()) {
            ExportDocument.Article a = articles.get(c.article());
            byFile.computeIfAbsent(a.file(), f -> new ArrayList<>()).add(c);
            if (standsOnRemovedLine(a, c)) {
                onRemoved.add(c);
            }
        }
        List<Match> matches = new ArrayList<>();
        for (SeedClaimGold.Claim g : gold.claims()) {
            matches.add(match(g, byFile.getOrDefault(g.doc(), List.of()), export.entities()));
        }
        return new SeedClaimScore(matches, byFile, onRemoved);
    }

    public long found() {
        return matches.stream().filter(Match::isFound).count();
    }

    public long whole() {
        return matches.stream().filter(Match::isWhole).count();
    }

    public int total() {
        return byFile.values().stream().mapToInt(List::size).sum();
    }

    /** How many claims each article file has, in file order. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byFile.keySet().stream().sorted().forEach(f -> counts.put(f, byFile.get(f).size()));
        return counts;
    }

    public String render() {
        StringBuilder s = new StringBuilder();
        s.append(String.format("gold claims found %d of %d, whole (qualifier and claimant right) %d; %d claims in all; "
                + "%d on removed lines%n", found(), matches.size(), whole(), total(), onRemovedLines.size()));
        for (Match m : matches) {
            s.append(String.format("  %-6s %s %s %s %s by %s -> %s%n", m.isWhole() ? "whole" : m.isFound() ? "found" : "MISSED",
                    m.gold().doc(), m.gold().qualifier(), (long) m.gold().amount(), m.gold().unit(), m.gold().by(),
                    m.found() == null ? "-" : describe(m.found()) + (m.qualifierRight() ? "" : " [qualifier wrong]")
                            + (m.claimantRight() ? "" : " [claimant wrong]")));
        }
        counts().forEach((file, n) -> {
            s.append(String.format("  %s: %d claims%n", file, n));
            byFile.get(file).forEach(c -> s.append("    ").append(describe(c)).append('\n'));
        });
        onRemovedLines.forEach(c -> s.append("  ON A REMOVED LINE: ").append(describe(c)).append('\n'));
        return s.toString();
    }

    private static String describe(ExportDocument.Claim c) {
        return String.format("\"%s\" = %s%s %s %s by %s (%s) on %s", c.text(), c.qualifier() == null ? "" : c.qualifier() + " ",
                c.value(), c.upper() == null ? "" : "-" + c.upper(), c.unit(), c.claimant(), c.claimantText(), c.subject());
    }

    private static Match match(SeedClaimGold.Claim g, List<ExportDocument.Claim> claims, List<ExportDocument.Entity> entities) {
        Match best = new Match(g, null, false, false);
        for (ExportDocument.Claim c : claims) {
            if (c.value().doubleValue() == g.amount() && g.unit().equalsIgnoreCase(Objects.requireNonNullElse(c.unit(), ""))) {
                Match m = new Match(g, c, Objects.equals(g.qualifier(), c.qualifier()), isNamed(c.claimant(), g.by(), entities));
                if (!best.isFound() || score(m) > score(best)) {
                    best = m;
                }
            }
        }
        return best;
    }

    private static int score(Match m) {
        return (m.qualifierRight() ? 1 : 0) + (m.claimantRight() ? 1 : 0);
    }

    private static boolean isNamed(String entityId, String name, List<ExportDocument.Entity> entities) {
        Optional<ExportDocument.Entity> e = entities.stream().filter(x -> x.id().equals(entityId)).findFirst();
        return name != null && e.isPresent() && (e.get().name().equals(name) || e.get().aliases().contains(name));
    }

    /** Whether the line of the claim's text is a line the cleaner removed from the article. */
    private static boolean standsOnRemovedLine(ExportDocument.Article a, ExportDocument.Claim c) {
        String text = a.text();
        int start = text.lastIndexOf('\n', c.start() - 1) + 1;
        int end = text.indexOf('\n', c.end());
        String line = text.substring(start, end < 0 ? text.length() : end).strip();
        return a.removed().stream().anyMatch(r -> r.text().strip().equals(line) || r.text().contains(c.text()));
    }
}
