package org.newsgraph.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Mention;
import org.newsgraph.pipeline.DataFile;
import org.newsgraph.resolve.ResolutionCorpus.Local;

/**
 * Joins the names of one organisation (and of other entities that are no person: "US" and "United
 * States", an index and its acronym) across articles: an acronym and the name whose initials
 * it spells ("WHO", "World Health Organization"); a name that begins with an acronym and the same
 * name spelled out ("EU Commission", "European Union Commission"); and a shortened name whose
 * words all appear, in order, in a longer name with the same first and last word ("Bank of
 * Scotland", "Bank of Royal Scotland" is no match: different last words); and a one-word name
 * ("Commission") and the one organisation of its article known elsewhere by a longer name
 * ending with that word. For firms also: a name with and without its legal form ("Inc.",
 * "Group", {@code english/legal-suffixes.txt}), and a one-word name and the one longer name that
 * begins with it ("Harbor", "Harbor Foods"). Each join needs one candidate only: an acronym that
 * two names spell joins neither.
 */
final class OrganizationLinker {

    private static final Set<String> MINOR_WORDS = Set.of("of", "the", "and", "for", "on", "in", "at", "to", "&",
            "de", "des", "du", "la", "le", "el", "der", "die", "und");
    private static final int MIN_SHORTENED_WORDS = 3;
    private static final String LEGAL_SUFFIXES = "english/legal-suffixes.txt";

    private final Set<String> legalSuffixes;

    OrganizationLinker() {
        Set<String> words = new HashSet<>();
        DataFile.read(OrganizationLinker.class, LEGAL_SUFFIXES, (line, text) -> words.add(text.strip()));
        this.legalSuffixes = Set.copyOf(words);
    }

    void link(ResolutionCorpus corpus) {
        Map<String, List<Form>> byInitials = new HashMap<>();
        Map<String, List<Form>> byEnds = new HashMap<>();
        List<Form> forms = forms(corpus);
        for (Form f : forms) {
            if (f.words().size() >= 2) {
                byInitials.computeIfAbsent(f.type() + "|" + initials(f.surface(), 0), k -> new ArrayList<>()).add(f);
                byEnds.computeIfAbsent(f.type() + "|" + ends(f.words()), k -> new ArrayList<>()).add(f);
            }
        }
        for (Form f : forms) {
            if (isAcronym(f.surface())) {
                joinUnique(corpus, f, byInitials.getOrDefault(f.type() + "|" + letters(f.surface()), List.of()), "acronym");
            } else if (f.words().size() >= 2 && isAcronym(firstWord(f.surface()))) {
                joinUnique(corpus, f, spelledOut(f, byInitials), "acronym spelled out");
            }
            if (f.words().size() >= MIN_SHORTENED_WORDS) {
                joinUnique(corpus, f, longer(f, byEnds.getOrDefault(f.type() + "|" + ends(f.words()), List.of())),
                        "shortened name");
            }
        }
        List<Form> firms = forms.stream().filter(f -> f.type() == EntityType.ORGANIZATION).toList();
        joinLegalForms(corpus, firms);
        Map<String, List<Form>> byFirstWord = new HashMap<>();
        for (Form f : firms) {
            if (f.words().size() >= 2) {
                byFirstWord.computeIfAbsent(f.words().get(0), k -> new ArrayList<>()).add(f);
            }
        }
        for (Form f : firms) {
            if (f.words().size() == 1 && !isAcronym(f.surface())) {
                joinUnique(corpus, f, byFirstWord.getOrDefault(f.words().get(0), List.of()), "first word");
            }
        }
        Map<String, List<Form>> byLastWord = new HashMap<>();
        for (Form f : firms) {
            if (f.words().size() >= 2) {
                byLastWord.computeIfAbsent(f.words().get(f.words().size() - 1), k -> new ArrayList<>()).add(f);
            }
        }
        for (Form f : firms) {
            if (f.local().entity().name().equals(f.surface()) && f.words().size() == 1 && !isAcronym(f.surface())) {
                joinUnique(corpus, f, namedBeside(corpus, f, byLastWord.getOrDefault(f.words().get(0), List.of())),
                        "head noun");
            }
        }
    }

    /**
     * The organisations of f's own article whose set is also called by a longer name ending with
     * f's one word: "the Commission" beside "the EU", known elsewhere as "European Commission".
     */
    private static List<Form> namedBeside(ResolutionCorpus corpus, Form f, List<Form> endingWithIt) {
        Set<Integer> inArticle = new HashSet<>();
        for (Local l : corpus.locals(f.local().article())) {
            if (l != f.local() && l.type() == EntityType.ORGANIZATION) {
                inArticle.add(corpus.root(l));
            }
        }
        return endingWithIt.stream().filter(c -> inArticle.contains(corpus.root(c.local()))).toList();
    }

