package org.newsgraph.eval.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.app.export.ExportDocument;

/**
 * The export's entities against the seed gold. A gold entity is whole when every one of its
 * names that the export shows (as a mention or an alias, ignoring case and a possessive 's) is in
 * one exported entity; split when they are in several; absent when the export shows none. A pair
 * that must stay apart is broken when one exported entity holds a name of each side; a side is
 * the gold entity that goes by that name, or the name alone, and a pair is skipped when the
 * export shows no name of one side.
 */
public record SeedEntityScore(List<Group> groups, List<Separation> separations) {

    /**
     * Where one gold entity's names landed: each exported entity holding some of them, with those
     * names, and the names the export does not show.
     */
    public record Group(SeedGold.Entity gold, Map<ExportDocument.Entity, List<String>> parts, List<String> unseen) {

        public boolean whole() {
            return parts.size() == 1;
        }

        public boolean split() {
            return parts.size() > 1;
        }

        public boolean absent() {
            return parts.isEmpty();
        }

        /** Whether every exported entity holding its names has the gold type. */
        public boolean typed() {
            return parts.keySet().stream().allMatch(e -> e.type().equals(gold.type()));
        }

        /** Whether every exported entity holding its names is a place with coordinates. */
        public boolean located() {
            return parts.keySet().stream().allMatch(e -> e.place() != null && e.place().latitude() != null
                    && e.place().longitude() != null);
        }
    }

    /** A pair that must stay apart: the names of each side, and the exported entities holding both. */
    public record Separation(SeedGold.Apart pair, List<String> first, List<String> second,
            List<ExportDocument.Entity> joinedIn, boolean skipped) {

        public boolean broken() {
            return !joinedIn.isEmpty();
        }
    }

    public static SeedEntityScore of(ExportDocument export, SeedGold gold) {
        Map<String, Set<ExportDocument.Entity>> byName = index(export);
        List<Group> groups = gold.entities().stream().map(g -> group(g, byName)).toList();
        List<Separation> separations = gold.mustNotMerge().stream().map(p -> separation(p, gold, byName)).toList();
        return new SeedEntityScore(groups, separations);
    }

    /** A name as matched: lower case, one kind of apostrophe, no possessive 's, single spaces. */
    static String form(String name) {
        return name.toLowerCase(Locale.ROOT).replace('’', '\'').replaceAll("'s$", "").replaceAll("\\s+", " ").strip();
    }

    public long whole() {
        return groups.stream().filter(Group::whole).count();
    }

    public long split() {
        return groups.stream().filter(Group::split).count();
    }

    public long absent() {
        return groups.stream().filter(Group::absent).count();
    }

    /** Gold entities shown, and shown only under their gold type. */
    public long typed() {
        return groups.stream().filter(g -> !g.absent() && g.typed()).count();
    }

    public long broken() {
        return separations.stream().filter(Separation::broken).count();
    }

    /** The group of the gold entity of this name. */
    public Group group(String goldName) {
        return groups.stream().filter(g -> g.gold().name().equals(goldName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no gold entity " + goldName));
    }

    private static Map<String, Set<ExportDocument.Entity>> index(ExportDocument export) {
        Map<String, Set<ExportDocument.Entity>> byName = new LinkedHashMap<>();
        for (ExportDocument.Entity e : export.entities()) {
            e.mentions().forEach(m -> byName.computeIfAbsent(form(m.text()), k -> new LinkedHashSet<>()).add(e));
            e.aliases().forEach(a -> byName.computeIfAbsent(form(a), k -> new LinkedHashSet<>()).add(e));
        }
        return byName;
    }

    private static Group group(SeedGold.Entity gold, Map<String, Set<ExportDocument.Entity>> byName) {
        Map<ExportDocument.Entity, List<String>> parts = new LinkedHashMap<>();
        List<String> unseen = new ArrayList<>();
        for (String variant : gold.variants()) {
            Set<ExportDocument.Entity> holders = byName.getOrDefault(form(variant), Set.of());
            holders.forEach(e -> parts.computeIfAbsent(e, k -> new ArrayList<>()).add(variant));
            if (holders.isEmpty()) {
                unseen.add(variant);
            }
        }
        return new Group(gold, parts, unseen);
    }

    private static Separation separation(SeedGold.Apart pair, SeedGold gold,
            Map<String, Set<ExportDocument.Entity>> byName) {
        List<String> first = side(pair.first(), gold);
        List<String> second = side(pair.second(), gold);
        Set<ExportDocument.Entity> withFirst = holders(first, byName);
        Set<ExportDocument.Entity> withSecond = holders(second, byName);
        boolean skipped = withFirst.isEmpty() || withSecond.isEmpty();
        List<ExportDocument.Entity> joined = withFirst.stream().filter(withSecond::contains).toList();
        return new Separation(pair, first, second, joined, skipped);
    }

    /** The names of the gold entity that goes by this name (a note in brackets dropped), or the name alone. */
    private static List<String> side(String name, SeedGold gold) {
        String plain = name.replaceAll("\\s*\\([^)]*\\)\\s*$", "");
        return gold.entities().stream()
                .filter(e -> e.variants().stream().anyMatch(v -> form(v).equals(form(plain))))
                .findFirst().map(SeedGold.Entity::variants).orElse(List.of(plain));
    }

    private static Set<ExportDocument.Entity> holders(List<String> names, Map<String, Set<ExportDocument.Entity>> byName) {
        Set<ExportDocument.Entity> holders = new LinkedHashSet<>();
        names.forEach(n -> holders.addAll(byName.getOrDefault(form(n), Set.of())));
        return holders;
    }

    public String render() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                "gold entities: %d whole, %d split, %d absent (of %d), %d of the gold type; "
                        + "must-not-merge pairs: %d broken, %d skipped (of %d)",
                whole(), split(), absent(), groups.size(), typed(), broken(),
                separations.stream().filter(Separation::skipped).count(), separations.size()));
        for (Group g : groups) {
            String state = g.absent() ? "ABSENT" : g.whole() ? "whole " : "SPLIT ";
            out.append(String.format(Locale.ROOT, "%n%s %s %s", state, g.gold().type(), g.gold().name()));
            g.parts().forEach((e, names) -> out.append(String.format(Locale.ROOT, "%n    %s %s%s \"%s\"%s <- %s", e.id(),
                    e.type(), e.type().equals(g.gold().type()) ? "" : " (gold: " + g.gold().type() + ")", e.name(),
                    e.place() == null ? "" : " @" + e.place().name() + coordinates(e.place()), String.join(", ", names))));
            if (!g.unseen().isEmpty()) {
                out.append("\n    not in the export: ").append(String.join(", ", g.unseen()));
            }
        }
        for (Separation s : separations) {
            String state = s.broken() ? "BROKEN " : s.skipped() ? "skipped" : "apart  ";
            out.append(String.format(Locale.ROOT, "%n%s %s / %s", state, s.pair().first(), s.pair().second()));
            if (s.broken()) {
                out.append(" joined in ").append(s.joinedIn().stream().map(e -> e.id() + " \"" + e.name() + "\"")
                        .collect(Collectors.joining(", ")));
            }
        }
        return out.toString();
    }

    private static String coordinates(ExportDocument.Place place) {
        return place.latitude() == null ? " (no coordinates)"
                : String.format(Locale.ROOT, " (%.2f, %.2f)", place.latitude(), place.longitude());
    }
}
