package org.newsgraph.normalize;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Puts the raw text into the one form every offset refers to: Unicode NFC, one line per line,
 * single spaces, a blank line between paragraphs. Quotes, apostrophes and dashes are kept as
 * they are: outlets differ in them and later stages read them.
 */
public final class TextNormalizer implements Stage {

    private static final Pattern LINE_BREAKS = Pattern.compile("\\r\\n?|[\\u2028\\u2029\\u0085\\u000B\\u000C]");
    /** Zero-width characters and soft hyphens carry no text but split words apart. */
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\u2060\\uFEFF\\u00AD]");
    /** Control characters other than the line break, and lone surrogates, which no tool can read. */
    private static final Pattern UNREADABLE = Pattern.compile(
            "[\\p{Cc}&&[^\\n\\t]]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\p{Zs}]+");
    private static final Pattern SPACE_AROUND_BREAK = Pattern.compile(" ?\\n ?");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{2,}");

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.RAW_TEXT);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.TEXT);
    }

    @Override
    public Document apply(Document document) {
        return document.withText(normalize(document.text()), document.removed(), Facet.TEXT);
    }

    /** The normal form of a text; normalising it again changes nothing. */
    public static String normalize(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        text = LINE_BREAKS.matcher(text).replaceAll("\n");
        text = INVISIBLE.matcher(text).replaceAll("");
        text = UNREADABLE.matcher(text).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" ");
        text = SPACE_AROUND_BREAK.matcher(text).replaceAll("\n");
        text = BLANK_LINES.matcher(text).replaceAll("\n\n");
        return text.strip();
    }
}
