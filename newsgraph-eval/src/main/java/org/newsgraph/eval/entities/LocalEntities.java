package org.newsgraph.eval.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleStatus;
import org.newsgraph.model.Basis;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.resolve.AliasFinder;
import org.newsgraph.resolve.Gazetteer;
import org.newsgraph.resolve.MentionGrouper;
import org.newsgraph.resolve.PlaceTyper;
import org.newsgraph.resolve.PlaceTyperConfig;

/**
 * Makes stored articles of texts and their name mentions the way analyze does after the
 * recogniser: mentions grouped into each article's entities, places typed and located, role nouns,
 * handles, acronyms and short names joined.
 */
final class LocalEntities {

    /** One article to make: a key unique among the articles, its text and its names in text order. */
    record Input(String key, String text, List<NameMention> names) {}

    private LocalEntities() {}

    /**
     * The stages {@code Newsgraph.recipe} runs after the recogniser, in its order
     * ({@code LocalEntitiesTest} holds the two lists equal).
     */
    static List<Stage> afterRecogniser() {
        return List.of(new MentionGrouper(), new PlaceTyper(Gazetteer.geonames(), PlaceTyperConfig.defaults()),
                new AliasFinder());
    }

    /** The articles in order, with store ids 1, 2, 3... */
    static List<StoredArticle> of(List<Input> inputs) {
        Map<String, List<NameMention>> names = new LinkedHashMap<>();
        inputs.forEach(in -> names.put(in.key(), in.names()));
        Pipeline.Builder recipe = Pipeline.builder().then(new AnnotatedNames(names));
        afterRecogniser().forEach(recipe::then);
        Pipeline pipeline = recipe.build();
        List<StoredArticle> articles = new ArrayList<>();
        for (Input in : inputs) {
            ArticleSource source = new ArticleSource(in.key(), in.key(), SourceFormat.TEXT, in.key(), in.text(), null,
                    null, Basis.NONE, PublicationDate.none(), "en");
            Document done = pipeline.run(Document.of(source));
            articles.add(new StoredArticle(articles.size() + 1L, new AnalyzedArticle(source, in.key(), ArticleStatus.OK,
                    null, null, done.text(), List.of(), done.entities(), List.of(), 0)));
        }
        return articles;
    }
}
