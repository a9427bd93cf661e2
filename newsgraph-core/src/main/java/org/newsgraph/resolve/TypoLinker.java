package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.resolve.ResolutionCorpus.Local;

/**
 * Joins a misspelt name to the name it misspells. A form is taken for a typo only when it is rare
 * (one article, a few mentions), the other form is well attested (at least twice its mentions),
 * the two are a short edit apart for their length (one edit from 5 letters, two from 8; shorter
 * names never: "Kim" and "Kin" are two names), they are of one type, and the context agrees: the
 * other form is named in the same article, or they share a role, or two neighbours. A misspelt
 * place never joins another gazetteer place, and a person's surname is compared with surnames.
 */
final class TypoLinker {

    private static final int MIN_LENGTH = 5;
    private static final int TWO_EDITS_FROM = 8;
    private static final int MAX_RARE_MENTIONS = 3;

    void link(ResolutionCorpus corpus) {
        Map<Integer, List<Local>> sets = new LinkedHashMap<>(corpus.sets());
        Map<String, List<Integer>> index = new HashMap<>();
        Map<Integer, String> keyOf = new HashMap<>();
        for (Map.Entry<Integer, List<Local>> set : sets.entrySet()) {
            String key = key(set.getValue().get(0));
            if (key.length() >= MIN_LENGTH) {
                keyOf.put(set.getKey(), key);
                if (corpus.mentionCount(set.getKey()) < 2) {
                    continue; // too rare to be the right spelling of anything
                }
                for (String d : deletions(key, budget(key))) {
                    index.computeIfAbsent(typeOf(set.getValue()) + "|" + d, k -> new ArrayList<>()).add(set.getKey());
                }
            }
        }
        for (Map.Entry<Integer, List<Local>> set : sets.entrySet()) {
            String key = keyOf.get(set.getKey());
            if (key != null && rare(corpus, set.getKey(), set.getValue())) {
                Integer target = bestTarget(corpus, set.getKey(), key, candidates(index, typeOf(set.getValue()), key), keyOf);
                if (target != null) {
                    Local typo = set.getValue().get(0);
                    Local right = corpus.members(target).get(0);
                    corpus.join(right, typo, "typo: " + typo.entity().name() + " ~ " + right.entity().name());
                }
            }
        }
    }

    /** What a set's spelling is compared by: a person's surname skeleton, else the name's. */
    private static String key(Local l) {
        return l.person() != null ? l.person().surnameKey() : NameKeys.nameSkeleton(l.entity().name());
    }

    private static EntityType typeOf(List<Local> members) {
        return members.get(0).type();
    }

    private static int budget(String key) {
        return key.length() >= TWO_EDITS_FROM ? 2 : 1;
    }

    private static boolean rare(ResolutionCorpus corpus, int root, List<Local> members) {
        return members.stream().allMatch(m -> m.entity().place() == null)
                && corpus.articles(root).size() == 1 && corpus.mentionCount(root) <= MAX_RARE_MENTIONS;
    }

    private static Set<Integer> candidates(Map<String, List<Integer>> index, EntityType type, String key) {
        Set<Integer> found = new HashSet<>();
        for (String d : deletions(key, budget(key))) {
            found.addAll(index.getOrDefault(type + "|" + d, List.of()));
        }
        return found;
    }

    /** The one well-attested set, closest in spelling, whose context agrees; null if none or a tie. */
    private static Integer bestTarget(ResolutionCorpus corpus, int root, String key, Set<Integer> candidates,
            Map<Integer, String> keyOf) {
        Integer best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        int mentions = corpus.mentionCount(root);
        for (int c : candidates) {
            if (c == root || corpus.partition().find(c) == corpus.partition().find(root)) {
                continue;
            }
            String other = keyOf.get(c);
            int d = EditDistance.bounded(key, other, Math.min(budget(key), budget(other)));
            if (d < 0 || d == 0 || corpus.mentionCount(c) < 2 * mentions || !contextAgrees(corpus, root, c)
                    || !corpus.partition().compatible(root, c) || !givenNamesAgree(corpus, root, c)) {
                continue;
            }
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
                tie = false;
            } else if (d == bestDistance) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    private static boolean contextAgrees(ResolutionCorpus corpus, int root, int other) {
        Set<Integer> articles = corpus.articles(root);
        boolean sameArticle = corpus.members(other).stream().anyMatch(m -> articles.contains(m.article()));
        Local typo = corpus.members(root).get(0);
        return sameArticle || corpus.shareRole(root, other) || corpus.sharedNeighbours(typo, other) >= 2;
    }

    /** A misspelt person's given name, if any, must be one the other set also uses. */
    private static boolean givenNamesAgree(ResolutionCorpus corpus, int root, int other) {
        Set<String> given = new HashSet<>();
        for (Local m : corpus.members(root)) {
            if (m.person() != null && m.person().hasGivenName()) {
                given.add(m.person().firstGiven());
            }
        }
        return given.isEmpty() || corpus.members(other).stream()
                .anyMatch(m -> m.person() != null && given.contains(m.person().firstGiven()));
    }

    /** The key with up to {@code edits} letters deleted: two keys within that many edits share one. */
    static Set<String> deletions(String key, int edits) {
        Set<String> out = new HashSet<>();
        out.add(key);
        Set<String> frontier = Set.of(key);
        for (int e = 0; e < edits; e++) {
            Set<String> next = new HashSet<>();
            for (String s : frontier) {
                for (int i = 0; i < s.length(); i++) {
                    next.add(s.substring(0, i) + s.substring(i + 1));
                }
            }
            out.addAll(next);
            frontier = next;
        }
        return out;
    }
}
