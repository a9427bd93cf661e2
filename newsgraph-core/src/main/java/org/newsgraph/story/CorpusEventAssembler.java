package org.newsgraph.story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.EventSalience;
import org.newsgraph.model.Span;

/**
 * Makes one corpus event of the reports of it: the type most of them give, the title of the
 * earliest report, participants by how many reports name them, the place most of them name, the
 * best-supported date, and every report's evidence.
 */
final class CorpusEventAssembler {

    /** Earliest published first, undated after; then in corpus order. */
    private static final Comparator<Report> EARLIEST = Comparator
            .comparing(Report::published, Comparator.nullsLast(Comparator.<String>naturalOrder()))
            .thenComparingLong(Report::article);

    private final ReportDater dater;

    CorpusEventAssembler(ReportDater dater) {
        this.dater = dater;
    }

    /**
     * @param reports  the reports of the event, in corpus order, at least one
     * @param articles the articles that report it, copies included
     */
    CorpusEvent assemble(long cluster, int number, List<Report> reports, List<Long> articles) {
        String type = mostCommon(reports, r -> List.of(r.event().type()));
        String cameo = reports.stream().filter(r -> r.event().type().equals(type)).map(r -> r.event().cameo())
                .filter(Objects::nonNull).findFirst().orElse(null);
        String title = reports.stream().min(EARLIEST).orElseThrow().event().title();
        List<Long> places = ranked(reports, r -> r.location() == null ? List.of() : List.of(r.location()));
        List<CorpusEvent.Evidence> evidence = new ArrayList<>();
        for (Report r : reports) {
            for (Span s : r.event().evidence()) {
                evidence.add(new CorpusEvent.Evidence(r.article(), s));
            }
        }
        return new CorpusEvent(cluster, number, type, cameo, salience(number, reports), title,
                dater.best(reports.stream().map(Report::date).toList()), places.isEmpty() ? null : places.get(0),
                ranked(reports, Report::participants), articles, evidence);
    }

    /**
     * Main for a cluster's event, and for an event articles tell as their main one though the
     * cluster's event is another; else reported when any report reports it, else mentioned.
     */
    private static EventSalience salience(int number, List<Report> reports) {
        if (number == 0 || reports.stream().anyMatch(r -> r.event().salience() == EventSalience.MAIN)) {
            return EventSalience.MAIN;
        }
        return reports.stream().anyMatch(r -> r.event().salience() != EventSalience.MENTIONED)
                ? EventSalience.REPORTED : EventSalience.MENTIONED;
    }

    private static <T> T mostCommon(List<Report> reports, Function<Report, List<T>> values) {
        return ranked(reports, values).get(0);
    }

    /** The values the reports give, by how many reports give each, ties in order of first appearance. */
    static <T> List<T> ranked(List<Report> reports, Function<Report, List<T>> values) {
        Map<T, Integer> counts = new LinkedHashMap<>();
        for (Report r : reports) {
            values.apply(r).stream().distinct().forEach(v -> counts.merge(v, 1, Integer::sum));
        }
        List<T> order = new ArrayList<>(counts.keySet());
        order.sort(Comparator.comparingInt((T v) -> counts.get(v)).reversed()); // stable: ties keep first appearance
        return order;
    }
}
