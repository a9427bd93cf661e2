package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.newsgraph.app.clusters.ClusterCatalog;
import org.newsgraph.app.clusters.ListedCluster;
import org.newsgraph.app.export.ExportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "clusters",
        mixinStandardHelpOptions = true,
        description = {"Lists the event clusters: the articles that report one real-world event, each cluster with "
                + "its id, size, the span of its articles' publication days, the title of its first report and "
                + "its outlets (else files). 'cluster ID --why' shows why each article is in it."},
        footer = {"", "Example:", "  ./newsgraph clusters --store newsgraph-data --min-size 2"})
final class ClustersCommand implements Callable<Integer> {

    static final int TITLE_WIDTH = 70;
    static final int SOURCES_WIDTH = 60;
    private static final int PAGE = 1_000;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--min-size", paramLabel = "N", description = "Only clusters of at least N articles (default: 1).")
    int minSize = 1;

    @Option(names = "--json", description = "Print the clusters with their members as JSON.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        return store.answer(spec, (articles, out) -> {
            List<ListedCluster> clusters = new ArrayList<>();
            for (int from = 0;; from += PAGE) { // a page of clusters at a time, by the index of members by cluster
                List<ListedCluster> page = ClusterCatalog.page(articles, Math.max(1, minSize), from, PAGE);
                clusters.addAll(page);
                if (page.size() < PAGE) {
                    break;
                }
            }
            if (json) {
                out.println(ExportWriter.asJson(clusters));
            } else if (clusters.isEmpty()) {
                out.println("no clusters of " + minSize + " articles or more in store " + store.dir);
            } else {
                out.print(table(clusters));
            }
        });
    }

    static String table(List<ListedCluster> clusters) {
        TextTable table = new TextTable(List.of("id", "size", "published", "title", "sources"), Set.of(1));
        for (ListedCluster c : clusters) {
            List<String> sources = c.members().stream().map(m -> m.outlet() == null ? m.file() : m.outlet())
                    .distinct().toList();
            table.add(List.of(c.id(), String.valueOf(c.size()), span(c), TextTable.cut(c.title(), TITLE_WIDTH),
                    TextTable.cut(String.join(", ", sources), SOURCES_WIDTH)));
        }
        return table.render();
    }

    static String span(ListedCluster c) {
        if (c.firstPublished() == null) {
            return "-";
        }
        return c.firstPublished().equals(c.lastPublished()) ? c.firstPublished()
                : c.firstPublished() + ".." + c.lastPublished();
    }
}
