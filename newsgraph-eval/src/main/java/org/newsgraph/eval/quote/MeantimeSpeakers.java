package org.newsgraph.eval.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Basis;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Quote;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;
import org.newsgraph.quote.QuoteConfig;
import org.newsgraph.quote.QuoteFinder;
import org.newsgraph.quote.QuoteLexicon;
import org.newsgraph.quote.Speaker;
import org.newsgraph.quote.SpeakerFinder;
import org.newsgraph.resolve.AliasFinder;
import org.newsgraph.resolve.Gazetteer;
import org.newsgraph.resolve.MentionGrouper;
import org.newsgraph.resolve.PlaceTyper;
import org.newsgraph.resolve.PlaceTyperConfig;

/**
 * Scores speakers on MEANTIME: each article analysed as analyze does (the annotator, then the
 * recipe's entity stages and the {@link QuoteFinder}), then for each gold speech event three
 * answers: the {@link SpeakerFinder}'s speaker for the verb, the speaker of a quote the finder
 * made with that verb as its cue, and a baseline, the nearest entity named before the verb in
 * its sentence. An answer is right when its entity has a mention overlapping one of the gold
 * speaker's. The gold is read only to score.
 */
public final class MeantimeSpeakers {

    /** One event's answers: the entity names given, or null. */
    public record Answer(MeantimeSpeech.Event event, String article, String sentence, String finder, boolean finderRight, String quote,
            boolean quoteRight, String baseline, boolean baselineRight) {}

    /** The answers of every event, and their rates. */
    public record Report(List<Answer> answers) {

        public double finderAccuracy() {
            return rate(answers.stream().filter(Answer::finderRight).count());
        }

        public double quoteAccuracy() {
            return rate(answers.stream().filter(Answer::quoteRight).count());
        }

        public double quoteCoverage() {
            return rate(answers.stream().filter(a -> a.quote() != null).count());
        }

        public double baselineAccuracy() {
            return rate(answers.stream().filter(Answer::baselineRight).count());
        }

        private double rate(long count) {
            return answers.isEmpty() ? 0 : (double) count / answers.size();
        }

        public String render() {
            StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
                    "%d speech events with a named Arg0%n  speaker of the verb (SpeakerFinder): %.3f%n"
                            + "  speaker of a quote cued by the verb (QuoteFinder): %.3f (a quote at %.3f of the verbs)%n"
                            + "  baseline, nearest entity before the verb: %.3f%n",
                    answers.size(), finderAccuracy(), quoteAccuracy(), quoteCoverage(), baselineAccuracy()));
            for (Answer a : answers) {
                if (!a.finderRight()) {
                    out.append(String.format(Locale.ROOT, "  wrong: %-50s %-12s gold %-24s got %s%n      %s%n",
                            shorten(a.article()), a.event().verb(), a.event().speaker(), a.finder(), a.sentence()));
                }
            }
            return out.toString();
        }

        private static String shorten(String name) {
            return name.length() <= 50 ? name : name.substring(0, 47) + "...";
        }
    }

    private MeantimeSpeakers() {}

    public static Report run(List<MeantimeSpeech.Article> articles, NlpAnnotator annotator) {
        QuoteLexicon lexicon = QuoteLexicon.english();
        List<Stage> stages = List.of(new MentionGrouper(), new PlaceTyper(Gazetteer.geonames(), PlaceTyperConfig.defaults()),
                new AliasFinder(), new QuoteFinder(lexicon, QuoteConfig.defaults()));
        SpeakerFinder finder = new SpeakerFinder(lexicon, QuoteConfig.defaults());
        List<Answer> answers = new ArrayList<>();
        for (MeantimeSpeech.Article article : articles) {
            Document doc = analysed(article, annotator, stages);
            for (MeantimeSpeech.Event event : article.events()) {
                int byFinder = finder.speakerOf(doc, event.span()).map(Speaker::entity).orElse(-1);
                int byQuote = quoteSpeaker(doc, event.span());
                int byBaseline = nearestBefore(doc, event.span());
                answers.add(new Answer(event, article.name(), sentence(doc, event.span()), name(doc, byFinder), right(doc, byFinder, event),
                        byQuote == -2 ? null : name(doc, byQuote), byQuote >= 0 && right(doc, byQuote, event),
                        name(doc, byBaseline), right(doc, byBaseline, event)));
            }
        }
        return new Report(answers);
    }

    private static Document analysed(MeantimeSpeech.Article article, NlpAnnotator annotator, List<Stage> stages) {
        ArticleSource source = new ArticleSource(article.name(), article.name(), SourceFormat.TEXT, article.name(),
                article.text(), null, null, Basis.NONE, PublicationDate.none(), "en");
        Document doc = Document.of(source).withText(article.text(), List.of(), Facet.CLEAN_TEXT).withLanguage("en")
                .withNlp(annotator.annotate(article.text(), Optional.empty()), annotator.provides());
        for (Stage stage : stages) {
            doc = stage.apply(doc);
        }
        return doc;
    }

    /** The speaker of the quote cued by the verb: its entity, -1 when it has none, -2 when no quote has that cue. */
    private static int quoteSpeaker(Document doc, Span verb) {
        for (Quote q : doc.quotes()) {
            if (q.cueSpan() != null && q.cueSpan().contains(verb.start())) {
                return q.speaker();
            }
        }
        return -2;
    }

    private static int nearestBefore(Document doc, Span verb) {
        Span sentence = doc.nlp().sentences().stream().map(s -> s.span())
                .filter(s -> s.contains(verb.start())).findFirst().orElse(verb);
        Span beforeVerb = new Span(sentence.start(), verb.start());
        int best = -1;
        int bestEnd = -1;
        for (int e = 0; e < doc.entities().size(); e++) {
            for (Mention m : doc.entities().get(e).mentions()) {
                if (beforeVerb.contains(m.span()) && m.span().end() > bestEnd) {
                    best = e;
                    bestEnd = m.span().end();
                }
            }
        }
        return best;
    }

    private static boolean right(Document doc, int entity, MeantimeSpeech.Event event) {
        if (entity < 0) {
            return false;
        }
        LocalEntity e = doc.entities().get(entity);
        return e.mentions().stream().anyMatch(m -> event.speakerMentions().stream()
                .anyMatch(g -> g.overlaps(m.span())));
    }

    private static String name(Document doc, int entity) {
        return entity < 0 ? null : doc.entities().get(entity).name();
    }

    /** The sentence holding the span, its tokens as the annotator tagged them, for the report. */
    private static String sentence(Document doc, Span span) {
        return doc.nlp().sentences().stream().filter(s -> s.span().contains(span.start()))
                .findFirst().map(s -> String.join(" ", s.tokens().stream().map(t -> t.text() + "/" + t.pos()
                        + (t.span().start() == span.start() ? "<<" : "")).toList())).orElse("");
    }
}
