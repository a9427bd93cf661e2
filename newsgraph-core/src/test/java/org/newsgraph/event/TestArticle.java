package org.newsgraph.event;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.clean.CleanRules;
import org.newsgraph.clean.DatelineReader;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.ArticleTop;
import org.newsgraph.model.Basis;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.LocalEntity;
import org.newsgraph.model.Mention;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.Place;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

/**
 * Builds an analysed article by hand, as the NLP and entity stages would leave it, from sentences
 * written as tokens: {@code word/POS/lemma} (POS and lemma optional: function words and
 * punctuation are tagged from a small table, other words as nouns), {@code [Anna Kowalska]:PERSON}
 * for a name ({@code [Kowalska=Anna Kowalska]:PERSON} for a short form of it), and
 * {@code {Monday=2024-03-04}} for a time expression with its value ({@code {two-day=DURATION:P2D}}
 * for one of another type than DATE, {@code {current/JJ=PRESENT_REF}} for words of another part of
 * speech than NNP).
 */
final class TestArticle {

    private static final DatelineReader DATELINES = new DatelineReader(CleanRules.english(), ArticleTop.defaults());
    private static final Pattern ITEM = Pattern.compile("\\[([^\\]=]+)(?:=([^\\]]+))?]:(\\w+)|\\{([^}=]+)=([^}]*)}|\\S+");
    private static final Map<String, String> TAGS = Map.ofEntries(Map.entry("the", "DT"), Map.entry("a", "DT"),
            Map.entry("an", "DT"), Map.entry("in", "IN"), Map.entry("on", "IN"), Map.entry("at", "IN"),
            Map.entry("to", "IN"), Map.entry("from", "IN"), Map.entry("with", "IN"), Map.entry("of", "IN"),
            Map.entry("after", "IN"), Map.entry("by", "IN"), Map.entry("for", "IN"), Map.entry("since", "IN"),
            Map.entry("and", "CC"), Map.entry("but", "CC"), Map.entry("he", "PRP"), Map.entry("she", "PRP"),
            Map.entry("they", "PRP"), Map.entry("we", "PRP"), Map.entry("will", "MD"), Map.entry("would", "MD"),
            Map.entry("'s", "POS"), Map.entry(".", "."), Map.entry(",", ","), Map.entry(":", ":"),
            Map.entry("``", "``"), Map.entry("''", "''"), Map.entry("which", "WDT"), Map.entry("who", "WP"));

    private final List<String> specs = new ArrayList<>();
    private final Map<String, Place> places = new LinkedHashMap<>();
    private final List<String[]> quotes = new ArrayList<>();
    private final List<String> headlinePeople = new ArrayList<>();
    private String title;
    private PublicationDate published = PublicationDate.none();

    static TestArticle titled(String title) {
        TestArticle a = new TestArticle();
        a.title = title;
        return a;
    }

    static TestArticle untitled() {
        return new TestArticle();
    }

    TestArticle published(String day, double confidence) {
        published = new PublicationDate(day, Basis.METADATA, confidence);
        return this;
    }

    /** A place of the gazetteer for a LOCATION name: a city, or a country when {@code country}. */
    TestArticle place(String name, String countryCode, boolean country) {
        places.put(name, new Place(places.size() + 1L, name, countryCode, 0, 0, 100_000, country ? "PCLI" : "PPLA"));
        return this;
    }

    /** A person the title names and the text does not: an entity with no mention, after the text's. */
    TestArticle headlinePerson(String name) {
        headlinePeople.add(name);
        return this;
    }

    TestArticle sentence(String spec) {
        specs.add(spec);
        return this;
    }

    /** A direct quote of the words {@code words} (as written in the text), said by the entity named {@code speaker}. */
    TestArticle quote(String words, String speaker) {
        quotes.add(new String[] {words, speaker});
        return this;
    }

