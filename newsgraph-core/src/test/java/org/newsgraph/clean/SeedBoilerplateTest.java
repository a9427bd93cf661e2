package org.newsgraph.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Removed;

/**
 * The acceptance on the five example articles: every boilerplate and repeated line of
 * the hand gold is gone from the cleaned text, and at least 99% of the other sentences stay.
 */
class SeedBoilerplateTest {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    /**
     * The gold's note on 002 says that everything after "more articles" is teasers of other
     * stories, though it lists only the headings: those lines are not sentences of the article.
     */
    private static final Map<String, String> TEASERS_AFTER = Map.of("002_68f8b93d1e7868be.txt", "more articles");

    private static Map<String, SeedGold.Seed> seeds;

    @BeforeAll
    static void cleanTheSeeds() {
        seeds = SeedGold.seeds();
    }

    @Test
    void readsAllFiveSeeds() {
        assertThat(seeds).hasSize(5);
    }

    @Test
    void removesEveryBoilerplateLineOfTheGold() {
        for (SeedGold.Seed seed : seeds.values()) {
            for (String line : seed.goldList("boilerplate_lines")) {
                assertThat(seed.cleaned().text()).as(seed.file()).doesNotContain(line);
            }
        }
    }

    @Test
    void keepsExactlyOneCopyOfEveryRepeatedParagraph() {
        for (SeedGold.Seed seed : seeds.values()) {
            for (String repeated : seed.goldList("duplicated_lines")) {
                List<String> near = seed.cleaned().text().lines()
                        .filter(line -> WordEdits.within(new Line(line, 0).tokens(), new Line(repeated, 0).tokens(), 4))
                        .toList();
                assertThat(near).as(seed.file() + ": " + repeated).hasSize(1);
            }
        }
    }

    @Test
    void keepsAtLeast99PercentOfTheOtherSentences() {
        int total = 0;
        List<String> lost = new ArrayList<>();
        for (SeedGold.Seed seed : seeds.values()) {
            List<String> sentences = otherSentences(seed);
            total += sentences.size();
            sentences.stream().filter(s -> !seed.cleaned().text().contains(s)).forEach(s -> lost.add(seed.file() + ": " + s));
        }
        double kept = 100.0 * (total - lost.size()) / total;
        System.out.printf("seed sentences kept: %d of %d (%.1f%%); lost: %s%n", total - lost.size(), total, kept, lost);
        assertThat(kept).as("lost: %s", lost).isGreaterThanOrEqualTo(99.0);
    }

    @Test
    void takesTheTitleOfSeed003AsBodyAndItsOutletFromTheTrailer() {
        SeedGold.Seed seed = seeds.get("003_1da4555878407905.txt");
        assertThat(seed.cleaned().source().title()).isNull();
        assertThat(seed.cleaned().source().outlet()).isEqualTo(seed.gold().path("outlet_in_text").asText());
        assertThat(seed.cleaned().text()).startsWith(seed.originalLines().get(0));
    }

    @Test
    void findsTheOutletWhereTheGoldSaysTheTextNamesIt() {
        for (SeedGold.Seed seed : seeds.values()) {
            String expected = seed.gold().path("outlet_in_text").isNull() ? null : seed.gold().path("outlet_in_text").asText();
            assertThat(seed.cleaned().source().outlet()).as(seed.file()).isEqualTo(expected);
        }
    }

    @Test
    void takesTheTitleTheGoldGives() {
        for (SeedGold.Seed seed : seeds.values()) {
            String expected = seed.gold().path("title").isNull() ? null : seed.gold().path("title").asText();
            assertThat(seed.cleaned().source().title()).as(seed.file()).isEqualTo(expected);
        }
    }

    @Test
    void recordsEveryRemovedLineWithAReason() {
        for (SeedGold.Seed seed : seeds.values()) {
            assertThat(seed.cleaned().removed()).extracting(Removed::reason).doesNotContainNull().doesNotContain("");
        }
    }

    /** The sentences of the original that are neither gold boilerplate, nor repeats, nor the title. */
    private static List<String> otherSentences(SeedGold.Seed seed) {
        List<String> boilerplate = seed.goldList("boilerplate_lines");
        List<String> repeated = seed.goldList("duplicated_lines");
        String title = seed.cleaned().source().title();
        String teasersAfter = TEASERS_AFTER.get(seed.file());
        List<String> sentences = new ArrayList<>();
        for (String line : seed.originalLines()) {
            if (line.equals(teasersAfter)) {
                break;
            }
            if (line.isEmpty() || line.equals(title) || boilerplate.contains(line) || repeated.contains(line)) {
                continue;
            }
            String rest = line;
            for (String piece : boilerplate) {
                rest = rest.replace(piece, " ");
            }
            for (String sentence : SENTENCE_END.split(rest.strip())) {
                if (sentence.chars().anyMatch(Character::isLetterOrDigit)) {
                    sentences.add(sentence.strip());
                }
            }
        }
        return sentences;
    }
}
