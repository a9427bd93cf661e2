package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EventId;
import org.newsgraph.model.EventMerge;
import org.newsgraph.model.Story;

/**
 * The corpus events and the stories they form, kept beside the clusters and entities they are made
 * of, so that reads query them instead of merging and threading again. Each cluster's events are
 * stored with what they were merged from and the version of the merging rules; the stories with
 * the version of the threading rules. An update is one transaction.
 *
 * <p>Event ids last ({@link EventIdRules}): an event keeps its number in its cluster while it
 * stands, a number once given in a cluster is never given to another event there, and an id
 * retired is kept with the id its reports went to ({@link #eventMerges}).
 */
public interface CorpusEvents {

    /** What each cluster's stored events were merged from (a digest the updater makes), by cluster. */
    Map<Long, String> mergedInputs();

    /** {@link #mergedInputs()} of these clusters alone; clusters with no stored events are left out. */
    default Map<Long, String> mergedInputs(Collection<Long> clusters) {
        Map<Long, String> all = mergedInputs();
        Map<Long, String> some = new HashMap<>();
        clusters.stream().filter(all::containsKey).forEach(c -> some.put(c, all.get(c)));
        return some;
    }

    /** Every stored event, by cluster, each cluster's main event first. */
    List<CorpusEvent> events();

    /**
     * The stored events these entities take part in or are the place of, in the order of
     * {@link #events()}: a read of the events' index by entity, not of every event.
     */
    default List<CorpusEvent> eventsOf(Collection<Long> entities) {
        return events().stream().filter(e -> e.location() != null && entities.contains(e.location())
                || e.participants().stream().anyMatch(entities::contains)).toList();
    }

    /** The stored events with these keys, in the order of {@link #events()}; keys of no event are left out. */
    default List<CorpusEvent> events(Collection<Key> keys) {
        return events().stream().filter(e -> keys.contains(new Key(e.cluster(), e.number()))).toList();
    }

    /**
     * At most {@code count} stored events after the one with key {@code after} (null: from the
     * first), in the order of {@link #events()}: a page read by the primary key.
     */
    default List<CorpusEvent> eventsAfter(Key after, int count) {
        return events().stream().filter(e -> after == null || e.cluster() > after.cluster()
                || e.cluster() == after.cluster() && e.number() > after.number()).limit(count).toList();
    }

    /**
     * The stored events from the {@code from}-th on, at most {@code count}, in the order of
     * {@link #events()}: a page of a listing, read by the primary key.
     */
    default List<CorpusEvent> eventsFrom(int from, int count) {
        return events().stream().skip(from).limit(count).toList();
    }

    /**
     * The stored events that these articles report (each event's {@code articles}, which hold the
     * articles of its evidence too), in the order of {@link #events()}: a read of the events' index
     * by article.
     */
    default List<CorpusEvent> eventsReportedBy(Collection<Long> articles) {
        Set<Long> wanted = new HashSet<>(articles);
        return events().stream().filter(e -> e.articles().stream().anyMatch(wanted::contains)).toList();
    }

    /** The stored events of one cluster, its main event first: a read by the primary key. */
    default List<CorpusEvent> eventsOfCluster(long cluster) {
        return events().stream().filter(e -> e.cluster() == cluster).toList();
    }

    /** The stored events of these clusters, by cluster, each cluster's main event first: a read by the primary key. */
    default List<CorpusEvent> eventsOfClusters(Collection<Long> clusters) {
        Set<Long> wanted = new HashSet<>(clusters);
        return events().stream().filter(e -> wanted.contains(e.cluster())).toList();
    }

    /**
     * The highest event number ever given in each of these clusters, retired numbers included;
     * clusters that never had a numbered event are left out.
     */
    default Map<Long, Integer> numbered(Collection<Long> clusters) {
        Set<Long> wanted = new HashSet<>(clusters);
        Map<Long, Integer> highest = new HashMap<>();
        events().stream().filter(e -> wanted.contains(e.cluster()) && e.number() > 0)
                .forEach(e -> highest.merge(e.cluster(), e.number(), Math::max));
        eventMerges().stream().map(EventMerge::merged).filter(m -> wanted.contains(m.cluster()) && m.number() > 0)
                .forEach(m -> highest.merge(m.cluster(), m.number(), Math::max));
        return highest;
    }

    /** Every event id retired, in the order retired, each with the id its reports went to. */
    List<EventMerge> eventMerges();

    /**
     * The retirement of this id, empty when it was never retired or stands again (a cluster's
     * event, {@code v3}, stands whenever the cluster has one): a read by the retired id.
     */
    default Optional<EventMerge> retirement(EventId id) {
        return eventMerges().stream().filter(m -> m.merged().equals(id)).reduce((a, b) -> b);
    }

