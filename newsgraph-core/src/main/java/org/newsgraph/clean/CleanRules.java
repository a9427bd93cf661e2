package org.newsgraph.clean;

import org.newsgraph.pipeline.RuleFile;

/**
 * The rules and lexicons of one language, read from the data files of its folder beside this
 * class ({@code english/prompts.txt}, ...). Reading fails fast, naming file and line.
 */
public final class CleanRules {

    final Lexicon prompts;
    final Lexicon navigation;
    final Lexicon teaserHeadings;
    final Lexicon counters;
    final PatternList credits;
    final PatternList captions;
    final PatternList trailers;
    final PatternList embeds;
    final Lexicon abbreviations;
    final Lexicon connectors;
    final Lexicon outletWords;
    final Lexicon platforms;
    final PatternList datelines;

    private CleanRules(String folder) {
        prompts = Lexicon.read(RuleFile.read(CleanRules.class, folder, "prompts.txt"));
        navigation = Lexicon.read(RuleFile.read(CleanRules.class, folder, "navigation.txt"));
        teaserHeadings = Lexicon.read(RuleFile.read(CleanRules.class, folder, "teaser-headings.txt"));
        counters = Lexicon.read(RuleFile.read(CleanRules.class, folder, "counters.txt"));
        credits = PatternList.read(RuleFile.read(CleanRules.class, folder, "credits.txt"));
        captions = PatternList.read(RuleFile.read(CleanRules.class, folder, "captions.txt"));
        trailers = PatternList.read(RuleFile.read(CleanRules.class, folder, "trailers.txt"), "outlet");
        embeds = PatternList.read(RuleFile.read(CleanRules.class, folder, "embeds.txt"));
        abbreviations = Lexicon.read(RuleFile.read(CleanRules.class, folder, "abbreviations.txt"));
        connectors = Lexicon.read(RuleFile.read(CleanRules.class, folder, "name-connectors.txt"));
        outletWords = Lexicon.read(RuleFile.read(CleanRules.class, folder, "outlet-words.txt"));
        platforms = Lexicon.read(RuleFile.read(CleanRules.class, folder, "platforms.txt"));
        datelines = PatternList.read(RuleFile.read(CleanRules.class, folder, "datelines.txt"), 0, "place");
    }

    /** The rules for English pages. */
    public static CleanRules english() {
        return new CleanRules("english");
    }
}
