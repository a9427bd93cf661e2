package org.newsgraph.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.annotate.NlpAnnotator;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Facet;

/**
 * A fast, predictable stand-in for the real annotator in unit tests: it splits sentences at
 * . ! ? followed by white space, tokens at white space and punctuation, and finds exactly the
 * names it was told about, as whole words.
 */
public final class FakeNlpAnnotator implements NlpAnnotator {

    private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]+(?:[.!?]+|$)", Pattern.MULTILINE);
    private static final Pattern TOKEN = Pattern.compile("\\p{L}[\\p{L}\\p{N}'’-]*|\\p{N}+(?:[.,]\\p{N}+)*|\\S");

    private final Map<String, EntityType> names;
    private final Map<String, List<String>> tags;
    private final List<Optional<LocalDate>> anchorsSeen = new ArrayList<>();
    private final List<String> textsSeen = new ArrayList<>();

    private FakeNlpAnnotator(Map<String, EntityType> names, Map<String, List<String>> tags) {
        this.names = new LinkedHashMap<>(names);
        this.tags = Map.copyOf(tags);
    }

    private FakeNlpAnnotator(Map<String, EntityType> names) {
        this(names, Map.of());
    }

    /**
     * The same annotator giving these words a part-of-speech tag and a lemma ({@code "said" ->
     * ["VBD", "say"]}); other tokens keep tag "X" and their lower-cased text as lemma.
     */
    public FakeNlpAnnotator withTags(Map<String, List<String>> tagsAndLemmas) {
        return new FakeNlpAnnotator(names, tagsAndLemmas);
    }

    /** An annotator that finds no names. */
    public static FakeNlpAnnotator plain() {
        return new FakeNlpAnnotator(Map.of());
    }

    /** An annotator that tags every whole-word occurrence of these names with their type. */
    public static FakeNlpAnnotator withNames(Map<String, EntityType> names) {
        return new FakeNlpAnnotator(names);
    }

    @Override
    public synchronized NlpDocument annotate(String text, Optional<LocalDate> documentDate) {
        anchorsSeen.add(documentDate);
        textsSeen.add(text);
        List<Sentence> sentences = new ArrayList<>();
        Matcher s = SENTENCE.matcher(text);
        while (s.find()) {
            if (!s.group().isBlank()) {
                sentences.add(sentence(text, sentences.size(), s.start(), s.end()));
            }
        }
        return new NlpDocument(sentences, findNames(text, sentences), List.<Timex>of());
    }

    /** The texts this annotator was given, in call order: an article's text, then its title. */
    public synchronized List<String> textsSeen() {
        return List.copyOf(textsSeen);
    }

    /** The document dates this annotator was given, in call order. */
    public synchronized List<Optional<LocalDate>> anchorsSeen() {
        return List.copyOf(anchorsSeen);
    }

    @Override
    public Set<String> languages() {
        return Set.of("en");
    }

    @Override
    public Set<Facet> provides() {
        return EnumSet.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS, Facet.NER, Facet.TIMEXES);
    }

    private Sentence sentence(String text, int index, int start, int end) {
        List<Token> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(text).region(start, end);
        while (t.find()) {
            List<String> tag = tags.getOrDefault(t.group(), List.of("X", t.group().toLowerCase()));
            tokens.add(new Token(new Span(t.start(), t.end()), t.group(), tag.get(0), tag.get(1), "O"));
        }
        return new Sentence(index, new Span(start, end), tokens);
    }

    private List<NameMention> findNames(String text, List<Sentence> sentences) {
        List<NameMention> found = new ArrayList<>();
        for (Map.Entry<String, EntityType> name : names.entrySet()) {
            Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name.getKey()) + "(?![\\p{L}\\p{N}])").matcher(text);
            while (m.find()) {
                found.add(new NameMention(new Span(m.start(), m.end()), m.group(), name.getValue(), sentenceAt(sentences, m.start())));
            }
        }
        found.removeIf(a -> found.stream().anyMatch(b -> b != a && b.span().contains(a.span()) && b.span().length() > a.span().length()));
        found.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return found;
    }

    private static int sentenceAt(List<Sentence> sentences, int offset) {
        for (Sentence s : sentences) {
            if (s.span().contains(offset)) {
                return s.index();
            }
        }
        return Math.max(0, sentences.size() - 1);
    }
}
