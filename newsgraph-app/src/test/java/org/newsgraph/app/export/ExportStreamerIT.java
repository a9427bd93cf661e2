package org.newsgraph.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.app.Newsgraph;
import org.newsgraph.app.NewsgraphConfig;
import org.newsgraph.app.analyze.ProgressListener;
import org.newsgraph.app.claims.ClaimLister;
import org.newsgraph.app.claims.ListedClaim;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.app.quotes.ListedQuote;
import org.newsgraph.app.quotes.QuoteLister;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.CorpusEntities;
import org.newsgraph.store.CorpusEvents;
import org.newsgraph.store.EventClusters;
import org.newsgraph.testkit.Seeds;

/**
 * The export streamed from a real SQLite store of the examples, analysed by the real pipeline, then
 * given copies of them with a publication date (copies that date their clusters) and a file that is
 * no article.
 */
class ExportStreamerIT {

    @TempDir
    static Path dir;

    private static final Newsgraph NEWSGRAPH = new Newsgraph(NewsgraphConfig.defaults());
    private static Path store;

    @BeforeAll
    static void analyseTheExamplesThenDatedCopiesAndAFileThatIsNoArticle() throws IOException {
        NlpAnnotator annotator = NEWSGRAPH.coreNlp(() -> { });
        store = dir.resolve("store");
        Path copies = Files.createDirectories(dir.resolve("copies"));
        for (Path example : Seeds.files()) {
            Files.copy(example, copies.resolve("copy-" + example.getFileName()));
        }
        Files.writeString(copies.resolve("metadata.jsonl"),
                "{\"file\": \"copy-001_0db232e74ff22dfd.txt\", \"published\": \"2023-04-20\"}\n");
        Files.writeString(copies.resolve("notes.pdf"), "not an article");
        try (ArticleStore articles = NEWSGRAPH.openStore(store)) {
            NEWSGRAPH.analyzer().analyze(List.of(Seeds.folder()), articles, annotator, ProgressListener.SILENT);
            NEWSGRAPH.analyzer().analyze(List.of(copies), articles, annotator, ProgressListener.SILENT);
        }
    }

    @Test
    void theExportInMemoryIsTheStreamedFileReadBack() throws IOException {
        Path streamed = dir.resolve("streamed.json");
        String inMemory;
        try (ArticleStore view = NEWSGRAPH.openStoreReadOnly(store)) {
            new ExportWriter().write(view, streamed);
            inMemory = ExportWriter.asJson(new ExportReader().whole(view));
        }

        assertThat(inMemory).isEqualTo(Files.readString(streamed));
    }

    @Test
    void theQuotesAndClaimsListingsAreTheExportsInItsOrder() {
        try (ArticleStore view = NEWSGRAPH.openStoreReadOnly(store)) {
            ExportDocument export = new ExportReader().whole(view);

            assertThat(export.quotes()).isNotEmpty();
            assertThat(new QuoteLister().list(view, EntityQuery.idsNamed(view.corpusEntities(), null))).extracting(ListedQuote::quote).containsExactlyElementsOf(export.quotes());
            assertThat(export.claims()).isNotEmpty();
            assertThat(new ClaimLister().list(view)).extracting(ListedClaim::claim).containsExactlyElementsOf(export.claims());
        }
    }

    @Test
    void theStoresQueriesExportWhatThePortsReadsOfEverythingExport() throws IOException {
        Path queried = dir.resolve("queried.json");
        Path everything = dir.resolve("everything.json");
        ExportStreamer.Written written;
        try (ArticleStore view = NEWSGRAPH.openStoreReadOnly(store)) {
            written = new ExportWriter().write(view, queried);
            new ExportWriter().write(ReferenceReads.of(view, ArticleStore.class), everything);
        }

        assertThat(Files.readString(queried)).isEqualTo(Files.readString(everything));
        JsonNode export = new ObjectMapper().readTree(queried.toFile());
        assertThat(written).isEqualTo(new ExportStreamer.Written(export.get("articles").size(), export.get("entities").size()));
        assertThat(export.get("articles")).extracting(a -> a.get("status").asText())
                .containsExactly("ok", "ok", "ok", "ok", "ok", "duplicate", "duplicate", "duplicate", "duplicate",
                        "duplicate", "rejected");
        assertThat(export.get("articles")).anyMatch(a -> a.get("published").get("basis").asText().equals("cluster"));
        assertThat(export.get("quotes")).anyMatch(q -> !q.get("event").isNull() && !q.get("speaker").isNull());
    }

    /**
     * A store's port that reads only through its abstract methods (every article, every entity, every
     * event at once), each default method running as the port gives it: the reference the store's
     * own queries must agree with.
     */
    private record ReferenceReads(Object target) implements InvocationHandler {

        private static final List<Class<?>> PORTS = List.of(CorpusEntities.class, CorpusEvents.class, EventClusters.class);

        static <T> T of(T target, Class<T> port) {
            return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, new ReferenceReads(target)));
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            if (method.isDefault()) {
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            Class<?> type = method.getReturnType();
            return PORTS.contains(type) ? wrapped(result, type) : result;
        }

        @SuppressWarnings("unchecked")
        private static Object wrapped(Object target, Class<?> port) {
            return of(target, (Class<Object>) port);
        }
    }
}
