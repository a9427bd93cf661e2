package org.newsgraph.lingua;

import com.github.pemistahl.lingua.api.IsoCode639_1;
import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.language.LanguageIdentifier;

/** Identifies the language of a text with Lingua, among the configured languages. */
public final class LinguaLanguageIdentifier implements LanguageIdentifier {

    /** Lingua reads every character it is given; the first pages of an article tell its language. */
    private static final int ENOUGH_CHARS = 4_000;

    private final LanguageDetector detector;

    public LinguaLanguageIdentifier(LinguaConfig config) {
        LanguageDetectorBuilder builder = LanguageDetectorBuilder.fromIsoCodes639_1(
                config.languages().stream().map(LinguaConfig::isoCode).toArray(IsoCode639_1[]::new));
        this.detector = (config.lowAccuracy() ? builder.withLowAccuracyMode() : builder).build();
    }

    @Override
    public Optional<String> identify(String text) {
        Language language = detector.detectLanguageOf(text.length() > ENOUGH_CHARS ? text.substring(0, ENOUGH_CHARS) : text);
        return language == Language.UNKNOWN
                ? Optional.empty()
                : Optional.of(language.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }
}
