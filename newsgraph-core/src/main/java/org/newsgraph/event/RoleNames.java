package org.newsgraph.event;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.model.Token;

/**
 * Finds people named by their role alone: where an article introduces a person with a title
 * ("President of Freedonia Anna Kowalska", "Acme Union Secretary General Jan Nowak"), "the
 * President of Freedonia" elsewhere names that person, and so does "the President" when only one
 * person of the article holds that title, or "the Head of State" when one person holds one of
 * the offices the role stands for (the shared {@code OfficeStandIns}: a president, a king ...). A
 * role that two people of the article hold names neither.
 */
final class RoleNames {

    /** Longest role phrase looked at, in words: "the Minister of Foreign Affairs of the Czech Republic" is cut. */
    private static final int LONGEST = 8;
    private static final Set<String> LINKS = Set.of("of", "for", "the");
    private static final Set<String> OPENERS = Set.of("the");

    private final Map<String, Set<String>> standIns;

    /** @param standIns role phrases and the titles each may stand for ("head of state": "president", "king"), lower case */
    RoleNames(Map<String, Set<String>> standIns) {
        this.standIns = Map.copyOf(standIns);
    }

    /** A person named by a role at tokens {@code first..last} of a sentence. */
    record Role(int sentence, int first, int last, int person) {}

