package org.newsgraph.claim;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Basis;
import org.newsgraph.model.Claim;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.quote.QuoteConfig;
import org.newsgraph.quote.QuoteFinder;
import org.newsgraph.quote.QuoteLexicon;
import org.newsgraph.resolve.MentionGrouper;

class ClaimExtractorTest {

    private static final Pattern SENTENCE = Pattern.compile("[^\\n]+?(?:[.!?][\"”]?(?=\\s|$)|$)", Pattern.MULTILINE);
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}'’-]*|\\p{N}+(?:[.,]\\p{N}+)*|\\S");
    /** The lemmas the annotator gives the verbs of these texts; any other word is its own lemma. */
    private static final Map<String, String> LEMMAS = Map.of("said", "say", "told", "tell", "estimated", "estimate",
            "posted", "post");

    private final ClaimExtractor extractor = new ClaimExtractor();

    // numbers, scales and currencies

    @Test
    void readsCurrencySymbolsWithScaleWords() {
        assertThat(only("The fund holds €70 billion.")).satisfies(c -> money(c, 70e9, "EUR"));
        assertThat(only("The fund holds $160bn.")).satisfies(c -> money(c, 160e9, "USD"));
        assertThat(only("The fund holds £2.5m.")).satisfies(c -> money(c, 2.5e6, "GBP"));
        assertThat(only("The fund holds US$ 3 billion.")).satisfies(c -> money(c, 3e9, "USD"));
    }

    @Test
    void readsCurrencyCodesAndNamesOnEitherSide() {
        assertThat(only("The fund holds EUR 40 million.")).satisfies(c -> money(c, 40e6, "EUR"));
        assertThat(only("The fund holds 40 million euros.")).satisfies(c -> money(c, 40e6, "EUR"));
        assertThat(only("The loan is 1.2 trillion dollars.")).satisfies(c -> money(c, 1.2e12, "USD"));
        assertThat(only("Each family got 5,000 hryvnias.")).satisfies(c -> money(c, 5000, "UAH"));
        assertThat(only("The bill came to 70 USD.")).satisfies(c -> money(c, 70, "USD"));
    }

    @Test
    void readsDigitGroupsWithCommasAndSpaces() {
        assertThat(only("The army sent 300,000 troops.").value()).isEqualTo(300_000);
        assertThat(only("The army sent 2 500 soldiers.").value()).isEqualTo(2_500);
        assertThat(only("The army sent 1,250,000 shells.").value()).isEqualTo(1_250_000);
    }

    @Test
    void readsNumberWordsAndRoundPluralsAsMoreThan() {
        Claim tens = only("Tens of thousands of people fled the city.");
        assertThat(tens.value()).isEqualTo(10_000);
        assertThat(tens.unit()).isEqualTo("people");
        assertThat(tens.qualifier()).isEqualTo("more than");
        assertThat(only("Dozens of civilians were hurt.").qualifier()).isEqualTo("more than");
        assertThat(only("The city lost twenty-five tanks.").value()).isEqualTo(25);
        assertThat(only("The city lost two million residents.").value()).isEqualTo(2e6);
        assertThat(only("The port handled a million tonnes.").value()).isEqualTo(1e6);
        assertThat(only("The port handled a couple of million tonnes.").value()).isEqualTo(2e6);
        assertThat(claims("The port handled a couple of ships.")).isEmpty();
    }

    @Test
    void percentagesCountInPercent() {
        Claim share = only("Nearly 40 percent of voters stayed home.");
        assertThat(share.value()).isEqualTo(40);
        assertThat(share.unit()).isEqualTo("percent");
        assertThat(share.qualifier()).isEqualTo("nearly");
        assertThat(share.subject()).isEqualTo("voters stayed home");
        assertThat(tagged("Nearly 40 percent of voters stayed home.", Map.of("stayed", "VBD"), Map.of()).get(0).subject())
                .isEqualTo("voters");
        assertThat(only("Prices rose by 12% in May.").unit()).isEqualTo("percent");
        assertThat(only("Prices rose by 3.5 per cent.").value()).isEqualTo(3.5);
    }

    @Test
    void aLargeNumberWithAScaleIsAClaimEvenWithoutAUnit() {
        Claim c = only("The population grew to 5 million.");
        assertThat(c.value()).isEqualTo(5e6);
        assertThat(c.unit()).isNull();
    }

    // ranges

    @Test
    void readsRangesWithTheirSharedScaleAndUnit() {
        Claim between = only("The army lost between 10 and 20 tanks.");
        assertThat(between.value()).isEqualTo(10);
        assertThat(between.upper()).isEqualTo(20.0);
        assertThat(between.unit()).isEqualTo("tanks");
        assertThat(between.text()).isEqualTo("between 10 and 20 tanks");
        Claim hyphen = only("Repairs will cost €10-20 billion.");
        assertThat(hyphen.value()).isEqualTo(10e9);
        assertThat(hyphen.upper()).isEqualTo(20e9);
        assertThat(hyphen.unit()).isEqualTo("EUR");
        Claim to = only("The storm left 5 to 7 million people without power.");
        assertThat(to.value()).isEqualTo(5e6);
        assertThat(to.upper()).isEqualTo(7e6);
    }

    // qualifiers

    @Test
    void normalisesQualifiersBeforeAndAfterTheNumber() {
        assertThat(only("At least 52 people died.").qualifier()).isEqualTo("at least");
        assertThat(only("The fleet has up to 3,000 drones.").qualifier()).isEqualTo("up to");
        assertThat(only("The fleet has almost 90 drones.").qualifier()).isEqualTo("nearly");
        assertThat(only("The camp holds some 400 refugees.").qualifier()).isEqualTo("about");
        assertThat(only("The camp holds around 400 refugees.").qualifier()).isEqualTo("about");
        assertThat(only("The deal is worth in excess of $3bn.").qualifier()).isEqualTo("more than");
        assertThat(only("The fleet has 5,000 drones or more.").qualifier()).isEqualTo("at least");
        assertThat(only("The fleet has 5,000 drones.").qualifier()).isNull();
        assertThat(only("More than 120,000 reserve personnel will serve.").text())
                .isEqualTo("More than 120,000 reserve personnel");
    }

    // what is no claim

    @Test
    void leavesOutYearsDatesAndTimes() {
        assertThat(claims("The war began in 2022.")).isEmpty();
        assertThat(claims("The talks began on 24 February and ended at 10:30.")).isEmpty();
        assertThat(claims("In 2022 troops moved north.")).isEmpty();
    }

    @Test
    void leavesOutAgesOrdinalsAndDurations() {
        assertThat(claims("A man aged 52 was hurt.")).isEmpty();
        assertThat(claims("A 52-year-old soldier was hurt.")).isEmpty();
        assertThat(claims("It was the 3rd attack in 14 months.")).isEmpty();
        assertThat(claims("The siege lasted 200 days.")).isEmpty();
    }

    @Test
    void leavesOutNumbersInNamesAndNumberingAndPhoneNumbers() {
        assertThat(claims("The F-16 jets and COVID-19 cases and G7 countries.")).isEmpty();
        assertThat(claims("The Group of 7 countries met.")).isEmpty();
        assertThat(claims("He lives at No. 10 with 3 tanks.")).extracting(Claim::unit).containsExactly("tanks");
        assertThat(claims("Call +44 20 7946 0958 now.")).isEmpty();
        assertThat(claims("1. Farmers\n2. Workers")).isEmpty();
        assertThat(claims("Article 5 members act together.")).isEmpty();
    }

    @Test
    void leavesOutBareNumbers() {
        assertThat(claims("Views: 194. The vote was 7 to 2.")).isEmpty();
    }

    @Test
    void leavesOutNumbersTheAnnotatorTagsAsTimes() {
        String text = "The offensive took 90 days.";
        assertThat(tagged(text, Map.of(), Map.of("90", "DURATION"))).isEmpty();
    }

    // subjects

    @Test
    void theSubjectIsThePhraseAfterThePrepositionUpToTheClauseEnd() {
        Claim c = claims("Donors gave more than €40 billion in support to the farmers, including €12 billion in the form of "
                + "cheap loans.").get(0);
        assertThat(c.subject()).isEqualTo("support to the farmers");
        Claim form = claims("Donors gave more than €40 billion in support to the farmers, including €12 billion in the form of "
                + "cheap loans.").get(1);
        assertThat(form.subject()).isEqualTo("cheap loans");
    }

    @Test
    void aPluralNounByItsTagIsACountedNoun() {
        Claim c = tagged("Police detained 25 protesters.", Map.of("protesters", "NNS"), Map.of()).get(0);
        assertThat(c.unit()).isEqualTo("protesters");
        assertThat(c.value()).isEqualTo(25);
    }

    @Test
    void aVerbBetweenNumberAndNounIsNoModifier() {
        assertThat(tagged("One even wore gloves.", Map.of("even", "RB", "wore", "VBD", "gloves", "NNS"), Map.of())).isEmpty();
    }

    @Test
    void aTimeAfterTheQuantityIsNoSubject() {
        Claim c = tagged("The agency issued 40 new rules on Monday.", Map.of("rules", "NNS", "new", "JJ"),
                Map.of("Monday", "DATE")).get(0);
        assertThat(c.subject()).isEqualTo("new rules");
        Claim paid = tagged("The city paid $5 million on Monday.", Map.of(), Map.of("Monday", "DATE")).get(0);
        assertThat(paid.subject()).isNull();
    }

    @Test
    void aCountTakesItsSubjectFromOfOnly() {
        assertThat(only("Troops fired 300 rounds of ammunition.").subject()).isEqualTo("ammunition");
        assertThat(only("The army lost 20 tanks in the north.").subject()).isEqualTo("tanks");
    }

    @Test
    void theSubjectOfACountIsTheCountedNounWithItsModifiers() {
        assertThat(only("More than 120,000 reserve personnel will serve.").subject()).isEqualTo("reserve personnel");
    }

    @Test
    void theSubjectOfAnAmountNamedBeforeItIsThatNoun() {
        assertThat(only("Grants of 40 million pounds").subject()).isEqualTo("Grants");
    }

    // claimants

    @Test
    void theClaimantIsTheNameBeforeOrAfterASpeechVerb() {
        assertThat(claimant("Anna Berg said more than 40 tanks were lost.", "Anna Berg")).isEqualTo("Anna Berg");
        assertThat(claimant("More than 40 tanks were lost, said Anna Berg.", "Anna Berg")).isEqualTo("Anna Berg");
        assertThat(claimant("Anna Berg has also said 40 tanks were lost.", "Anna Berg")).isEqualTo("Anna Berg");
    }

    @Test
    void aSpeechVerbsNounOrParticipleNamesNoClaimant() {
        Claim noun = only("The visit comes at a point in Anna Berg's war that has killed thousands of people.", Map.of(
                "point", "NN", "comes", "VBZ", "killed", "VBN"), "Anna Berg");
        Claim participle = only("A video posted by Anna Berg shows dozens of people.", Map.of("posted", "VBN", "shows", "VBZ"),
                "Anna Berg");

        assertThat(noun.hasClaimant()).as(noun.toString()).isFalse();
        assertThat(participle.hasClaimant()).as(participle.toString()).isFalse();
    }

    @Test
    void theClaimantFollowsAccordingTo() {
        assertThat(claimant("According to Anna Berg, 40 tanks were lost.", "Anna Berg")).isEqualTo("Anna Berg");
    }

    @Test
    void aPronounClaimantIsTheLastPersonNamedAsASubject() {
        String text = "Anna Berg met Piet Lunde. She said 40 tanks were lost.";
        Claim c = only(text, "Anna Berg", "Piet Lunde");
        assertThat(c.claimantText()).isEqualTo("She");
        assertThat(entityName(text, c, "Anna Berg", "Piet Lunde")).isEqualTo("Anna Berg");
    }

    @Test
    void aClaimInAQuoteOfSentencesTakesTheSpeakerTheQuoteStageFinds() {
        String text = "\"We sent 500 drones. We will send more,\" Anna Berg said.";
        Document quoted = new QuoteFinder(QuoteLexicon.english(), QuoteConfig.defaults())
                .apply(document(text, names(text, "Anna Berg"), Map.of(), Map.of()));

        Claim c = extractor.apply(quoted).claims().get(0);

        assertThat(quoted.entities().get(c.claimant()).name()).isEqualTo("Anna Berg");
    }

    @Test
    void aClaimInAnAttributedQuoteTakesTheQuoteStagesSpeaker() {
        String text = "Anna Berg met Piet Lunde in Oslo.\n\"We sent 500 drones last year.\"";
        Document doc = document(text, names(text, "Anna Berg", "Piet Lunde"), Map.of(), Map.of());
        int lunde = entityIndex(doc, "Piet Lunde");
        String quoted = "We sent 500 drones last year.";
        Span inner = new Span(text.indexOf(quoted), text.indexOf(quoted) + quoted.length());
        Span named = new Span(text.indexOf("Piet Lunde"), text.indexOf("Piet Lunde") + "Piet Lunde".length());
        Quote quote = new Quote(inner, quoted, true, lunde, "Piet Lunde", named, null, null);

        Claim c = extractor.apply(doc.withQuotes(List.of(quote), Facet.QUOTES)).claims().get(0);

        assertThat(c.claimant()).isEqualTo(lunde);
        assertThat(c.claimantText()).isEqualTo("Piet Lunde");
    }

    @Test
    void aClaimInAQuoteWithoutASpeakerTakesTheSpeakerItsSentenceNames() {
        String text = "\"We sent 500 drones,\" Anna Berg said.";
        Document doc = document(text, names(text, "Anna Berg"), Map.of(), Map.of());
        String quoted = "We sent 500 drones,";
        Quote unattributed = new Quote(new Span(1, 1 + quoted.length()), quoted, true, -1, null, null, null, null);

        Claim c = extractor.apply(doc.withQuotes(List.of(unattributed), Facet.QUOTES)).claims().get(0);

        assertThat(doc.entities().get(c.claimant()).name()).isEqualTo("Anna Berg");
    }

    @Test
    void aClaimWithNoSpeakerIsTheOutlets() {
        Claim c = only("The army lost 40 tanks.", "Anna Berg");
        assertThat(c.claimant()).isEqualTo(Claim.NO_CLAIMANT);
        assertThat(c.claimantText()).isNull();
    }

    // hostile input

    @Test
    void survivesRandomTextWithSpansThatFitTheText() {
        Random random = new Random(6);
        String alphabet = "0123456789 ,.-–€$£%bnmkBillion thousand of at least more than said \"\n";
        for (int run = 0; run < 500; run++) {
            StringBuilder t = new StringBuilder();
            for (int i = random.nextInt(120); i > 0; i--) {
                t.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = t.toString();
            for (Claim c : claims(text)) {
                assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
                assertThat(c.span().of(text)).isEqualTo(c.text());
                assertThat(c.upper() == null || c.upper() > c.value()).isTrue();
            }
        }
    }

    // helpers

    private static void money(Claim c, double value, String unit) {
        assertThat(c.value()).isEqualTo(value);
        assertThat(c.unit()).isEqualTo(unit);
    }

    private Claim only(String text, Map<String, String> pos, String... people) {
        List<Claim> claims = extractor.apply(document(text, names(text, people), pos, Map.of())).claims();
        assertThat(claims).as(text).hasSize(1);
        return claims.get(0);
    }

    private Claim only(String text, String... people) {
        List<Claim> claims = claims(text, people);
        assertThat(claims).as(text).hasSize(1);
        return claims.get(0);
    }

    private List<Claim> tagged(String text, Map<String, String> pos, Map<String, String> ner) {
        return extractor.apply(document(text, List.of(), pos, ner)).claims();
    }

    private List<Claim> claims(String text, String... people) {
        List<Claim> claims = extractor.apply(document(text, names(text, people), Map.of(), Map.of())).claims();
        claims.forEach(c -> assertThat(c.span().of(text)).isEqualTo(c.text()));
        return claims;
    }

    private static int entityIndex(Document doc, String name) {
        return doc.entities().stream().map(e -> e.name()).toList().indexOf(name);
    }

    private String claimant(String text, String person) {
        Claim c = only(text, person);
        return entityName(text, c, person);
    }

    private String entityName(String text, Claim c, String... people) {
        Document doc = document(text, names(text, people), Map.of(), Map.of());
        assertThat(c.hasClaimant()).as("a claimant for " + c).isTrue();
        return doc.entities().get(c.claimant()).name();
    }

    private static List<NameMention> names(String text, String... people) {
        List<NameMention> names = new ArrayList<>();
        for (String person : people) {
            Matcher m = Pattern.compile("\\b" + Pattern.quote(person) + "\\b").matcher(text);
            while (m.find()) {
                names.add(new NameMention(new Span(m.start(), m.end()), person, EntityType.PERSON, 0));
            }
        }
        names.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return names;
    }

    /** Sentences at . ! ? before white space and at line ends; tokens untagged except the tags given by word. */
    private static Document document(String text, List<NameMention> names, Map<String, String> pos,
            Map<String, String> ner) {
        List<Sentence> sentences = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            if (s.group().isBlank()) {
                continue;
            }
            List<Token> tokens = new ArrayList<>();
            Matcher t = TOKEN.matcher(text).region(s.start(), s.end());
            while (t.find()) {
                tokens.add(new Token(new Span(t.start(), t.end()), t.group(), pos.getOrDefault(t.group(), "X"),
                        LEMMAS.getOrDefault(t.group().toLowerCase(), t.group().toLowerCase()),
                        ner.getOrDefault(t.group(), "O")));
            }
            sentences.add(new Sentence(sentences.size(), new Span(s.start(), s.end()), tokens));
        }
        ArticleSource source = new ArticleSource("t.txt", "t.txt", SourceFormat.TEXT, "t", text, null, null, Basis.NONE,
                PublicationDate.none(), null);
        Document nlp = Document.of(source).withText(text, List.of(), Facet.CLEAN_TEXT)
                .withNlp(new NlpDocument(sentences, names, List.of()), Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.NER));
        Document grouped = new MentionGrouper().apply(nlp);
        return grouped.withEntities(grouped.entities(), Facet.ALIASES);
    }
}
