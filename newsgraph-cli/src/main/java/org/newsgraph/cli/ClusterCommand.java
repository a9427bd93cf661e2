package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.app.clusters.ClusterCatalog;
import org.newsgraph.app.clusters.ListedCluster;
import org.newsgraph.app.export.ExportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
        name = "cluster",
        mixinStandardHelpOptions = true,
        description = {"Shows one event cluster: its articles in the order they were placed, each with its day, "
                + "outlet (else file) and title. With --why, also what put each article there: whether it opened the "
                + "cluster, the probability the link model gave that it reports the cluster's event, and what each "
                + "feature (text, entities, numbers, meaning, days, places) added to it."},
        footer = {"", "Example:", "  ./newsgraph cluster c3 --why --store newsgraph-data"})
final class ClusterCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ID", description = "The cluster's id, as 'clusters' and the export give it (c3).")
    String id;

    @Option(names = "--why", description = "Show why each article is in the cluster.")
    boolean why;

    @Option(names = "--json", description = "Print the cluster with its members and their reasons as JSON.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        return store.answer(spec, (articles, out) -> {
            Optional<ListedCluster> cluster = ClusterCatalog.cluster(articles, id);
            if (cluster.isEmpty()) {
                throw new ExitCodes.NotFoundException("no cluster " + id + " in store " + store.dir
                        + " ('clusters' lists them)");
            }
            if (json) {
                out.println(ExportWriter.asJson(cluster.get()));
            } else {
                out.print(render(cluster.get(), why));
            }
        });
    }

    static String render(ListedCluster c, boolean why) {
        StringBuilder s = new StringBuilder();
        s.append(c.id()).append(": ").append(c.size()).append(c.size() == 1 ? " article" : " articles")
                .append(", published ").append(ClustersCommand.span(c)).append('\n');
        for (ListedCluster.Member m : c.members()) {
            s.append("  ").append(m.article()).append("  ").append(m.published() == null ? "-" : m.published())
                    .append("  ").append(m.outlet() == null ? m.file() : m.outlet()).append("  ")
                    .append(TextTable.cut(m.title(), ClustersCommand.TITLE_WIDTH)).append('\n');
            if (why) {
                s.append("      ").append(m.opened() ? "opened the cluster" : "joined")
                        .append(String.format(Locale.ROOT, " (score %.2f): ", m.score())).append(m.reason()).append('\n');
                if (!m.moved().isEmpty()) {
                    s.append("      then ").append(m.moved()).append('\n');
                }
            }
        }
        if (why && !c.history().isEmpty()) {
            s.append("  history:\n");
            c.history().forEach(h -> s.append("    ").append(h).append('\n'));
        }
        return s.toString();
    }
}
