package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.http.ApiServer;
import org.newsgraph.http.ServerConfig;
import org.newsgraph.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {"Serves the store as a JSON API under /api/v1 (events, entities, timeline, stories, clusters, "
                + "articles, outlets, quotes, claims, search; described at /api/v1/openapi.json) until stopped with Ctrl-C.",
            "It only reads the store: analyze can write it meanwhile, and what it adds shows within a second. "
                + "It listens on 127.0.0.1 only unless --bind says otherwise. Search reads the index analyze "
                + "keeps (reindex makes it again). With --ingest-token it also takes articles over HTTP and "
                + "analyses them into the store (then an analyze of the same store waits for it, and it for the "
                + "analyze). The web pages are not built yet (docs/api.md)."},
        footer = {"", "Example:", "  ./newsgraph serve --store newsgraph-data",
            "  curl http://127.0.0.1:8080/api/v1/events?type=meeting",
            "  NEWSGRAPH_INGEST_TOKEN=change-me-to-a-long-secret ./newsgraph serve --store newsgraph-data"})
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080",
            description = "The port to listen on; 0 takes a free one (the printed URL says which). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on: 127.0.0.1 serves this machine only; 0.0.0.0 every network it is "
                    + "on (reading needs no authentication). Default: ${DEFAULT-VALUE}")
    String bind;

    @Option(names = "--ingest-token", paramLabel = "TOKEN", defaultValue = "${env:NEWSGRAPH_INGEST_TOKEN}",
            description = "Take articles sent in with POST /api/v1/articles and Authorization: Bearer TOKEN (at least 16 "
                    + "characters), and analyse them in the background into the store. Default: the environment "
                    + "variable NEWSGRAPH_INGEST_TOKEN; without either the server only reads.")
    String ingestToken;

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65_535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port " + port + ": give 0 to 65535");
        }
        Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());
        try (ArticleStore checked = store.openToReadEvents(newsgraph, spec)) {
            // opened once to refuse a missing store or another version's before listening, and to say
            // when its corpus model is behind (the API's root says so too, as it stands each second)
        }
        PrintWriter err = spec.commandLine().getErr();
        ServerConfig config;
        try {
            config = ServerConfig.defaults().withAddress(bind, port).withIngestToken(ingestToken);
        } catch (IllegalArgumentException e) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--ingest-token: " + e.getMessage());
        }
        ApiServer server = ApiServer.start(newsgraph, store.dir, config, line -> {
            err.println("newsgraph serve: " + line);
            err.flush();
        });
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "newsgraph-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("serving store " + store.dir + " at " + server.url() + " (Ctrl-C stops)");
        out.println("open " + server.pagesUrl() + " in a browser for the pages");
        if (ingestToken != null) {
            out.println("taking articles at POST " + server.url() + "/articles with the ingest token");
        }
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
