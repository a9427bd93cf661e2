package org.newsgraph.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Basis;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

class QuoteFinderTest {

    /** A tiny tagger for invented text: these words get these tags and lemmas, capitalised words NNP. */
    private static final Map<String, String[]> TAGS = Map.ofEntries(
            Map.entry("said", new String[] {"VBD", "say"}), Map.entry("says", new String[] {"VBZ", "say"}),
            Map.entry("told", new String[] {"VBD", "tell"}), Map.entry("added", new String[] {"VBD", "add"}),
            Map.entry("warned", new String[] {"VBD", "warn"}), Map.entry("arrived", new String[] {"VBD", "arrive"}),
            Map.entry("met", new String[] {"VBD", "meet"}), Map.entry("is", new String[] {"VBZ", "be"}),
            Map.entry("was", new String[] {"VBD", "be"}), Map.entry("will", new String[] {"MD", "will"}),
            Map.entry("would", new String[] {"MD", "would"}), Map.entry("could", new String[] {"MD", "could"}),
            Map.entry("fail", new String[] {"VB", "fail"}), Map.entry("open", new String[] {"VB", "open"}),
            Map.entry("he", new String[] {"PRP", "he"}), Map.entry("she", new String[] {"PRP", "she"}),
            Map.entry("He", new String[] {"PRP", "he"}), Map.entry("She", new String[] {"PRP", "she"}),
            Map.entry("we", new String[] {"PRP", "we"}), Map.entry("We", new String[] {"PRP", "we"}),
            Map.entry("the", new String[] {"DT", "the"}), Map.entry("The", new String[] {"DT", "the"}),
            Map.entry("a", new String[] {"DT", "a"}), Map.entry("that", new String[] {"IN", "that"}),
            Map.entry("in", new String[] {"IN", "in"}), Map.entry("of", new String[] {"IN", "of"}),
            Map.entry("to", new String[] {"TO", "to"}), Map.entry("on", new String[] {"IN", "on"}),
            Map.entry("According", new String[] {"VBG", "accord"}), Map.entry("according", new String[] {"VBG", "accord"}),
            Map.entry("minister", new String[] {"NN", "minister"}), Map.entry("talks", new String[] {"NNS", "talk"}),
            Map.entry("bridge", new String[] {"NN", "bridge"}), Map.entry("summit", new String[] {"NN", "summit"}),
            Map.entry("historic", new String[] {"JJ", "historic"}), Map.entry("so-called", new String[] {"JJ", "so-called"}),
            Map.entry("plan", new String[] {"NN", "plan"}), Map.entry("reporters", new String[] {"NNS", "reporter"}));
    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+[”\"]?|$)");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}][\\p{L}\\p{N}'’-]*|\\p{N}+|\\S");

    private final QuoteFinder finder = new QuoteFinder(QuoteLexicon.english(), QuoteConfig.defaults());

    @Test
    void aSpeechVerbAfterTheQuoteGivesItsSpeaker() {
        List<Quote> quotes = find("“The bridge will open in May,” Anna Berg said.", "Anna Berg");

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("The bridge will open in May");
            assertThat(q.direct()).isTrue();
            assertThat(q.speaker()).isZero();
            assertThat(q.speakerText()).isEqualTo("Anna Berg");
            assertThat(q.cue()).isEqualTo("say");
        });
    }

    @Test
    void findsAQuoteInSingleMarksAsBritishOutletsWriteThem() {
        List<Quote> quotes = find("‘The bridge will open in May,’ Anna Berg said.", "Anna Berg");

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("The bridge will open in May");
            assertThat(q.speakerText()).isEqualTo("Anna Berg");
        });
        assertThat(find("'We will not wait for the talks', said Piet Marsman.", "Piet Marsman"))
                .singleElement().extracting(Quote::text).isEqualTo("We will not wait for the talks");
    }

    @Test
    void apostrophesAreNoQuotes() {
        assertThat(find("Anna Berg said the ministers' talks won't fail and Berg's plan is the summit's.", "Anna Berg")
                .stream().filter(Quote::direct)).isEmpty();
    }

    @Test
    void singleMarksInsideDoubleMarksStayPartOfTheQuote() {
        assertThat(find("“The ‘so-called plan’ will fail,” Anna Berg said.", "Anna Berg"))
                .singleElement().extracting(Quote::text).isEqualTo("The ‘so-called plan’ will fail");
    }

    @Test
    void theSpeakerMayFollowTheVerb() {
        assertThat(find("\"We will not wait for the talks,\" said Piet Marsman.", "Piet Marsman"))
                .singleElement().extracting(Quote::speaker, Quote::speakerText).containsExactly(0, "Piet Marsman");
    }

    @Test
    void aPronounIsTheLastPersonNamedAsSubject() {
        List<Quote> quotes = find("Anna Berg met Piet Marsman on Monday. Piet Marsman arrived late.\n"
                + "“The talks could fail,” he said.", "Anna Berg", "Piet Marsman");

        assertThat(quotes).singleElement().extracting(Quote::speaker, Quote::speakerText).containsExactly(1, "he");
    }

    @Test
    void aQuoteOpenAtTheEndOfAParagraphGoesOnIntoTheNext() {
        List<Quote> quotes = find("Anna Berg said: «The bridge will open in May.\nWe will open the summit too.»", "Anna Berg");

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).startsWith("The bridge").endsWith("summit too.");
            assertThat(q.speaker()).isZero();
        });
    }

    @Test
    void marksFacingTheWrongWayStillPair() {
        assertThat(find("“The talks could fail“ Anna Berg said.", "Anna Berg"))
                .singleElement().extracting(Quote::text).isEqualTo("The talks could fail");
    }

    @Test
    void aQuotedTermIsNoQuote() {
        List<Quote> quotes = find("Anna Berg called the summit “historic” on Monday. The so-called “plan” was a bridge.",
                "Anna Berg");

        assertThat(quotes).noneMatch(Quote::direct);
    }

    @Test
    void saidThatMakesReportedSpeech() {
        List<Quote> quotes = find("Anna Berg said the talks could fail.", "Anna Berg");

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.direct()).isFalse();
            assertThat(q.text()).isEqualTo("the talks could fail");
            assertThat(q.speaker()).isZero();
        });
    }

    @Test
    void anEmbeddedPostIsQuotedWithItsAuthor() {
        List<Quote> quotes = find("The summit was a success for all of us. #bridge\n— Anna Berg (@annaberg) May 2, 2031",
                "Anna Berg");

        assertThat(quotes).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("The summit was a success for all of us. #bridge");
            assertThat(q.speaker()).isZero();
            assertThat(q.cue()).isEqualTo("post");
        });
    }

    @Test
    void aQuoteWithoutSpeakerHasNone() {
        assertThat(find("“The bridge will open in May and the talks will fail.”", "Anna Berg"))
                .singleElement().satisfies(q -> {
                    assertThat(q.speaker()).isEqualTo(-1);
                    assertThat(q.speakerText()).isNull();
                });
    }

    @Test
    void survivesHostileText() {
        Random random = new Random(11);
        String[] pieces = {"“", "”", "\"", "«", "»", " said", " he", " Anna Berg", ",", ".", "\n", " the talks", ":",
            " that", " — ", "(@x)", " according to", "’s"};
        for (int n = 0; n < 500; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            assertThatCode(() -> find(text.toString(), "Anna Berg")).as(text.toString()).doesNotThrowAnyException();
        }
    }

    private List<Quote> find(String text, String... names) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            if (!s.group().isBlank()) {
                sentences.add(sentence(text, sentences.size(), s.start(), s.end()));
            }
        }
        List<LocalEntity> entities = new ArrayList<>();
        for (String name : names) {
            List<Mention> mentions = new ArrayList<>();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                mentions.add(new Mention(new Span(at, at + name.length()), name));
            }
            entities.add(new LocalEntity(name, EntityType.PERSON, mentions));
        }
        ArticleSource source = new ArticleSource("t.txt", "t.txt", SourceFormat.TEXT, "T", text, null, null, Basis.NONE,
                PublicationDate.none(), "en");
        Document doc = Document.of(source).withText(text, List.of(), Facet.CLEAN_TEXT)
                .withNlp(new NlpDocument(sentences, List.of(), List.of()), EnumSet.of(Facet.SENTENCES))
                .withEntities(entities, Facet.ALIASES);
        return finder.apply(doc).quotes();
    }

    private static Sentence sentence(String text, int index, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(text).region(start, end);
        while (t.find()) {
            String word = t.group();
            String[] tag = TAGS.get(word);
            String pos = tag != null ? tag[0] : Character.isUpperCase(word.charAt(0)) ? "NNP"
                    : Character.isLetter(word.charAt(0)) ? "NN" : word.equals(",") ? "," : ".";
            if ("“\"«»”".contains(word)) {
                pos = "``";
            }
            tokens.add(new Token(new Span(t.start(), t.end()), word, pos, tag != null ? tag[1] : word.toLowerCase(), "O"));
        }
        return new Sentence(index, new Span(start, end), tokens);
    }
}
