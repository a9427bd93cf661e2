package org.newsgraph.eval.entities;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.Span;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.resolve.EntityResolver;

/**
 * Resolves the name mentions of all MEANTIME articles in one run, as analyze and export would:
 * each article's mentions made into its entities by the product's stages, then
 * {@link EntityResolver} over all articles. Beside it, a baseline that joins mentions whose names
 * are equal ignoring case. Gold instances are paired with the answers only once both are made.
 */
public final class MeantimeResolution {

    /** How many of the worst splits and joins the report lists. */
    static final int DIAGNOSED = 12;

    private MeantimeResolution() {}

    /** Reads MEANTIME from {@code meantime}, resolves and scores it. */
    public static MeantimeReport run(Path meantime) {
        List<MeantimeDocument> documents = MeantimeNames.read(meantime);
        List<StoredArticle> articles = LocalEntities.of(documents.stream()
                .map(d -> new LocalEntities.Input(key(d), d.text(), d.names()))
                .toList());
        List<List<String>> resolved = resolved(articles, new EntityResolver().resolve(articles), documents);
        List<PairDiagnosis.Named> named = named(documents, resolved);
        return MeantimeReport.of(documents, score(documents, resolved), score(documents, baseline(documents)),
                PairDiagnosis.splits(named, DIAGNOSED), PairDiagnosis.merges(named, DIAGNOSED));
    }

    static String key(MeantimeDocument document) {
        return document.corpus() + "/" + document.name();
    }

    /**
     * For each article's i-th name, the entity it was resolved to: the cluster holding the local
     * entity that holds the mention. A mention no entity holds (nothing left of it once
     * punctuation is dropped) is an entity of its own.
     */
    private static List<List<String>> resolved(List<StoredArticle> articles, List<EntityCluster> clusters,
            List<MeantimeDocument> documents) {
        Map<EntityRef, Integer> clusterOf = new HashMap<>();
        for (int c = 0; c < clusters.size(); c++) {
            for (EntityRef ref : clusters.get(c).members()) {
                clusterOf.put(ref, c);
            }
        }
        List<List<String>> answers = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            StoredArticle article = articles.get(a);
            Map<Span, Integer> entityAt = entityAtSpan(article.article().entities());
            List<String> labels = new ArrayList<>();
            for (NameMention name : documents.get(a).names()) {
                Integer entity = entityAt.get(name.span());
                Integer cluster = entity == null ? null : clusterOf.get(new EntityRef(article.id(), entity));
                labels.add(cluster != null ? "cluster " + cluster : "alone " + article.id() + " " + name.span());
            }
            answers.add(labels);
        }
        return answers;
    }

    private static Map<Span, Integer> entityAtSpan(List<LocalEntity> entities) {
        Map<Span, Integer> at = new HashMap<>();
        for (int i = 0; i < entities.size(); i++) {
            for (Mention m : entities.get(i).mentions()) {
                at.put(m.span(), i);
            }
        }
        return at;
    }

    /** Mentions are one entity when their names are equal ignoring case. */
    private static List<List<String>> baseline(List<MeantimeDocument> documents) {
        return documents.stream()
                .map(d -> d.names().stream().map(n -> n.text().toLowerCase(Locale.ROOT)).toList())
                .toList();
    }

    private static List<PairDiagnosis.Named> named(List<MeantimeDocument> documents, List<List<String>> answers) {
        List<PairwiseScore.Item> items = score(documents, answers);
        List<String> texts = documents.stream().flatMap(d -> d.names().stream()).map(NameMention::text).toList();
        List<PairDiagnosis.Named> named = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            named.add(new PairDiagnosis.Named(items.get(i), texts.get(i)));
        }
        return named;
    }

    private static List<PairwiseScore.Item> score(List<MeantimeDocument> documents, List<List<String>> answers) {
        List<PairwiseScore.Item> items = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            MeantimeDocument document = documents.get(d);
            for (int i = 0; i < document.names().size(); i++) {
                items.add(new PairwiseScore.Item(key(document), document.instances().get(i), answers.get(d).get(i)));
            }
        }
        return items;
    }
}