    /** A firm's name with and without its legal form ("Harbor Foods Inc.", "Harbor Foods") is one firm. */
    private void joinLegalForms(ResolutionCorpus corpus, List<Form> firms) {
        Map<String, Form> byCore = new HashMap<>();
        for (Form f : firms) {
            List<String> core = new ArrayList<>(f.words());
            while (core.size() > 1 && legalSuffixes.contains(core.get(core.size() - 1))) {
                core.remove(core.size() - 1);
            }
            Form first = byCore.putIfAbsent(String.join(" ", core), f);
            if (first != null && !corpus.partition().same(first.local().index(), f.local().index())) {
                corpus.join(first.local(), f.local(), "legal form: " + f.surface() + " ~ " + first.surface());
            }
        }
    }

    /** A distinct name of a set that is no person: its surface text and folded words. */
    private record Form(Local local, String surface, List<String> words) {

        EntityType type() {
            return local.type();
        }
    }

    private static List<Form> forms(ResolutionCorpus corpus) {
        List<Form> forms = new ArrayList<>();
        for (Local l : corpus.locals()) {
            if (l.type() == EntityType.PERSON) {
                continue;
            }
            Set<String> seen = new LinkedHashSet<>();
            seen.add(l.entity().name().strip());
            for (Mention m : l.entity().mentions()) {
                seen.add(m.text().strip());
            }
            for (String surface : seen) {
                String s = surface.replaceAll("['’]s$", "");
                List<String> words = NameKeys.words(s);
                if (!words.isEmpty() && Character.isUpperCase(s.codePointAt(0))) {
                    forms.add(new Form(l, s, words));
                }
            }
        }
        return forms;
    }

    /** Joins f to the one set among the candidates, unless f's own set is one of them already. */
    private static void joinUnique(ResolutionCorpus corpus, Form f, List<Form> candidates, String rule) {
        Map<Integer, Form> sets = new LinkedHashMap<>();
        candidates.forEach(c -> sets.putIfAbsent(corpus.root(c.local()), c));
        if (sets.size() == 1 && !sets.containsKey(corpus.root(f.local()))) {
            Form target = sets.values().iterator().next();
            corpus.join(target.local(), f.local(), rule + ": " + f.surface() + " ~ " + target.surface());
        }
    }

    /** Names that spell out the acronym this name begins with, and go on with the same words. */
    private static List<Form> spelledOut(Form f, Map<String, List<Form>> byInitials) {
        List<String> rest = f.words().subList(1, f.words().size());
        List<Form> out = new ArrayList<>();
        String acronym = letters(firstWord(f.surface()));
        String initials = acronym + initials(String.join(" ", rest), 0);
        for (Form c : byInitials.getOrDefault(f.type() + "|" + initials, List.of())) {
            List<String> w = c.words();
            if (w.size() > f.words().size() && w.subList(w.size() - rest.size(), w.size()).equals(rest)) {
                out.add(c);
            }
        }
        return out;
    }

    /** Longer names with the same first and last word that hold all of f's words in order. */
    private static List<Form> longer(Form f, List<Form> sameEnds) {
        return sameEnds.stream().filter(c -> c.words().size() > f.words().size() && inOrder(f.words(), c.words())).toList();
    }

    private static boolean inOrder(List<String> part, List<String> whole) {
        int i = 0;
        for (String w : whole) {
            if (i < part.size() && part.get(i).equals(w)) {
                i++;
            }
        }
        return i == part.size();
    }

    private static String ends(List<String> words) {
        return words.get(0) + " " + words.get(words.size() - 1);
    }

    /** An acronym: one word of 2 to 6 capitals, dots allowed ("WHO", "U.N."). */
    static boolean isAcronym(String surface) {
        String s = surface.replace(".", "");
        return s.length() >= 2 && s.length() <= 6 && s.chars().allMatch(Character::isUpperCase);
    }

    private static String letters(String acronym) {
        return acronym.replace(".", "");
    }

    private static String firstWord(String surface) {
        int space = surface.indexOf(' ');
        return space < 0 ? surface : surface.substring(0, space);
    }

    /** The capital initials of a name's words, minor words left out; an acronym inside gives all its letters. */
    static String initials(String surface, int from) {
        StringBuilder out = new StringBuilder();
        for (String word : surface.substring(from).split("[\\s\\-]+")) {
            String w = word.replaceAll("[^\\p{L}.]", "");
            if (w.isEmpty() || MINOR_WORDS.contains(w.toLowerCase())) {
                continue;
            }
            out.append(isAcronym(w) ? letters(w) : String.valueOf(Character.toUpperCase(w.charAt(0))));
        }
        return out.toString();
    }
}
