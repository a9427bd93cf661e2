package org.newsgraph.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventDate;
import org.newsgraph.model.EventSignature;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.story.ReportDater.Anchor;

/**
 * Merges the events of the articles of each event cluster into corpus events. The articles' main
 * events make the cluster's event (id {@code v} + cluster id); a cluster none of whose articles
 * has a main event has none. The events they report or mention become events of their own,
 * numbered in order of first appearance (article id, then place in the article), the reports of
 * one event within the cluster merged ({@link SideEvents}). Those numbers are this merge's alone: a
 * new report can be numbered before old ones (an article's own main event kept apart comes first),
 * so the ids that last are given after it, by {@link EventIdKeeper}.
 */
public final class EventMerger {

    /**
     * The version of these merging rules (with {@link CorpusEventAssembler}, {@link SideEvents},
     * {@link ReportDater}, and the {@code reportedDays} it is given): bump
     * it when a change makes other events of the same articles, so that a store's events merged
     * before the change are known for stale and merged again.
     */
    public static final int RULES = 2;

    private final ReportDater dater = new ReportDater();
    private final CorpusEventAssembler assembler = new CorpusEventAssembler(dater);
    private final int reportedDays;

    /**
     * @param reportedDays how many days before its publication day an article's news may have
     *                     happened when the article gives no day of its own (the event stage's
     *                     {@code EventConfig.reportedDays})
     */
    public EventMerger(int reportedDays) {
        if (reportedDays < 0) {
            throw new IllegalArgumentException("reportedDays >= 0: " + reportedDays);
        }
        this.reportedDays = reportedDays;
    }

    /**
     * @param articles  the stored articles, in id order, dated by their cluster where they can be
     * @param clusterOf the event cluster of each placed article, copies included; others are left out
     * @param entityIds the corpus entity of each single-article entity
     * @return every cluster's events, by cluster id, each cluster's main event first
     */
    public List<CorpusEvent> merge(List<StoredArticle> articles, Map<Long, Long> clusterOf,
            Map<EntityRef, Long> entityIds) {
        Map<Long, List<StoredArticle>> clusters = new TreeMap<>();
        for (StoredArticle s : articles) {
            Long cluster = clusterOf.get(s.id());
            if (cluster != null) {
                clusters.computeIfAbsent(cluster, c -> new ArrayList<>()).add(s);
            }
        }
        List<CorpusEvent> events = new ArrayList<>();
        clusters.forEach((cluster, members) -> events.addAll(eventsOf(cluster, members, entityIds)));
        return events;
    }

    private List<CorpusEvent> eventsOf(long cluster, List<StoredArticle> members, Map<EntityRef, Long> entityIds) {
        List<StoredArticle> ordered = members.stream().sorted(Comparator.comparingLong(StoredArticle::id)).toList();
        Optional<Anchor> published = publicationAnchor(ordered);
        List<CorpusEvent> events = new ArrayList<>();
        SideEvents side = new SideEvents(cluster, assembler, reportedDays);
        Optional<CorpusEvent> main = mainEvent(cluster, ordered, published, entityIds, side);
        main.ifPresent(events::add);
        Optional<Anchor> anchor = main.flatMap(m -> Anchor.of(m.date())).or(() -> published);
        for (StoredArticle s : ordered) {
            for (Event e : s.article().events()) {
                if (e.salience() != EventSalience.MAIN) {
                    side.add(report(s, e, entityIds, anchor));
                }
            }
        }
        events.addAll(side.events(ordered));
        return events;
    }

