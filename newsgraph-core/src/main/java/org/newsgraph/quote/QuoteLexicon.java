package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.newsgraph.model.EntityType;
import org.newsgraph.lexicon.SpeechWords;
import org.newsgraph.pipeline.DataFile;

/**
 * The words and patterns quotes are found and attributed by, read from the data files of one
 * language folder (see {@code english/}): quotation marks, the cues of terms, role synonyms and
 * the author lines of embedded posts; and the {@link SpeechWords} the claim stage reads too
 * (speech verbs, pronouns, "according to").
 *
 * @param speechVerbs  lemmas of verbs that report speech
 * @param clauseVerbs  the speech verbs whose clause may follow without "that"
 * @param pronouns     pronouns that may name a speaker, with the type of entity they stand for
 * @param firstPerson  pronouns by which a quote's speaker names themself ("I", "we")
 * @param organisationNouns common nouns standing for an organisation named before ("the company")
 * @param auxiliaries  lemmas allowed between a subject and its verb besides adverbs and modals
 * @param clauseOpeners words tagged as prepositions that open a clause ("that", "because")
 * @param quoteMarks   the characters that open and close a quote
 * @param termCues     words that, before quotation marks, announce a term
 * @param according    attribution phrases whose noun phrase follows them, as word lists
 * @param roleGroups   for a role, every role naming the same office (itself included)
 * @param postSignature the author line of an embedded post
 */
public record QuoteLexicon(Set<String> speechVerbs, Set<String> clauseVerbs, Map<String, EntityType> pronouns,
        Set<String> firstPerson, Set<String> organisationNouns, Set<String> auxiliaries, Set<String> clauseOpeners, Set<Character> quoteMarks, Set<String> termCues, List<List<String>> according,
        Map<String, Set<String>> roleGroups, Pattern postSignature) {

    private static final String FOLDER = "english/";

    public QuoteLexicon {
        speechVerbs = Set.copyOf(speechVerbs);
        clauseVerbs = Set.copyOf(clauseVerbs);
        pronouns = Map.copyOf(pronouns);
        firstPerson = Set.copyOf(firstPerson);
        organisationNouns = Set.copyOf(organisationNouns);
        auxiliaries = Set.copyOf(auxiliaries);
        clauseOpeners = Set.copyOf(clauseOpeners);
        quoteMarks = Set.copyOf(quoteMarks);
        termCues = Set.copyOf(termCues);
        according = according.stream().map(List::copyOf).toList();
        roleGroups = Map.copyOf(roleGroups);
    }

    /** The English lexicon, read from the data files; a fault names its file and line. */
    public static QuoteLexicon english() {
        Set<String> speech = SpeechWords.verbs();
        Set<String> clause = words("clause-verbs.txt");
        for (String verb : clause) {
            if (!speech.contains(verb)) {
                throw DataFile.fault(FOLDER + "clause-verbs.txt", 0, "'" + verb + "' is not a speech verb of lexicon/english/speech-verbs.txt");
            }
        }
        return new QuoteLexicon(speech, clause, SpeechWords.pronouns(), words("first-person.txt"),
                words("organisation-nouns.txt"), words("auxiliaries.txt"), words("clause-openers.txt"), marks(), words("term-cues.txt"),
                SpeechWords.attributionPhrases(), readRoleGroups(), readPostSignature());
    }

    private static Set<String> words(String file) {
        Set<String> words = new HashSet<>();
        DataFile.read(QuoteLexicon.class, FOLDER + file, (line, entry) -> words.add(entry.strip().toLowerCase(Locale.ROOT)));
        return words;
    }

    private static Set<Character> marks() {
        String file = FOLDER + "quote-marks.txt";
        Set<Character> marks = new HashSet<>();
        DataFile.read(QuoteLexicon.class, file, (line, entry) -> {
            String[] f = entry.strip().split("\\s+");
            if (f.length != 2 || f[0].length() != 1 || !Set.of("open", "close", "either").contains(f[1])) {
                throw DataFile.fault(file, line, "expected 'mark open|close|either', got '" + entry + "'");
            }
            marks.add(f[0].charAt(0));
        });
        return marks;
    }

    private static Map<String, Set<String>> readRoleGroups() {
        Map<String, Set<String>> groups = new HashMap<>();
        DataFile.read(QuoteLexicon.class, FOLDER + "role-synonyms.txt", (line, entry) -> {
            Set<String> group = new HashSet<>();
            for (String role : entry.split(",")) {
                group.add(role.strip().toLowerCase(Locale.ROOT));
            }
            group.forEach(role -> groups.computeIfAbsent(role, r -> new HashSet<>()).addAll(group));
        });
        groups.replaceAll((role, group) -> Set.copyOf(group));
        return groups;
    }

    private static Pattern readPostSignature() {
        String file = FOLDER + "post-signatures.txt";
        List<Pattern> patterns = new ArrayList<>();
        DataFile.read(QuoteLexicon.class, file, (line, entry) -> {
            try {
                Pattern p = Pattern.compile(entry.strip());
                if (!p.pattern().contains("(?<name>") || !p.pattern().contains("(?<handle>")) {
                    throw DataFile.fault(file, line, "the pattern needs the groups name and handle");
                }
                patterns.add(p);
            } catch (PatternSyntaxException e) {
                throw DataFile.fault(file, line, "bad pattern: " + e.getDescription());
            }
        });
        if (patterns.size() != 1) {
            throw DataFile.fault(file, 0, "expected one pattern, found " + patterns.size());
        }
        return patterns.get(0);
    }

    /** Whether a lemma reports speech. */
    boolean speech(String lemma) {
        return speechVerbs.contains(lemma.toLowerCase(Locale.ROOT));
    }
}
