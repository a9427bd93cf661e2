package org.newsgraph.story;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.model.Basis;
import org.newsgraph.model.CorpusEvent;
import org.newsgraph.model.StoredArticle;

/**
 * The events a cluster's articles report or mention besides the main one, gathered report by
 * report in corpus order: a report joins the first event it can be one with, else starts the
 * next number. Two reports are one event when they have one type, their dates could be one
 * (unknown fits any; a date from a publication day, basis {@code published}, stands for that day
 * and the {@code reportedDays} before it), their places too (none fits any), and something
 * positively ties them: one place, overlapping dates the texts state, or a shared participant.
 * Without that tie, two "talks" that say nothing of when or where stay apart, though both were
 * reported the same day.
 */
final class SideEvents {

    private final long cluster;
    private final CorpusEventAssembler assembler;
    private final int reportedDays;
    private final List<List<Report>> groups = new ArrayList<>();

    SideEvents(long cluster, CorpusEventAssembler assembler, int reportedDays) {
        this.cluster = cluster;
        this.assembler = assembler;
        this.reportedDays = reportedDays;
    }

    void add(Report report) {
        for (List<Report> group : groups) {
            if (fits(report, group)) {
                group.add(report);
                return;
            }
        }
        groups.add(new ArrayList<>(List.of(report)));
    }

    /** The gathered events, numbered from 1 in order of first appearance. */
    List<CorpusEvent> events(List<StoredArticle> members) {
        List<CorpusEvent> events = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            List<Report> group = groups.get(i);
            Set<Long> reporting = new LinkedHashSet<>(group.stream().map(Report::article).toList());
            events.add(assembler.assemble(cluster, i + 1, group, EventMerger.withCopies(reporting, members)));
        }
        return events;
    }

    private boolean fits(Report report, List<Report> group) {
        if (!group.get(0).event().type().equals(report.event().type())) {
            return false;
        }
        boolean tied = false;
        for (Report other : group) {
            if (!compatible(report, other)) {
                return false;
            }
            tied |= report.location() != null && report.location().equals(other.location())
                    || stated(report) && stated(other) && overlap(report, other)
                    || other.participants().stream().anyMatch(report.participants()::contains);
        }
        return tied;
    }

    private boolean compatible(Report a, Report b) {
        boolean places = a.location() == null || b.location() == null || Objects.equals(a.location(), b.location());
        boolean dates = !a.date().isKnown() || !b.date().isKnown() || overlap(a, b);
        return places && dates;
    }

    private static boolean stated(Report r) {
        return r.date().isKnown() && r.date().basis() != Basis.PUBLISHED;
    }

    /** Whether both have dates and they overlap (2023-07 and 2023-07-11 do). */
    private boolean overlap(Report a, Report b) {
        return a.days(reportedDays).flatMap(x -> b.days(reportedDays).map(x::overlaps)).orElse(false);
    }
}
