package org.newsgraph.eval.temporal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Basis;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Timex;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.temporal.TimexNormalizer;

/**
 * Runs the product's time expressions over MEANTIME articles: the annotator (SUTime) anchored on
 * each creation time, then the recipe's {@link TimexNormalizer}, scoring both, per corpus and
 * overall. The articles' gold is read only to score.
 */
public final class TimexEvaluation {

    /** What the two systems reach, by corpus, and the expressions they got wrong for the report. */
    public record Report(Map<String, TimexScore> sutime, Map<String, TimexScore> normalised, List<String> changes,
            List<String> errors) {

        public TimexScore sutimeAll() {
            return sutime.values().stream().reduce(TimexScore.ZERO, TimexScore::plus);
        }

        public TimexScore normalisedAll() {
            return normalised.values().stream().reduce(TimexScore.ZERO, TimexScore::plus);
        }

        public String render() {
            StringBuilder out = new StringBuilder();
            for (String corpus : sutime.keySet()) {
                out.append(String.format(Locale.ROOT, "%-14s SUTime     %s%n", corpus, sutime.get(corpus)));
                out.append(String.format(Locale.ROOT, "%-14s normalised %s%n", corpus, normalised.get(corpus)));
            }
            out.append(String.format(Locale.ROOT, "%-14s SUTime     %s%n", "all", sutimeAll()));
            out.append(String.format(Locale.ROOT, "%-14s normalised %s%n", "all", normalisedAll()));
            out.append("what the normaliser changed (text: SUTime -> ours, gold):\n");
            changes.forEach(c -> out.append("  ").append(c).append('\n'));
            out.append("normalised answers that miss (value: a wrong value on a match; missed: gold not found; spurious: no gold):\n");
            errors.forEach(e -> out.append("  ").append(e).append('\n'));
            return out.toString();
        }
    }

    private TimexEvaluation() {}

    public static Report run(List<TimexArticle> articles, NlpAnnotator annotator) {
        Stage normalizer = new TimexNormalizer();
        Map<String, TimexScore> sutime = new LinkedHashMap<>();
        Map<String, TimexScore> normalised = new LinkedHashMap<>();
        List<String> changes = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (TimexArticle article : articles) {
            NlpDocument nlp = annotator.annotate(article.text(), article.creationTime());
            List<Timex> ours = normalizer.apply(document(article, nlp)).nlp().timexes();
            List<Timex> theirs = annotated(article, nlp.timexes());
            ours = annotated(article, ours);
            sutime.merge(article.corpus(), TimexScore.of(article.gold(), theirs), TimexScore::plus);
            normalised.merge(article.corpus(), TimexScore.of(article.gold(), ours), TimexScore::plus);
            changes.addAll(changes(article, theirs, ours));
            errors.addAll(errors(article, ours));
        }
        return new Report(sutime, normalised, changes, errors);
    }

    /** The answers in the part of the article MEANTIME annotates. */
    private static List<Timex> annotated(TimexArticle article, List<Timex> answers) {
        return answers.stream().filter(t -> t.span().start() < article.annotated()).toList();
    }

    static Document document(TimexArticle article, NlpDocument nlp) {
        PublicationDate published = article.creationTime()
                .map(LocalDate::toString).map(d -> new PublicationDate(d, Basis.METADATA, 1.0)).orElse(PublicationDate.none());
        ArticleSource source = new ArticleSource(article.name(), article.name(), SourceFormat.TEXT, null, article.text(),
                null, null, Basis.NONE, published, "en");
        return Document.of(source).withText(article.text(), List.of(), Facet.CLEAN_TEXT)
                .withNlp(nlp, Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS, Facet.TIMEXES));
    }

    private static List<String> errors(TimexArticle article, List<Timex> answers) {
        Map<GoldTimex, Timex> matches = TimexScore.matches(article.gold(), answers);
        List<String> errors = new ArrayList<>();
        String where = label(article);
        for (GoldTimex g : article.gold()) {
            Timex a = matches.get(g);
            if (a == null) {
                errors.add(String.format(Locale.ROOT, "%s missed \"%s\" %s %s", where, g.text(), g.type(), g.value()));
            } else if (!Objects.equals(a.value(), g.value())) {
                errors.add(String.format(Locale.ROOT, "%s value \"%s\" %s, gold \"%s\" %s", where, a.text(), a.value(), g.text(), g.value()));
            }
        }
        answers.stream().filter(a -> !matches.containsValue(a))
                .forEach(a -> errors.add(String.format(Locale.ROOT, "%s spurious \"%s\" %s %s", where, a.text(), a.type(), a.value())));
        return errors;
    }

    private static String label(TimexArticle article) {
        return article.name().substring(0, Math.min(6, article.name().length())) + " "
                + article.creationTime().map(LocalDate::toString).orElse("no DCT");
    }

    /**
     * What the normaliser did to SUTime's answers: a value changed on the same extent, an answer
     * dropped, or one split into parts (each part listed), with the gold each overlaps.
     */
    private static List<String> changes(TimexArticle article, List<Timex> before, List<Timex> after) {
        List<String> changes = new ArrayList<>();
        for (Timex b : before) {
            List<Timex> now = after.stream().filter(a -> b.span().contains(a.span())).toList();
            if (now.isEmpty()) {
                changes.add(String.format(Locale.ROOT, "%s \"%s\": %s dropped, gold %s", label(article), b.text(), b.value(), goldOver(article, b)));
            }
            for (Timex a : now) {
                boolean split = !a.span().equals(b.span());
                if (split || !Objects.equals(a.value(), b.value())) {
                    changes.add(String.format(Locale.ROOT, "%s \"%s\": %s -> %s%s, gold %s", label(article), a.text(), b.value(), a.value(),
                            split ? " (split from \"" + b.text() + "\")" : "", goldOver(article, a)));
                }
            }
        }
        return changes;
    }

    private static String goldOver(TimexArticle article, Timex answer) {
        return article.gold().stream().filter(g -> g.span().overlaps(answer.span()))
                .findFirst().map(GoldTimex::value).orElse("(no gold)");
    }
}
