package org.newsgraph.store.sqlite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.Claim;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Removed;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;

/** Articles for the store's tests, with spans computed from their text so they are always right. */
final class SampleArticles {

    /** Curly quotes, an emoji (two UTF-16 units), a Polish name and Japanese, so spans and encodings are exercised. */
    static final String RICH_TEXT = "“We will not wait,” Zelensky told NATO in Vilnius on Thursday 🚀. "
            + "Ana Łukasiewicz (日本) said ‘next year’ and one day. Łukasiewicz left. It cost €1.5bn, or 10-20 tanks.";

    private SampleArticles() {}

    /** An OK article with every part filled: entities with several mentions and roles, timexes, removed pieces, a date. */
    static AnalyzedArticle rich(String sourceKey) {
        String t = RICH_TEXT;
        ArticleSource source = new ArticleSource("nato.html", sourceKey, SourceFormat.HTML,
                "“NATO” summit — day two 🚀", "<html><body><p>" + t + "</p>" + "x".repeat(10_000) + "</body></html>",
                "https://example.org/nato?day=2&lang=en", "Kyiv Independent", Basis.METADATA,
                new PublicationDate("2023-07-13T09:30:00+02:00", Basis.METADATA, 0.95), "en");
        List<LocalEntity> entities = List.of(
                entity("Zelensky", EntityType.PERSON, mention(t, "Zelensky", 0))
                        .with(List.of(mention(t, "Zelensky", 0)), List.of("president", "ukrainian leader")),
                entity("NATO", EntityType.ORGANIZATION, mention(t, "NATO", 0)),
                entity("Vilnius", EntityType.LOCATION, mention(t, "Vilnius", 0)),
                entity("Ana Łukasiewicz", EntityType.PERSON,
                        mention(t, "Ana Łukasiewicz", 0), mention(t, "Łukasiewicz", t.indexOf("said"))));
        List<Timex> timexes = List.of(
                timex(t, "Thursday", "2023-07-13"), timex(t, "next year", "2024"), timex(t, "one day", null));
        List<Removed> removed = List.of(
                new Removed("Advertisement 📣", "boilerplate"),
                new Removed("Read more: “Summit” …", "boilerplate"),
                new Removed("© 2023 ‘Outlet’", "footer"));
        List<Claim> claims = List.of(
                new Claim(span(t, "€1.5bn"), "€1.5bn", 1.5e9, null, "EUR", null, 3, "Łukasiewicz", "aid to 日本"),
                new Claim(span(t, "10-20 tanks"), "10-20 tanks", 10, 20.0, "tanks", "about", Claim.NO_CLAIMANT, null, null));
        List<Quote> quotes = List.of(
                quote(t, "We will not wait", true, 0, "Zelensky", "tell"),
                quote(t, "next year’ and one day", false, 3, "Ana Łukasiewicz", "say"),
                new Quote(span(t, "Łukasiewicz left"), "Łukasiewicz left", true, -1, null, null, null, null));
        List<Event> events = List.of(
                new Event("summit", "04", EventSalience.MAIN, "Summit in Vilnius", span(t, "told"),
                        List.of(span(t, "“We will not wait,” Zelensky told NATO in Vilnius on Thursday 🚀.")), List.of(0, 1), 2,
                        new EventDate("2023-07-13", Basis.TEXT, 0.9)),
                new Event("launch", null, EventSalience.MENTIONED, "Łukasiewicz launches", span(t, "said"),
                        List.of(span(t, "Ana Łukasiewicz (日本) said ‘next year’ and one day."), span(t, "Łukasiewicz left.")),
                        List.of(3), Event.NO_LOCATION, new EventDate("XXXX-04-20", Basis.TEXT, 0.6)),
                new Event("fire", null, EventSalience.REPORTED, "Fire", span(t, "cost"), List.of(span(t, "It cost €1.5bn")),
                        List.of(), Event.NO_LOCATION, EventDate.none("timed without a day (\"next year\")")));
        return new AnalyzedArticle(source, hash(t), ArticleStatus.OK, null, null, t, removed, entities, timexes, 31,
                List.of(), quotes, claims, events);
    }