    /**
     * Every role phrase of the article that names one person: after "the", not followed by a name,
     * not inside a name. {@code named} gives the names of each sentence, {@code person} whether an
     * entity is a person. Linear in the tokens, whatever the names.
     */
    List<Role> find(List<List<Token>> sentences, List<List<Article.Named>> named, IntPredicate person) {
        List<boolean[]> inName = new ArrayList<>();
        List<boolean[]> inPerson = new ArrayList<>();
        List<boolean[]> personStarts = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            int size = sentences.get(s).size();
            boolean[] name = new boolean[size];
            boolean[] ofPerson = new boolean[size];
            boolean[] starts = new boolean[size];
            for (Article.Named n : named.get(s)) {
                Arrays.fill(name, n.first(), n.last() + 1, true);
                if (person.test(n.entity())) {
                    Arrays.fill(ofPerson, n.first(), n.last() + 1, true);
                    starts[n.first()] = true;
                }
            }
            inName.add(name);
            inPerson.add(ofPerson);
            personStarts.add(starts);
        }
        Map<String, Set<Integer>> holders = holders(sentences, named, person, inPerson);
        List<Role> roles = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (int i = 1; i < tokens.size(); i++) {
                if (!OPENERS.contains(lower(tokens.get(i - 1))) || !capitalised(tokens.get(i)) || inName.get(s)[i]) {
                    continue;
                }
                Role role = longest(s, tokens, i, inPerson.get(s), personStarts.get(s), holders);
                if (role != null) {
                    roles.add(role);
                    i = role.last();
                }
            }
        }
        return roles;
    }

    /** The longest role phrase from {@code first} that one person holds, unless a name follows it or it holds one. */
    private Role longest(int s, List<Token> tokens, int first, boolean[] inPerson, boolean[] personStarts,
            Map<String, Set<Integer>> holders) {
        for (int last = Math.min(tokens.size() - 1, first + LONGEST - 1); last >= first; last--) {
            Set<Integer> who = holdersOf(key(tokens, first, last), holders);
            if (who == null || who.size() != 1 || !capitalised(tokens.get(last))) {
                continue;
            }
            boolean followedByName = last + 1 < tokens.size() && personStarts[last + 1];
            boolean holdsPerson = false;
            for (int i = first; i <= last; i++) {
                holdsPerson |= inPerson[i];
            }
            int holder = who.iterator().next();
            boolean otherwiseQualified = qualified(tokens, last) && holdsQualified(key(tokens, first, last), holder, holders);
            return followedByName || holdsPerson || otherwiseQualified ? null : new Role(s, first, last, holder);
        }
        return null;
    }

    /**
     * Whether the role phrase ending at {@code last} goes on with "of" or "for" and a capitalised word
     * ("the President of Russia"): it names the title with that qualifier, which no one of the article
     * was introduced with, else the longer phrase would have been found.
     */
    private static boolean qualified(List<Token> tokens, int last) {
        int at = last + 1;
        if (at >= tokens.size() || !(lower(tokens.get(at)).equals("of") || lower(tokens.get(at)).equals("for"))) {
            return false;
        }
        at++;
        if (at < tokens.size() && lower(tokens.get(at)).equals("the")) {
            at++;
        }
        return at < tokens.size() && capitalised(tokens.get(at));
    }

    /**
     * Whether the person was introduced with this title qualified ("President of Freedonia X"): then
     * the title qualified otherwise ("the President of Lusitania") is someone else's; a person
     * introduced with the bare title ("President X") may still be meant.
     */
    private static boolean holdsQualified(String title, int person, Map<String, Set<Integer>> holders) {
        return holders.entrySet().stream().anyMatch(h -> h.getValue().contains(person)
                && (h.getKey().startsWith(title + " of ") || h.getKey().startsWith(title + " for ")));
    }

    /** Who holds the title a key names: the key itself, else any title it stands for; null for nobody. */
    private Set<Integer> holdersOf(String key, Map<String, Set<Integer>> holders) {
        Set<Integer> who = holders.get(key);
        if (who != null || !standIns.containsKey(key)) {
            return who;
        }
        Set<Integer> any = new HashSet<>();
        standIns.get(key).forEach(title -> any.addAll(holders.getOrDefault(title, Set.of())));
        return any.isEmpty() ? null : any;
    }

    /**
     * The titles people are introduced with, each with who holds it: the capitalised words right
     * before a person's name (with "of", "for" and "the" between them), in full ("president of
     * freedonia") and up to its first "of" or "for" ("president").
     */
    private static Map<String, Set<Integer>> holders(List<List<Token>> sentences, List<List<Article.Named>> named,
            IntPredicate person, List<boolean[]> inPerson) {
        Map<String, Set<Integer>> holders = new HashMap<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> tokens = sentences.get(s);
            for (Article.Named n : named.get(s)) {
                if (!person.test(n.entity())) {
                    continue;
                }
                int first = titleStart(tokens, n.first(), inPerson.get(s));
                if (first < n.first()) {
                    String full = key(tokens, first, n.first() - 1);
                    holders.computeIfAbsent(full, k -> new HashSet<>()).add(n.entity());
                    String head = head(full);
                    if (!head.equals(full)) {
                        holders.computeIfAbsent(head, k -> new HashSet<>()).add(n.entity());
                    }
                }
            }
        }
        return holders;
    }

    /** Where the title before a name starts: capitalised words and links back from it, no other person's name. */
    private static int titleStart(List<Token> tokens, int name, boolean[] inPerson) {
        int first = name;
        for (int i = name - 1; i >= 0 && name - i <= LONGEST; i--) {
            if (inPerson[i] || !(capitalised(tokens.get(i)) || LINKS.contains(lower(tokens.get(i))))) {
                break;
            }
            first = i;
        }
        while (first < name && LINKS.contains(lower(tokens.get(first)))) {
            first++;
        }
        return first;
    }

    /** The words of a title up to its first "of" or "for": "president of freedonia" is a "president". */
    private static String head(String title) {
        String[] words = title.split(" ");
        StringBuilder head = new StringBuilder();
        for (String w : words) {
            if (w.equals("of") || w.equals("for")) {
                break;
            }
            head.append(head.length() == 0 ? "" : " ").append(w);
        }
        return head.toString();
    }

    /** Lower-case words of tokens first..last, "the" left out. */
    private static String key(List<Token> tokens, int first, int last) {
        StringBuilder key = new StringBuilder();
        for (int i = first; i <= last; i++) {
            String w = lower(tokens.get(i));
            if (!w.equals("the")) {
                key.append(key.length() == 0 ? "" : " ").append(w);
            }
        }
        return key.toString();
    }

    private static boolean capitalised(Token token) {
        String text = token.text();
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0)) && text.chars().allMatch(Character::isLetter);
    }

    private static String lower(Token token) {
        return token.text().toLowerCase(Locale.ROOT);
    }
}
