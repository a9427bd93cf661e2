package org.newsgraph.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.testkit.Seeds;

/** The real models on the seed articles and on hostile text. Loads CoreNLP once for the whole class. */
class CoreNlpAnnotatorIT {

    private static final Optional<LocalDate> APRIL_20 = Optional.of(LocalDate.of(2023, 4, 20));

    private static CoreNlpAnnotator annotator;
    private static Map<String, String> seeds;

    @BeforeAll
    static void loadModelsOnce() throws IOException {
        annotator = new CoreNlpAnnotator(CoreNlpConfig.defaults());
        seeds = new LinkedHashMap<>();
        for (Path file : Seeds.files()) {
            seeds.put(file.getFileName().toString().substring(0, 3), Files.readString(file));
        }
        assertThat(seeds).hasSize(5);
    }

    @Test
    void findsZelenskyAsAPersonInEverySeed() {
        seeds.values().forEach(text -> assertThat(names(text)).anyMatch(n -> n.text().contains("Zelensk") && n.type() == EntityType.PERSON));
    }

    @Test
    void findsStoltenbergAsAPersonInTheSeedsAboutHisVisits() {
        Stream.of("001", "002", "003", "004").forEach(seed ->
                assertThat(names(seeds.get(seed))).anyMatch(n -> n.text().contains("Stoltenberg") && n.type() == EntityType.PERSON));
    }

    @Test
    void findsNatoAsAnOrganizationInEverySeed() {
        seeds.values().forEach(text -> assertThat(names(text)).anyMatch(n -> n.text().equals("NATO") && n.type() == EntityType.ORGANIZATION));
    }

    /**
     * CoreNLP 4.5.10 tags the spelling "Kiev" LOCATION every time, but "Kyiv" PERSON three times and O once in seed
     * 001, and O in seed 002 (whose typo "Kyv" it tags PERSON). The resolve stage has to correct that; here we hold
     * only what CoreNLP gets right, so that a regression shows.
     */
    @Test
    void findsKievAsALocationAndKyivAtLeastAsAName() {
        Stream.of("003", "004").forEach(seed ->
                assertThat(names(seeds.get(seed))).anyMatch(n -> n.text().equals("Kiev") && n.type() == EntityType.LOCATION));
        assertThat(names(seeds.get("001"))).anyMatch(n -> n.text().equals("Kyiv"));
    }

    @Test
    void resolvesThursdayAgainstTheDocumentDate() {
        String text = seeds.get("001");
        Timex thursday = timexAt(annotator.annotate(text, APRIL_20), text.indexOf("Thursday"));
        assertThat(thursday.text()).isEqualTo("Thursday");
        assertThat(thursday.type()).isEqualTo("DATE");
        assertThat(thursday.value()).isEqualTo("2023-04-20");
    }

    @Test
    void leavesThursdayRelativeWithoutADocumentDate() {
        String text = seeds.get("001");
        Timex thursday = timexAt(annotator.annotate(text, Optional.empty()), text.indexOf("Thursday"));
        assertThat(thursday.value()).isEqualTo("XXXX-WXX-4");
    }

    @Test
    void keepsOffsetsConsistentOnEverySeed() {
        seeds.values().forEach(text -> {
            NlpDocument doc = annotator.annotate(text, APRIL_20);
            assertThat(doc.tokenCount()).isGreaterThan(400);
            assertOffsetsConsistent(text, doc);
            assertOnlyWhiteSpaceBetweenTokens(text, doc);
        });
    }

    @Test
    void countsOffsetsInUtf16UnitsPastEmojiAndCurlyQuotes() {
        String text = "“Zelensky” 😀 met 𝒳 Stoltenberg in Kyiv on Thursday — 👍🏽 NATO’s chief said.\nA second line.";
        NlpDocument doc = annotator.annotate(text, APRIL_20);
        assertThat(doc.names()).extracting(NameMention::span).contains(spanOf(text, "Stoltenberg"), spanOf(text, "NATO"));
        assertThat(doc.sentences().get(0).tokens()).extracting(Token::text).contains("😀", "Stoltenberg", "’s");
        assertThat(doc.sentences()).hasSize(2);
        assertOffsetsConsistent(text, doc);
        assertOnlyWhiteSpaceBetweenTokens(text, doc);
    }

    @Test
    void splitsSentencesAtEveryNewline() {
        String text = "Zelensky meets Stoltenberg\nKYIV, April 20 (Reuters)\nNATO's chief arrived.";
        assertThat(annotator.annotate(text, APRIL_20).sentences()).extracting(s -> s.span().of(text))
                .containsExactly("Zelensky meets Stoltenberg", "KYIV, April 20 (Reuters)", "NATO's chief arrived.");
    }

    @ParameterizedTest
    @MethodSource("hostileTexts")
    @Timeout(60)
    void survivesHostileText(String text) {
        NlpDocument doc = annotator.annotate(text, APRIL_20);
        assertOffsetsConsistent(text, doc);
    }

