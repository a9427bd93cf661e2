package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.newsgraph.resolve.ResolutionCorpus.Local;

/**
 * Joins the names of one person across articles. People whose surnames are spellings of one
 * (under {@link NameKeys#skeleton}) are one person when their given names agree: spellings of one
 * name, a nickname, an initial. A surname alone joins the one person of that surname, or, among
 * several, the one whose neighbours in the corpus it shares. A full name whose given name agrees
 * with no one else of its surname joins the well-attested person of that surname who holds the
 * same role and the same neighbours: a translation that got the given name wrong. People whose
 * surnames differ are never joined here, whatever their given names.
 */
final class PersonLinker {

    private final GivenNames givenNames;

    PersonLinker(GivenNames givenNames) {
        this.givenNames = givenNames;
    }

    void link(ResolutionCorpus corpus) {
        Map<String, List<Local>> bySurname = corpus.locals().stream()
                .filter(l -> l.isPerson() && !l.person().surname().isEmpty())
                .collect(Collectors.groupingBy(l -> l.person().surnameKey(), LinkedHashMap::new, Collectors.toList()));
        for (List<Local> block : bySurname.values()) {
            linkFullNames(corpus, block);
            linkNicknamesAndInitials(corpus, block);
            linkSurnamesAlone(corpus, block);
            linkWrongGivenNames(corpus, block);
        }
    }

    /** Full names whose given names are spellings of one name ("Oleksandr" and "Aleksandr"). */
    private void linkFullNames(ResolutionCorpus corpus, List<Local> block) {
        Map<String, Local> first = new HashMap<>();
        for (Local l : block) {
            if (!l.person().hasGivenName() || l.person().firstGiven().length() == 1) {
                continue;
            }
            String key = givenNames.canonical(l.person().firstGiven());
            Local earlier = first.putIfAbsent(key, l);
            if (earlier != null) {
                corpus.join(earlier, l, variant(earlier, l));
            }
        }
    }

    /** A nickname or an initial joins the one person of the surname it fits: Ron fits Ronald and Aaron, so neither. */
    private void linkNicknamesAndInitials(ResolutionCorpus corpus, List<Local> block) {
        for (Local l : block) {
            if (!l.person().hasGivenName()) {
                continue;
            }
            List<Local> fits = distinctSets(corpus, block, other -> other.person().hasGivenName()
                    && corpus.root(other) != corpus.root(l) && fits(l.person().firstGiven(), other.person().firstGiven()));
            if (fits.size() == 1 && !hasOwnNamesake(corpus, block, l)) {
                corpus.join(fits.get(0), l, "given name " + l.entity().name() + " ~ " + fits.get(0).entity().name());
            }
        }
    }

    private boolean fits(String shortForm, String name) {
        return GivenNames.isInitialOf(shortForm, name) || givenNames.isNicknameOf(shortForm, name);
    }

    /** Whether a set other than l's has exactly l's given name: then l is that person, not a nickname. */
    private boolean hasOwnNamesake(ResolutionCorpus corpus, List<Local> block, Local l) {
        return block.stream().anyMatch(o -> corpus.root(o) != corpus.root(l) && o.person().hasGivenName()
                && givenNames.canonical(o.person().firstGiven()).equals(givenNames.canonical(l.person().firstGiven())));
    }

    /** A surname alone joins the one person of that surname, or the one whose neighbours it shares. */
    private void linkSurnamesAlone(ResolutionCorpus corpus, List<Local> block) {
        List<Local> alone = distinctSets(corpus, block, l -> !l.person().hasGivenName());
        List<Local> people = distinctSets(corpus, block, l -> l.person().hasGivenName());
        for (Local l : alone) {
            if (corpus.members(corpus.root(l)).stream().anyMatch(m -> m.person() != null && m.person().hasGivenName())) {
                continue; // already joined to a full name: another match would join two people
            }
            Local target = people.size() == 1 ? people.get(0) : byNeighbours(corpus, l, people);
            if (target != null) {
                corpus.join(target, l, "surname " + l.entity().name() + " ~ " + target.entity().name());
            }
        }
        if (people.isEmpty()) {
            alone.forEach(l -> corpus.join(alone.get(0), l, variant(alone.get(0), l)));
        }
    }

    /** The one candidate sharing the most neighbours with l, if it shares any and is ahead of the rest. */
    private static Local byNeighbours(ResolutionCorpus corpus, Local l, List<Local> candidates) {
        Local best = null;
        int bestShared = 0;
        boolean tie = false;
        for (Local c : candidates) {
            int shared = corpus.sharedNeighbours(l, corpus.root(c));
            if (shared > bestShared) {
                best = c;
                bestShared = shared;
                tie = false;
            } else if (shared == bestShared && shared > 0) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * A full name that agrees with no one's given name, seen in one article, joins the one person
     * of its surname seen in more articles who holds one of its roles and shares two neighbours.
     */
    private void linkWrongGivenNames(ResolutionCorpus corpus, List<Local> block) {
        List<Local> singles = distinctSets(corpus, block, l -> l.person().hasGivenName()
                && corpus.articles(corpus.root(l)).size() == 1 && !corpus.roles(corpus.root(l)).isEmpty());
        for (Local l : singles) {
            int root = corpus.root(l);
            List<Local> holders = distinctSets(corpus, block, o -> corpus.root(o) != root
                    && corpus.articles(corpus.root(o)).size() > 1
                    && corpus.shareRole(root, corpus.root(o))
                    && corpus.sharedNeighbours(l, corpus.root(o)) >= 2);
            if (holders.size() == 1) {
                Local target = holders.get(0);
                corpus.join(target, l, "given name differs, same role and neighbours: " + l.entity().name() + " ~ "
                        + target.entity().name());
            }
        }
    }

    /** One member of each distinct set among the members of block, if the first tried passes the test. */
    private static List<Local> distinctSets(ResolutionCorpus corpus, List<Local> block,
            Predicate<Local> test) {
        Map<Integer, Local> byRoot = new LinkedHashMap<>();
        Set<Integer> tried = new HashSet<>();
        for (Local l : block) {
            int root = corpus.root(l);
            if (tried.add(root) && test.test(l)) {
                byRoot.put(root, l);
            }
        }
        return new ArrayList<>(byRoot.values());
    }

    /** The reason for a join, or null when the two names are spelled the same. */
    private static String variant(Local a, Local b) {
        return a.folded().equals(b.folded()) ? null : "spelling " + b.entity().name() + " ~ " + a.entity().name();
    }
}
