package org.newsgraph.clean;

import java.util.List;
import org.newsgraph.model.Basis;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

/** Runs the cleaner on texts written in the tests, as if read from a {@code .txt} file. */
final class Cleaning {

    static final CleanRules ENGLISH = CleanRules.english();
    static final BoilerplateCleaner CLEANER = new BoilerplateCleaner(ENGLISH, CleanerConfig.defaults());

    private Cleaning() {}

    /** A normalised text with its title, as the cleaner receives it. */
    static Document text(String title, String text) {
        return text(new ArticleSource("a.txt", "a.txt", SourceFormat.TEXT, title, text, null, null, Basis.NONE,
                PublicationDate.none(), null), text);
    }

    static Document text(ArticleSource source, String text) {
        return Document.of(source).withText(text, List.of(), Facet.TEXT);
    }

    static Document clean(String title, String text) {
        return CLEANER.apply(text(title, text));
    }

    /** The cleaned text of an untitled article. */
    static String cleaned(String text) {
        return clean(null, text).text();
    }

    static String paragraphs(String... lines) {
        return String.join("\n\n", lines);
    }
}