    static Stream<Named<String>> hostileTexts() {
        Random random = new Random(20230420);
        return Stream.of(
                Named.of("empty", ""),
                Named.of("only white space", " \n\n\t \u00A0 \n"),
                Named.of("20,000 letters", "a".repeat(20_000)),
                Named.of("20,000 quotes", "\"".repeat(20_000)),
                Named.of("10,000 emoji", "😀".repeat(10_000)),
                Named.of("20,000 NULs", "\u0000".repeat(20_000)),
                Named.of("10,000 one-letter words", "x ".repeat(10_000)),
                Named.of("only punctuation", "!?.,;:\"'()[]{}<>...--—–“”‘’«»/\\|@#$%^&*_+=~`\n!!! ??? ... --- ***"),
                Named.of("random unicode 1", randomUnicode(random, 1_500)),
                Named.of("random unicode 2", randomUnicode(random, 1_500)),
                Named.of("random unicode 3", randomUnicode(random, 1_500)));
    }

    @Test
    @Timeout(60)
    void annotatesAroundABlankedStretch() {
        String text = "Zelensky spoke in Brussels.\n" + "\"".repeat(20_000) + "\nStoltenberg answered.";
        NlpDocument doc = annotator.annotate(text, APRIL_20);
        assertThat(doc.names()).extracting(NameMention::span).contains(spanOf(text, "Zelensky"), spanOf(text, "Stoltenberg"));
        assertOffsetsConsistent(text, doc);
    }

    @Test
    @Timeout(60)
    void leavesOverlongSentencesUntagged() {
        String text = "Zelensky ".repeat(300).trim();
        NlpDocument doc = annotator.annotate(text, APRIL_20);
        assertThat(doc.tokenCount()).isEqualTo(300);
        assertThat(doc.names()).isEmpty();
        assertThat(doc.sentences().get(0).tokens()).allSatisfy(t -> assertThat(t.ner()).isEqualTo("O"));
    }

    @Test
    void givesTheSameResultsFromTwoThreadsAsInSequence() throws Exception {
        List<String> texts = List.copyOf(seeds.values());
        List<NlpDocument> sequential = texts.stream().map(t -> annotator.annotate(t, APRIL_20)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<NlpDocument>>> runs = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                runs.add(pool.submit(() -> texts.stream().map(t -> annotator.annotate(t, APRIL_20)).toList()));
            }
            for (Future<List<NlpDocument>> run : runs) {
                assertThat(run.get()).isEqualTo(sequential);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void providesEveryLinguisticFacet() {
        assertThat(annotator.provides()).containsExactlyInAnyOrder(
                Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS, Facet.NER, Facet.TIMEXES);
    }

    private static List<NameMention> names(String text) {
        return annotator.annotate(text, APRIL_20).names();
    }

    private static Timex timexAt(NlpDocument doc, int offset) {
        return doc.timexes().stream()
                .filter(t -> t.span().start() <= offset && offset < t.span().end())
                .findFirst().orElseThrow(() -> new AssertionError("no timex at " + offset + " in " + doc.timexes()));
    }

    private static Span spanOf(String text, String part) {
        int start = text.indexOf(part);
        return new Span(start, start + part.length());
    }

    /** Every text matches its span, tokens run in order inside their sentence, names and timexes sit on token edges. */
    private static void assertOffsetsConsistent(String text, NlpDocument doc) {
        List<Token> tokens = new ArrayList<>();
        int previousEnd = 0;
        for (Sentence sentence : doc.sentences()) {
            assertThat(sentence.span().start()).isGreaterThanOrEqualTo(previousEnd);
            for (Token token : sentence.tokens()) {
                assertThat(token.span().of(text)).isEqualTo(token.text());
                assertThat(token.text()).isNotEmpty();
                assertThat(sentence.span().contains(token.span())).as("%s in %s", token, sentence.span()).isTrue();
                assertThat(token.span().start()).isGreaterThanOrEqualTo(previousEnd);
                previousEnd = token.span().end();
                tokens.add(token);
            }
        }
        for (NameMention name : doc.names()) {
            assertThat(name.span().of(text)).isEqualTo(name.text());
            assertOnTokenEdges(name.span(), tokens);
            assertThat(doc.sentences().get(name.sentence()).span().contains(name.span())).isTrue();
        }
        for (Timex timex : doc.timexes()) {
            assertThat(timex.span().of(text)).isEqualTo(timex.text());
            assertOnTokenEdges(timex.span(), tokens);
        }
    }

    private static void assertOnTokenEdges(Span span, List<Token> tokens) {
        assertThat(tokens).as("a token starting at %s", span).anyMatch(t -> t.span().start() == span.start());
        assertThat(tokens).as("a token ending at %s", span).anyMatch(t -> t.span().end() == span.end());
    }

    /** Offsets that drifted (counted in code points, say) would cut words and leave letters between tokens. */
    private static void assertOnlyWhiteSpaceBetweenTokens(String text, NlpDocument doc) {
        int previousEnd = 0;
        for (Sentence sentence : doc.sentences()) {
            for (Token token : sentence.tokens()) {
                assertThat(text.substring(previousEnd, token.span().start()).chars()
                        .allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)))
                        .as("only white space before %s", token).isTrue();
                previousEnd = token.span().end();
            }
        }
        assertThat(text.substring(previousEnd)).isBlank();
    }

    private static String randomUnicode(Random random, int length) {
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            switch (random.nextInt(6)) {
                case 0 -> text.append((char) random.nextInt(0x20));
                case 1 -> text.appendCodePoint(0x1F300 + random.nextInt(0x300));
                case 2 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                case 3 -> text.appendCodePoint(random.nextInt(0x3000));
                case 4 -> text.append(' ');
                default -> text.append(" Kyiv NATO met on Thursday, 20 April. ");
            }
        }
        return text.toString();
    }
}
