package org.newsgraph.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The read commands at each store size: the median time of each read, and the export's time and
 * the most heap in use after a garbage collection in the JVM that ran it.
 *
 * @param entity   the name the reads ask for ({@code --entity}, {@code --name})
 * @param template how many articles the template holds, copied to make each size
 */
public record ReadBenchReport(List<Size> sizes, String entity, int template) {

    public ReadBenchReport {
        sizes = List.copyOf(sizes);
    }

    /**
     * One store size.
     *
     * @param type  the type {@code events --type} asks for
     * @param found how many events, timeline events, entities, story events and events of the type the reads found
     */
    public record Size(int articles, double buildSeconds, double eventsMillis, String type, double eventsOfTypeMillis,
            double timelineMillis, double entitiesMillis, double storyMillis, int[] found, ReadBench.ExportRun export) {

        String render() {
            return String.format(Locale.ROOT, "%,d articles (built in %.0f s): events %.0f ms (%,d), events --type %s "
                    + "%.0f ms (%,d), timeline --entity %.0f ms (%,d), entities --name %.0f ms (%,d), story %.0f ms "
                    + "(%,d events); export %s", articles, buildSeconds, eventsMillis, found[0], type, eventsOfTypeMillis,
                    found[4], timelineMillis, found[1], entitiesMillis, found[2], storyMillis, found[3], exportLine());
        }

        private String exportLine() {
            return export.finished()
                    ? String.format(Locale.ROOT, "%.1f s, %.0f MB written, at most %d MB of heap in use after a "
                            + "collection (%d collections, -Xmx%s)", export.seconds(), mb(export.bytes()),
                            export.heapMegabytes(), export.collections(), ReadBench.EXPORT_HEAP)
                    : String.format(Locale.ROOT, "did not finish: stopped after %.1f s in -Xmx%s (at most %d MB in use "
                            + "after a collection)", export.seconds(), ReadBench.EXPORT_HEAP, export.heapMegabytes());
        }
    }

    public String render() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "reads: stores made of copies of %d analysed articles; entity '%s'",
                template, entity));
        sizes.forEach(s -> lines.add("reads: " + s.render()));
        if (sizes.size() >= 2) {
            Size small = sizes.get(0);
            Size large = sizes.get(sizes.size() - 1);
            lines.add(String.format(Locale.ROOT, "reads: at %.0f× the articles, events %.1f×, timeline %.1f×, entities "
                    + "%.1f×, story %.1f×, export heap %s (1 = flat)", (double) large.articles() / small.articles(),
                    large.eventsMillis() / small.eventsMillis(), large.timelineMillis() / small.timelineMillis(),
                    large.entitiesMillis() / small.entitiesMillis(), large.storyMillis() / small.storyMillis(),
                    large.export().finished() && small.export().finished() ? String.format(Locale.ROOT, "%.1f×",
                            (double) large.export().heapMegabytes() / Math.max(1, small.export().heapMegabytes()))
                            : "not measured (an export did not finish)"));
            boolean fast = large.eventsMillis() < 1000 && large.eventsOfTypeMillis() < 1000 && large.timelineMillis() < 1000
                    && large.entitiesMillis() < 1000 && large.storyMillis() < 1000;
            lines.add("reads: every read under one second at " + String.format(Locale.ROOT, "%,d", large.articles())
                    + " articles: " + (fast ? "yes" : "no"));
        }
        return String.join("\n", lines);
    }

    private static double mb(long bytes) {
        return bytes / 1024.0 / 1024.0;
    }
}
