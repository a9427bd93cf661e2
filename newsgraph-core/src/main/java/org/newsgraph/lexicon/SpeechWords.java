package org.newsgraph.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.EntityType;
import org.newsgraph.pipeline.DataFile;

/**
 * The words that say who speaks, read from {@code english/}: the verbs that report speech, the
 * pronouns that may name a speaker, and the phrases that attribute words to the noun phrase after
 * them ("according to"). The quote stage finds speakers with them; the claim stage reads them for
 * a quantity that no quote holds.
 */
public final class SpeechWords {

    private static final String FOLDER = "english/";

    private SpeechWords() {}

    /** Lemmas of the verbs that report speech, lower case ("say", "tell", "estimate"). */
    public static Set<String> verbs() {
        String file = FOLDER + "speech-verbs.txt";
        Set<String> verbs = new LinkedHashSet<>();
        DataFile.read(SpeechWords.class, file, (line, entry) -> {
            String verb = entry.strip().toLowerCase(Locale.ROOT);
            if (verb.chars().anyMatch(Character::isWhitespace) || !verbs.add(verb)) {
                throw DataFile.fault(file, line, "expected one verb, given once, got '" + entry + "'");
            }
        });
        return Set.copyOf(verbs);
    }

    /** Each pronoun that may name a speaker, lower case, to whom it stands for: a PERSON or an ORGANIZATION. */
    public static Map<String, EntityType> pronouns() {
        String file = FOLDER + "pronouns.txt";
        Map<String, EntityType> pronouns = new HashMap<>();
        DataFile.read(SpeechWords.class, file, (line, entry) -> {
            String[] f = entry.strip().split("\\s+");
            if (f.length != 2 || !(f[1].equals("person") || f[1].equals("group"))) {
                throw DataFile.fault(file, line, "expected 'pronoun person|group', got '" + entry + "'");
            }
            pronouns.put(f[0].toLowerCase(Locale.ROOT), f[1].equals("person") ? EntityType.PERSON : EntityType.ORGANIZATION);
        });
        return Map.copyOf(pronouns);
    }

    /** The attribution phrases ("according to"), each as its lower-case words. */
    public static List<List<String>> attributionPhrases() {
        List<List<String>> phrases = new ArrayList<>();
        DataFile.read(SpeechWords.class, FOLDER + "attribution-phrases.txt",
                (line, entry) -> phrases.add(List.of(entry.strip().toLowerCase(Locale.ROOT).split(" +"))));
        return List.copyOf(phrases);
    }
}