    /** How many events are stored. */
    default int count() {
        return events().size();
    }

    /** The types of the stored events, each once, in no order: what a listing can be filtered by. */
    default Set<String> types() {
        Set<String> types = new HashSet<>();
        events().forEach(e -> types.add(e.type()));
        return types;
    }

    /** The stored main events, by cluster: what stories are threaded from. */
    List<CorpusEvent> mainEvents();

    /** The stored stories, in the order they were stored (the threader's: by id). */
    List<Story> stories();

    /** How many stories are stored. */
    default int storyCount() {
        return stories().size();
    }

    /**
     * At most {@code count} stored stories from the one at position {@code from} (0: the first) in
     * the order of {@link #stories()}: a page.
     */
    default List<Story> stories(int from, int count) {
        List<Story> all = stories();
        return all.subList(Math.min(from, all.size()), Math.min(all.size(), from + count));
    }

    /** The first stored story (in the order of {@link #stories()}) with this id, if any. */
    default Optional<Story> story(long id) {
        return stories().stream().filter(s -> s.id() == id).findFirst();
    }

    /** The stored stories that hold one of these events (export ids, {@code v3}), in the order of {@link #stories()}. */
    default List<Story> storiesWith(Collection<String> events) {
        return stories().stream().filter(s -> s.events().stream().anyMatch(events::contains)).toList();
    }

    /**
     * Whether the stored events and stories account for the clusters and entities as they are now,
     * made by these rules. Costs a few index probes, whatever the store holds.
     */
    State state(int mergeRules, int threadRules);

    /**
     * In one transaction: drops the events of the clusters {@code gone} and of those in
     * {@code merged}, stores the latter's new events with their inputs and the ids they retired,
     * replaces every story, and notes that the model now accounts for the clusters and entities as
     * they are. A failure leaves the model as it was.
     *
     * @throws IllegalArgumentException when the events break {@link EventIdRules}
     */
    void update(Map<Long, Merged> merged, Collection<Long> gone, List<Story> stories, int threadRules);

    /**
     * As {@link #update(Map, Collection, List, int)}, but of the stories only those with the ids
     * {@code storiesGone} are dropped and {@code storiesAdded} stored: the others stay as they are,
     * in the order of their ids.
     */
    default void update(Map<Long, Merged> merged, Collection<Long> gone, Collection<Long> storiesGone,
            List<Story> storiesAdded, int threadRules) {
        Set<Long> dropped = new HashSet<>(storiesGone);
        List<Story> stories = new ArrayList<>(stories().stream().filter(s -> !dropped.contains(s.id())).toList());
        stories.addAll(storiesAdded);
        stories.sort(Comparator.comparingLong(Story::id));
        update(merged, gone, stories, threadRules);
    }

    /** An event's key: its cluster and its number in it (0 for the cluster's main event). */
    record Key(long cluster, int number) {

        /** The key of an export id ({@code v3}, {@code v3.1}), empty when it is none. */
        private static final Pattern EXPORT_ID = Pattern.compile("v(\\d{1,18})(?:\\.(\\d{1,9}))?");

        public static Optional<Key> of(String exportId) {
            Matcher m = EXPORT_ID.matcher(exportId.strip());
            return m.matches() ? Optional.of(new Key(Long.parseLong(m.group(1)),
                    m.group(2) == null ? 0 : Integer.parseInt(m.group(2)))) : Optional.empty();
        }
    }

    /**
     * One cluster's events as merged now.
     *
     * @param inputs  what they were merged from, as {@link #mergedInputs} gives it back
     * @param rules   the version of the merging rules
     * @param events  the cluster's events, its main event first; none when its articles tell none
     * @param retired the ids this update retires into these events
     */
    record Merged(String inputs, int rules, List<CorpusEvent> events, List<EventMerge> retired) {

        public Merged {
            events = List.copyOf(events);
            retired = List.copyOf(retired);
        }

        /** Events that retire no id: those of a cluster merged for the first time. */
        public Merged(String inputs, int rules, List<CorpusEvent> events) {
            this(inputs, rules, events, List.of());
        }
    }

    /** How the stored events and stories stand against the clusters, the entities and the rules. */
    enum State {
        /** They account for every cluster and entity, made by these rules. */
        CURRENT,
        /** None are stored: no analyze has made them (a store of an older version). */
        MISSING,
        /** Some were made by other rules than this code's. */
        OTHER_RULES,
        /** The clusters or entities changed after they were made (an analyze is running or was stopped). */
        BEHIND
    }
}
