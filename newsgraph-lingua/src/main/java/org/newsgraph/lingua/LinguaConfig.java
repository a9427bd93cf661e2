package org.newsgraph.lingua;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import java.util.Locale;
import java.util.Set;

/**
 * Which languages Lingua chooses among, and how hard it looks. Fewer languages are faster and
 * make fewer mistakes between close ones; an article in a language left out is told as the
 * nearest one in the set, or as unknown.
 *
 * @param languages    ISO 639-1 codes
 * @param lowAccuracy  Lingua's fast mode, which reads trigrams only: reliable on texts of a
 *                     sentence or more, which news articles are
 */
public record LinguaConfig(Set<String> languages, boolean lowAccuracy) {

    public LinguaConfig {
        languages = Set.copyOf(languages.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList());
        if (languages.size() < 2) {
            throw new IllegalArgumentException("Lingua needs at least two languages to choose among: " + languages);
        }
        languages.forEach(LinguaConfig::isoCode);
    }

    /** The Lingua code of an ISO 639-1 code, or an exception naming the code Lingua does not know. */
    static IsoCode639_1 isoCode(String code) {
        try {
            return IsoCode639_1.valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Lingua knows no language with ISO 639-1 code '" + code + "'", e);
        }
    }

    /** The languages most news is published in, in fast mode. */
    public static LinguaConfig defaults() {
        return new LinguaConfig(Set.of("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "tr", "ar", "zh",
                "ja", "id"), true);
    }
}
