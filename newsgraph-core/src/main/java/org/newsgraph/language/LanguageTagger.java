package org.newsgraph.language;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Gives each article its language: the one its metadata states, else the one the identifier
 * finds in its text. An article whose language stays unknown keeps a null language.
 */
public final class LanguageTagger implements Stage {

    private final LanguageIdentifier identifier;

    public LanguageTagger(LanguageIdentifier identifier) {
        this.identifier = identifier;
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.CLEAN_TEXT);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.LANGUAGE);
    }

    @Override
    public Document apply(Document document) {
        String stated = document.source().language();
        String language = stated != null && !stated.isBlank()
                ? primarySubtag(stated)
                : identifier.identify(document.text()).orElse(null);
        return document.withLanguage(language);
    }

    /** "en-GB" and "EN_us" are English: the pipeline works with primary language subtags. */
    static String primarySubtag(String tag) {
        return tag.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    /** An identifier that never knows, for pipelines that do without identification. */
    public static LanguageIdentifier unknown() {
        return text -> Optional.empty();
    }
}