    private static Quote quote(String t, String words, boolean direct, int speaker, String speakerText, String cue) {
        String cueWord = cue.equals("tell") ? "told" : "said";
        return new Quote(span(t, words), words, direct, speaker, speakerText, span(t, speakerText), cue, span(t, cueWord));
    }

    /** An OK article with no publication date, no optional metadata and no parts. */
    static AnalyzedArticle bare(String sourceKey, String text) {
        ArticleSource source = new ArticleSource(sourceKey, sourceKey, SourceFormat.TEXT, null, text,
                null, null, Basis.NONE, PublicationDate.none(), null);
        return new AnalyzedArticle(source, hash(text), ArticleStatus.OK, null, null, text,
                List.of(), List.of(), List.of(), 3);
    }

    /** The i-th of a series of small, distinct articles with one part of each kind. */
    static AnalyzedArticle numbered(int i) {
        String t = "Article " + i + " mentions Kyiv on 1 May 2024.";
        ArticleSource source = new ArticleSource("series.jsonl", "series.jsonl#" + i, SourceFormat.TEXT,
                "Number " + i, t, null, "Wire", Basis.METADATA, new PublicationDate("2024-05-01", Basis.TEXT, 0.5), "en");
        return new AnalyzedArticle(source, hash(t), ArticleStatus.OK, null, null, t,
                List.of(new Removed("Share this", "boilerplate")),
                List.of(entity("Kyiv", EntityType.LOCATION, mention(t, "Kyiv", 0))),
                List.of(timex(t, "1 May 2024", "2024-05-01")), 9);
    }

    static AnalyzedArticle failed(String sourceKey, String content) {
        return AnalyzedArticle.failed(source(sourceKey, content), hash(content), "annotator ran out of memory");
    }

    static AnalyzedArticle duplicate(String sourceKey, String content, long original) {
        return AnalyzedArticle.duplicate(source(sourceKey, content), hash(content), original);
    }

    /** The article as the store gives it back: everything but the raw body, which it does not keep. */
    static AnalyzedArticle asStored(AnalyzedArticle a) {
        return new AnalyzedArticle(a.source().withBody(a.source().format(), ""), a.contentHash(), a.status(),
                a.error(), a.duplicateOf(), a.text(), a.removed(), a.entities(), a.timexes(), a.tokenCount(), a.notes(),
                a.quotes(), a.claims(), a.events());
    }

    /** The same article with one entity whose mention breaks the schema, so saving it fails midway. */
    static AnalyzedArticle withMention(AnalyzedArticle a, Mention bad) {
        List<LocalEntity> entities = new ArrayList<>(a.entities());
        entities.add(entity("Broken", EntityType.MISC, bad));
        return new AnalyzedArticle(a.source(), a.contentHash(), a.status(), a.error(), a.duplicateOf(), a.text(),
                a.removed(), entities, a.timexes(), a.tokenCount(), a.notes(), a.quotes(), a.claims(), a.events());
    }

    private static Span span(String text, String part) {
        int at = text.indexOf(part);
        return new Span(at, at + part.length());
    }

    static String hash(String content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static ArticleSource source(String sourceKey, String content) {
        return new ArticleSource(sourceKey, sourceKey, SourceFormat.TEXT, "Title", content, null, null, Basis.NONE,
                PublicationDate.none(), "en");
    }

    private static LocalEntity entity(String name, EntityType type, Mention... mentions) {
        return new LocalEntity(name, type, List.of(mentions));
    }

    private static Mention mention(String text, String surface, int from) {
        int start = text.indexOf(surface, from);
        if (start < 0) {
            throw new IllegalArgumentException(surface + " not in text after " + from);
        }
        return new Mention(new Span(start, start + surface.length()), surface);
    }

    private static Timex timex(String text, String surface, String value) {
        Mention m = mention(text, surface, 0);
        return new Timex(m.span(), surface, "DATE", value);
    }
}