    /**
     * The cluster's event, from the main events of its articles. A report that cannot tell the
     * same happening as any report of the cluster's event ({@link #apart} from every one) keeps
     * its own event, a main one, though the clusterer put its article there: it goes to
     * {@code side} with the cluster's other events.
     */
    private Optional<CorpusEvent> mainEvent(long cluster, List<StoredArticle> members, Optional<Anchor> published,
            Map<EntityRef, Long> entityIds, SideEvents side) {
        List<StoredArticle> reporting = members.stream().filter(s -> s.article().mainEvent().isPresent()).toList();
        if (reporting.isEmpty()) {
            return Optional.empty();
        }
        // a dated report gives the year to a report whose date has none; else the cluster's first day does
        EventDate dated = dater.best(reporting.stream().map(s -> s.article().mainEvent().orElseThrow().date())
                .map(d -> dater.placed(d, Optional.empty())).toList());
        Optional<Anchor> anchor = Anchor.of(dated).or(() -> published);
        List<Report> told = new ArrayList<>();
        Set<Long> elsewhere = new HashSet<>();
        for (StoredArticle s : reporting) {
            Report r = report(s, s.article().mainEvent().orElseThrow(), entityIds, anchor);
            if (!told.isEmpty() && told.stream().allMatch(t -> apart(r, t))) {
                side.add(r);
                elsewhere.add(s.id());
            } else {
                told.add(r);
            }
        }
        List<Long> articles = members.stream()
                .filter(s -> !elsewhere.contains(s.id()) && !isCopyOf(s.article(), elsewhere)).map(StoredArticle::id)
                .toList();
        return Optional.of(assembler.assemble(cluster, 0, told, articles));
    }

    /**
     * Whether two main reports cannot tell one happening, whatever the clusterer decided:
     * <ul>
     * <li>each is dated by its own article's publication day (basis {@code published}: it
     * happened on that day or up to {@code reportedDays} before), and those spans do not meet;
     * <li>or one outlet published both, as events of two types (a call and a meeting from one press
     * office on one day; a visit and a meeting held during it): an outlet tells its news once, and
     * its next report on a story tells the next event of it, or a part of it with its own news.
     * </ul>
     * Neither days the texts state nor types from two outlets are held against each other: read
     * dates and types go wrong more often than two outlets' reports of one event disagree
     * (docs/events.md).
     */
    boolean apart(Report a, Report b) {
        if (EventSignature.sameOutlet(a.outlet(), b.outlet()) && !a.event().type().equals(b.event().type())) {
            return true;
        }
        if (a.date().basis() != Basis.PUBLISHED || b.date().basis() != Basis.PUBLISHED) {
            return false;
        }
        return a.days(reportedDays).flatMap(x -> b.days(reportedDays).map(y -> !x.overlaps(y))).orElse(false);
    }

    private Report report(StoredArticle s, Event event, Map<EntityRef, Long> entityIds, Optional<Anchor> anchor) {
        List<Long> participants = event.participants().stream().map(i -> entityIds.get(new EntityRef(s.id(), i)))
                .filter(Objects::nonNull).distinct().toList();
        Long location = event.hasLocation() ? entityIds.get(new EntityRef(s.id(), event.location())) : null;
        PublicationDate p = s.article().source().published();
        return new Report(s.id(), p.isKnown() ? p.day() : null, s.article().source().outlet(), event, participants,
                location, dater.placed(event.date(), anchor));
    }

    /** The cluster's earliest publication day: when its event happened, give or take a few days. */
    private static Optional<Anchor> publicationAnchor(List<StoredArticle> members) {
        return members.stream().map(s -> s.article().source().published()).filter(PublicationDate::isKnown)
                .min(Comparator.comparing(PublicationDate::day))
                .flatMap(p -> Anchor.of(new EventDate(p.day(), p.basis(), p.confidence())));
    }

    /** The articles of a cluster that report one of its events, with their copies, in id order. */
    static List<Long> withCopies(Set<Long> reporting, List<StoredArticle> members) {
        Set<Long> originals = new HashSet<>(reporting);
        return members.stream().filter(s -> originals.contains(s.id()) || isCopyOf(s.article(), originals))
                .map(StoredArticle::id).toList();
    }

    private static boolean isCopyOf(AnalyzedArticle a, Set<Long> originals) {
        return a.status() == ArticleStatus.DUPLICATE && originals.contains(a.duplicateOf());
    }
}
