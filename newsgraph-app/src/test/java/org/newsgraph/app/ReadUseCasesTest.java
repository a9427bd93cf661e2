package org.newsgraph.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.app.clusters.ClusterCatalog;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.app.events.EventCatalog;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportReader;
import org.newsgraph.app.quotes.QuoteLister;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.testkit.InMemoryArticleStore;

/** The read use cases take the store as it is: bringing its corpus model up to date is analyze's work. */
class ReadUseCasesTest {

    private final Newsgraph newsgraph = new Newsgraph(NewsgraphConfig.defaults());

    @Test
    void readsLeaveTheArticlesOutsideTheCorpusModelOutsideAndAnswerWithWhatIsThere() {
        InMemoryArticleStore store = new InMemoryArticleStore();
        store.save(article("a.txt", "Anna Berg opened the bridge."));
        store.save(article("b.txt", "Anna Berg visited the port."));

        ExportDocument export = new ExportReader().whole(store);
        EventCatalog.of(store);
        ClusterCatalog.of(store);
        new QuoteLister().list(store, EntityQuery.idsNamed(store.corpusEntities(), "berg"));
        List<?> entities = new EntityQuery(null, "berg").select(store.corpusEntities());

        assertThat(store.articlesOutsideCorpusModel()).isEqualTo(2);
        assertThat(export.articles()).hasSize(2);
        assertThat(export.clusters()).as("each article on its own").hasSize(2);
        assertThat(export.entities()).isEmpty();
        assertThat(entities).isEmpty();

        newsgraph.analyzer().updateCorpus(store);

        assertThat(store.articlesOutsideCorpusModel()).isZero();
        assertThat(new EntityQuery(null, "berg").select(store.corpusEntities())).singleElement()
                .satisfies(e -> assertThat(e.articles()).isEqualTo(2));
    }

    private static AnalyzedArticle article(String file, String text) {
        ArticleSource source = new ArticleSource(file, file, SourceFormat.TEXT, "T", text, null, null, Basis.NONE,
                PublicationDate.none(), "en");
        LocalEntity anna = new LocalEntity("Anna Berg", EntityType.PERSON, List.of(new Mention(new Span(0, 9), "Anna Berg")));
        return new AnalyzedArticle(source, file, ArticleStatus.OK, null, null, text, List.of(), List.of(anna), List.of(), 5);
    }
}