    Document document() {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<NameMention> names = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, EntityType> types = new LinkedHashMap<>();
        for (String spec : specs) {
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            List<Token> tokens = new ArrayList<>();
            for (Matcher m = ITEM.matcher(spec); m.find(); ) {
                if (m.group(1) != null) {
                    int from = text.length() + (tokens.isEmpty() ? 0 : 1);
                    words(text, tokens, m.group(1), "NNP", m.group(3));
                    Span span = new Span(from, text.length());
                    EntityType type = EntityType.valueOf(m.group(3));
                    names.add(new NameMention(span, m.group(1), type, sentences.size()));
                    String entity = m.group(2) == null ? m.group(1) : m.group(2);
                    mentions.computeIfAbsent(entity, e -> new ArrayList<>()).add(new Mention(span, m.group(1)));
                    types.putIfAbsent(entity, type);
                } else if (m.group(4) != null) {
                    int from = text.length() + (tokens.isEmpty() ? 0 : 1);
                    String[] words = m.group(4).split("/", 2); // "current/JJ": the words' part of speech
                    words(text, tokens, words[0], words.length > 1 ? words[1] : "NNP", "DATE");
                    Span span = new Span(from, text.length());
                    String[] typed = m.group(5).split(":", 2); // "DURATION:P2D": a type other than DATE
                    String type = typed.length > 1 ? typed[0] : "DATE";
                    String value = typed.length > 1 ? typed[1] : m.group(5);
                    timexes.add(new Timex(span, span.of(text.toString()), type, value.isEmpty() ? null : value));
                } else {
                    token(text, tokens, m.group());
                }
            }
            sentences.add(new Sentence(sentences.size(), new Span(start, text.length()), tokens));
        }
        String body = text.toString();
        List<LocalEntity> entities = new ArrayList<>();
        mentions.forEach((name, ms) -> entities.add(new LocalEntity(name, types.get(name), ms,
                types.get(name) == EntityType.LOCATION ? places.get(name) : null)));
        headlinePeople.forEach(name -> entities.add(new LocalEntity(name, EntityType.PERSON, List.of())));
        List<Quote> found = new ArrayList<>();
        for (String[] q : quotes) {
            int at = body.indexOf(q[0]);
            int speaker = entities.stream().map(LocalEntity::name).toList().indexOf(q[1]);
            found.add(new Quote(new Span(at, at + q[0].length()), q[0], true, speaker, null, null, null, null));
        }
        ArticleSource source = new ArticleSource("t.txt", "t.txt", SourceFormat.TEXT, title, body, null, null, Basis.NONE,
                published, "en");
        return DATELINES.apply(Document.of(source).withText(body, List.of(), Facet.CLEAN_TEXT))
                .withNlp(new NlpDocument(sentences, names, timexes), Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS,
                        Facet.LEMMAS, Facet.NER, Facet.TIMEXES, Facet.TIMEX_VALUES))
                .withEntities(entities, Facet.ALIASES)
                .withQuotes(found, Facet.QUOTES);
    }

    private static void words(StringBuilder text, List<Token> tokens, String words, String pos, String ner) {
        for (String w : words.split(" ")) {
            if (!tokens.isEmpty()) {
                text.append(' ');
            }
            int from = text.length();
            text.append(w);
            String tag = w.chars().allMatch(Character::isDigit) ? "CD" : pos;
            tokens.add(new Token(new Span(from, text.length()), w, tag, w, ner));
        }
    }

    private static void token(StringBuilder text, List<Token> tokens, String item) {
        String[] parts = item.split("/");
        String word = parts[0].isEmpty() ? item : parts[0];
        String pos = parts.length > 1 && !parts[0].isEmpty() ? parts[1] : TAGS.getOrDefault(word.toLowerCase(Locale.ROOT), "NN");
        String lemma = parts.length > 2 ? parts[2] : word.toLowerCase(Locale.ROOT);
        if (!tokens.isEmpty()) {
            text.append(' ');
        }
        int from = text.length();
        text.append(word);
        tokens.add(new Token(new Span(from, text.length()), word, pos, lemma, "O"));
    }
}
