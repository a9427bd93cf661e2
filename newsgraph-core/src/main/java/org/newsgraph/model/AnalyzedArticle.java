package org.newsgraph.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An article with the outcome of its analysis: what the store keeps and the export shows.
 *
 * @param contentHash hex SHA-256 of the input content (title and body), the article's key
 *                    together with the source key
 * @param duplicateOf the store id of the article this one copies, for status DUPLICATE
 * @param error       why the article failed, for status FAILED
 * @param notes       what a reader should know of how the article was analysed, such as a
 *                    language the NLP cannot read (the article is then kept, not analysed)
 * @param quotes      what the article reports its people said, in text order; speakers index
 *                    {@code entities}
 * @param claims      the quantities the article states; their claimants index {@code entities}
 * @param events      what happened, as the article tells it: its main event first; participants and
 *                    locations index {@code entities}
 */
public record AnalyzedArticle(
        ArticleSource source,
        String contentHash,
        ArticleStatus status,
        String error,
        Long duplicateOf,
        String text,
        List<Removed> removed,
        List<LocalEntity> entities,
        List<Timex> timexes,
        int tokenCount,
        List<String> notes,
        List<Quote> quotes,
        List<Claim> claims,
        List<Event> events) {

    public AnalyzedArticle {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(status, "status");
        if (status == ArticleStatus.REJECTED) {
            throw new IllegalArgumentException("rejected inputs are Rejections, not articles");
        }
        text = text == null ? "" : text;
        removed = List.copyOf(removed);
        entities = List.copyOf(entities);
        timexes = List.copyOf(timexes);
        notes = List.copyOf(notes);
        quotes = List.copyOf(quotes);
        claims = List.copyOf(claims);
        events = List.copyOf(events);
    }

    /** An article without events, as stored before they were read. */
    public AnalyzedArticle(ArticleSource source, String contentHash, ArticleStatus status, String error,
            Long duplicateOf, String text, List<Removed> removed, List<LocalEntity> entities, List<Timex> timexes,
            int tokenCount, List<String> notes, List<Quote> quotes, List<Claim> claims) {
        this(source, contentHash, status, error, duplicateOf, text, removed, entities, timexes, tokenCount, notes,
                quotes, claims, List.of());
    }

    /** The same article with another publication date, as one inferred from its cluster. */
    public AnalyzedArticle withPublished(PublicationDate published) {
        return new AnalyzedArticle(source.withMetadata(source.url(), published, source.language()), contentHash,
                status, error, duplicateOf, text, removed, entities, timexes, tokenCount, notes, quotes, claims, events);
    }

    /** The article's main event, if it has one. */
    public Optional<Event> mainEvent() {
        return events.stream().filter(e -> e.salience() == EventSalience.MAIN).findFirst();
    }

    /** An article without quotes or claims, as stored before they were read. */
    public AnalyzedArticle(ArticleSource source, String contentHash, ArticleStatus status, String error,
            Long duplicateOf, String text, List<Removed> removed, List<LocalEntity> entities, List<Timex> timexes,
            int tokenCount, List<String> notes) {
        this(source, contentHash, status, error, duplicateOf, text, removed, entities, timexes, tokenCount, notes,
                List.of(), List.of());
    }

    /** An article with nothing noted about its analysis. */
    public AnalyzedArticle(ArticleSource source, String contentHash, ArticleStatus status, String error,
            Long duplicateOf, String text, List<Removed> removed, List<LocalEntity> entities, List<Timex> timexes,
            int tokenCount) {
        this(source, contentHash, status, error, duplicateOf, text, removed, entities, timexes, tokenCount, List.of(),
                List.of(), List.of());
    }

    public static AnalyzedArticle failed(ArticleSource source, String contentHash, String error) {
        return new AnalyzedArticle(source, contentHash, ArticleStatus.FAILED, error, null, "",
                List.of(), List.of(), List.of(), 0);
    }

    public static AnalyzedArticle duplicate(ArticleSource source, String contentHash, long original) {
        return new AnalyzedArticle(source, contentHash, ArticleStatus.DUPLICATE, null, original, "",
                List.of(), List.of(), List.of(), 0);
    }
}
