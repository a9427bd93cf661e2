package org.newsgraph.app.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The export, version 1, field for field as CONTRACT.md gives it, and the fields added to it
 * ({@code entity_merges}, {@code article_count}, a claim's {@code upper}, {@code claimant_text},
 * the speaker's and cue's place in a quote, an event's {@code cameo}, {@code salience} and
 * {@code cluster}, the {@code note} of an event's missing date, {@code cluster_history} and
 * {@code event_merges}).
 */
@JsonPropertyOrder({"version", "articles", "entities", "timexes", "events", "clusters", "stories", "quotes", "claims",
    "entity_merges", "cluster_history", "event_merges"})
public record ExportDocument(
        int version,
        List<Article> articles,
        List<Entity> entities,
        List<Timex> timexes,
        List<Event> events,
        List<List<String>> clusters,
        List<Story> stories,
        List<Quote> quotes,
        List<Claim> claims,
        @JsonProperty("entity_merges") List<Merge> entityMerges,
        @JsonProperty("cluster_history") List<ClusterHistory> clusterHistory,
        @JsonProperty("event_merges") List<Merge> eventMerges) {

    public static final int VERSION = 1;

    /** An export in which no event id was retired. */
    public ExportDocument(int version, List<Article> articles, List<Entity> entities, List<Timex> timexes,
            List<Event> events, List<List<String>> clusters, List<Story> stories, List<Quote> quotes, List<Claim> claims,
            List<Merge> entityMerges, List<ClusterHistory> clusterHistory) {
        this(version, articles, entities, timexes, events, clusters, stories, quotes, claims, entityMerges,
                clusterHistory, List.of());
    }

    /** An export without cluster history: no cluster was ever merged or split. */
    public ExportDocument(int version, List<Article> articles, List<Entity> entities, List<Timex> timexes,
            List<Event> events, List<List<String>> clusters, List<Story> stories, List<Quote> quotes, List<Claim> claims,
            List<Merge> entityMerges) {
        this(version, articles, entities, timexes, events, clusters, stories, quotes, claims, entityMerges, List.of());
    }

    /**
     * One merge or split of event clusters (docs/export.md): a merge's {@code before} is the kept
     * (older) id and the ended one, its {@code after} the kept one; a split's {@code before} is the
     * cluster split, its {@code after} that id (the larger part) and the new one; {@code articles}
     * are those that moved; {@code score} the average-linkage probability between the two parts.
     */
    @JsonPropertyOrder({"seq", "at", "kind", "before", "after", "articles", "score", "reason"})
    public record ClusterHistory(long seq, String at, String kind, List<String> before, List<String> after,
            List<String> articles, double score, String reason) {}

    @JsonPropertyOrder({"id", "file", "title", "outlet", "outlet_basis", "url", "language", "published", "status", "error",
        "duplicate_of", "text", "removed", "notes"})
    public record Article(
            String id,
            String file,
            String title,
            String outlet,
            @JsonProperty("outlet_basis") String outletBasis,
            String url,
            String language,
            Published published,
            String status,
            String error,
            @JsonProperty("duplicate_of") String duplicateOf,
            String text,
            List<Removed> removed,
            List<String> notes) {}

    @JsonPropertyOrder({"date", "basis", "confidence"})
    public record Published(String date, String basis, double confidence) {}

    public record Removed(String text, String reason) {}

    @JsonPropertyOrder({"id", "name", "type", "aliases", "article_count", "mentions", "place"})
    public record Entity(String id, String name, String type, List<String> aliases,
            @JsonProperty("article_count") int articleCount, List<Mention> mentions, Place place) {}

    /**
     * An id retired: an entity's because it proved to be one with an older one; an event's because
     * its reports tell an older event of its cluster, or a recluster moved them to another cluster.
     */
    @JsonPropertyOrder({"merged", "into", "reason"})
    public record Merge(String merged, String into, String reason) {}

    /** A place of the GeoNames gazetteer; countries have no coordinates (null). */
    @JsonPropertyOrder({"geonames_id", "name", "country", "latitude", "longitude", "population"})
    public record Place(
            @JsonProperty("geonames_id") long geonamesId,
            String name,
            String country,
            Double latitude,
            Double longitude,
            long population) {}

    @JsonPropertyOrder({"article", "start", "end", "text"})
    public record Mention(String article, int start, int end, String text) {}

    /**
     * An event across the corpus: a cluster's main event ({@code v} + cluster id) or another event
     * its articles report or mention ({@code v} + cluster id + {@code .} + number). {@code location}
     * and {@code participants} are entity ids; {@code articles} every article that reports it,
     * copies included; {@code cluster} the event cluster it belongs to ({@code c} + id).
     */
    @JsonPropertyOrder({"id", "type", "cameo", "salience", "title", "date", "location", "participants", "articles",
        "evidence", "cluster"})
    public record Event(String id, String type, String cameo, String salience, String title, EventDate date,
            String location, List<String> participants, List<String> articles, List<Evidence> evidence,
            String cluster) {

        /** The same event with another date (or the same with a note). */
        public Event withDate(EventDate newDate) {
            return new Event(id, type, cameo, salience, title, newDate, location, participants, articles, evidence, cluster);
        }
    }

    /**
     * When an event happened: a TimeML day, month or year, null with basis {@code none}; then
     * {@code note} may say why, in words a user reads (added to version 1, left out when there is
     * none, and null when read from an export without it).
     */
    @JsonPropertyOrder({"value", "basis", "confidence", "note"})
    public record EventDate(String value, String basis, double confidence,
            @JsonInclude(JsonInclude.Include.NON_NULL) String note) {

        /** A date, or none that says nothing of why. */
        public EventDate(String value, String basis, double confidence) {
            this(value, basis, confidence, null);
        }
    }

    /** A sentence that tells an event, in one article. */
    @JsonPropertyOrder({"article", "start", "end"})
    public record Evidence(String article, int start, int end) {}

    /** A thread of events, {@code events} in date order (the undated last). */
    @JsonPropertyOrder({"id", "title", "events"})
    public record Story(String id, String title, List<String> events) {}

    /**
     * A quote: {@code speaker} the corpus entity id (null when the article names no entity as
     * speaker), {@code speaker_text} the words naming the speaker at the cue, {@code cue} the
     * reporting word's lemma, {@code event} the id of the event whose evidence sentence holds it, else
     * of its article's cluster event, else null.
     */
    @JsonPropertyOrder({"article", "start", "end", "text", "direct", "speaker", "speaker_text", "speaker_start",
        "speaker_end", "cue", "event"})
    public record Quote(String article, int start, int end, String text, boolean direct, String speaker,
            @JsonProperty("speaker_text") String speakerText, @JsonProperty("speaker_start") Integer speakerStart,
            @JsonProperty("speaker_end") Integer speakerEnd, String cue, String event) {}

    @JsonPropertyOrder({"article", "start", "end", "text", "type", "value"})
    public record Timex(String article, int start, int end, String text, String type, String value) {}

    /**
     * A quantity an article states. {@code value} is the number with its scale applied, written as
     * an integer when it is one; {@code upper} closes a range; {@code claimant} is an entity id or
     * null, and {@code claimant_text} the words naming the claimant, or the outlet's name when the
     * sentence names no speaker.
     */
    @JsonPropertyOrder({"article", "start", "end", "text", "value", "upper", "unit", "qualifier", "claimant",
        "claimant_text", "subject"})
    public record Claim(String article, int start, int end, String text, Number value, Number upper, String unit,
            String qualifier, String claimant, @JsonProperty("claimant_text") String claimantText, String subject) {}
}
