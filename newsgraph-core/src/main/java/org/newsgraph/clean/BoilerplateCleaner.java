package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.Removed;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Leaves out of the normalised text what is not the story: teaser lists, captions and credits,
 * counters, prompts, navigation, the headline printed again, trailers, and paragraphs printed
 * twice. Each piece left out is recorded with its reason. Every rule reads the shape of lines
 * (length, punctuation, position, repetition on the page) or a lexicon of web furniture; a line
 * shaped as a sentence of the story is kept unless it repeats an earlier one. A {@code .txt}
 * title is checked first, since the headline printed again is found by comparing with it.
 */
public final class BoilerplateCleaner implements Stage {

    private final TitleChecker titles;
    private final EmbedLinks embeds;
    private final List<LineRule> rules;

    public BoilerplateCleaner(CleanRules rules, CleanerConfig config) {
        NameShape names = new NameShape(rules.connectors);
        OutletNames outlets = new OutletNames(rules);
        this.titles = new TitleChecker(new SentenceBreaks(rules.abbreviations), config.maxTitleWords());
        this.embeds = new EmbedLinks(rules.embeds);
        this.rules = List.of(
                new TeaserBlocks(rules.teaserHeadings, config.maxTitleWords()),
                new TruncatedCopies(),
                new CounterLines(rules.counters),
                new LexiconLines(rules.prompts, Reason.PROMPT),
                new LexiconLines(rules.navigation, Reason.NAVIGATION),
                new CreditLines(rules.credits, names),
                new CaptionLines(rules.captions),
                new RepeatedHeadlines(),
                new RepeatedLines(names, outlets, config),
                new LoneWords(),
                new Trailers(outlets, config.trailerLines()),
                new RepeatedParagraphs(config));
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.TEXT);
    }

    @Override
    public Set<Facet> provides() {
        return Set.of(Facet.CLEAN_TEXT);
    }

    @Override
    public Document apply(Document document) {
        TitleChecker.Titled titled = titles.check(document.source(), document.text());
        EmbedLinks.Cut cut = embeds.cut(titled.text());
        PageText page = PageText.of(cut.text(), titled.title());
        Marks marks = new Marks(page);
        rules.forEach(rule -> rule.mark(page, marks));
        List<Removed> removed = new ArrayList<>(document.removed());
        removed.addAll(titled.removed());
        removed.addAll(cut.removed());
        removed.addAll(marks.removed());
        return document.withSource(document.source().withTitle(titled.title()))
                .withText(page.render(marks), removed, Facet.CLEAN_TEXT);
    }
}
