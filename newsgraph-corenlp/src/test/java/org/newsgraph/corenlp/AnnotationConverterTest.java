package org.newsgraph.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.Span;

/** Hand-built CoreNLP annotations, shaped like the real ones, so the mapping is tested without models. */
class AnnotationConverterTest {

    private static final String TEXT = "He met Jens Stoltenberg every Monday at 5 pm.\nUkrainian troops left last week, 2 of them.";

    @Test
    void keepsNamesAndSkipsPronounMentionsAndNumbers() {
        NlpDocument doc = AnnotationConverter.convert(TEXT, annotation());
        assertThat(doc.names()).containsExactly(
                new NameMention(span("Jens Stoltenberg"), "Jens Stoltenberg", EntityType.PERSON, 0),
                new NameMention(span("Ukrainian"), "Ukrainian", EntityType.MISC, 1));
    }

    @Test
    void joinsTheMentionsOfOneTimeExpression() {
        NlpDocument doc = AnnotationConverter.convert(TEXT, annotation());
        assertThat(doc.timexes().get(0)).isEqualTo(
                new org.newsgraph.model.Timex(span("every Monday at 5 pm"), "every Monday at 5 pm", "SET", "XXXX-WXX-1T17:00"));
    }

    @Test
    void fallsBackOnTheAlternativeValueWhenSuTimeCouldNotAnchor() {
        NlpDocument doc = AnnotationConverter.convert(TEXT, annotation());
        assertThat(doc.timexes().get(1)).isEqualTo(
                new org.newsgraph.model.Timex(span("last week"), "last week", "DATE", "THIS P1W OFFSET P-1W"));
    }

    @Test
    void mapsSentencesAndTokensWithTheirTags() {
        NlpDocument doc = AnnotationConverter.convert(TEXT, annotation());
        assertThat(doc.sentences()).hasSize(2);
        assertThat(doc.sentences().get(1).index()).isEqualTo(1);
        assertThat(doc.sentences().get(0).span().of(TEXT)).isEqualTo("He met Jens Stoltenberg every Monday at 5 pm.");
        assertThat(doc.sentences().get(0).tokens().get(2)).satisfies(t -> {
            assertThat(t.text()).isEqualTo("Jens");
            assertThat(t.pos()).isEqualTo("NNP");
            assertThat(t.lemma()).isEqualTo("jens");
            assertThat(t.ner()).isEqualTo("PERSON");
        });
    }

    @Test
    void convertsADocumentWithoutSentences() {
        Annotation empty = new Annotation("");
        empty.set(CoreAnnotations.SentencesAnnotation.class, List.of());
        assertThat(AnnotationConverter.convert("", empty).sentences()).isEmpty();
    }

    private static Annotation annotation() {
        List<CoreLabel> first = List.of(
                token("He", 0, "O"), token("met", 0, "O"), token("Jens", 0, "PERSON"), token("Stoltenberg", 0, "PERSON"),
                token("every", 0, "SET"), token("Monday", 0, "DATE"), token("at", 0, "SET"), token("5", 0, "SET"),
                token("pm", 0, "SET"), token(".", 44, "O"));
        Timex weekly = new Timex("SET", "XXXX-WXX-1T17:00", null, "t1", "every Monday at 5 pm", 4, 9);
        List<CoreMap> firstMentions = new ArrayList<>(List.of(
                mention(first.subList(2, 4), "PERSON", null),
                mention(first.subList(4, 5), "SET", weekly),
                mention(first.subList(5, 6), "DATE", weekly),
                mention(first.subList(6, 9), "SET", weekly),
                mention(first.subList(0, 1), "PERSON", null)));
        int second = TEXT.indexOf('\n') + 1;
        List<CoreLabel> secondTokens = List.of(
                token("Ukrainian", second, "NATIONALITY"), token("troops", second, "O"), token("left", second, "O"),
                token("last", second, "DATE"), token("week", second, "DATE"), token(",", second, "O"),
                token("2", second, "NUMBER"), token("of", second, "O"), token("them", second, "O"), token(".", TEXT.length() - 1, "O"));
        Timex lastWeek = new Timex("DATE", null, "THIS P1W OFFSET P-1W", "t1", "last week", 3, 5);
        List<CoreMap> secondMentions = List.of(
                mention(secondTokens.subList(0, 1), "NATIONALITY", null),
                mention(secondTokens.subList(3, 5), "DATE", lastWeek),
                mention(secondTokens.subList(6, 7), "NUMBER", null));
        Annotation annotation = new Annotation(TEXT);
        annotation.set(CoreAnnotations.SentencesAnnotation.class, List.of(sentence(first, firstMentions), sentence(secondTokens, secondMentions)));
        return annotation;
    }

    private static CoreLabel token(String word, int from, String ner) {
        int begin = TEXT.indexOf(word, from);
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setOriginalText(word);
        token.setBeginPosition(begin);
        token.setEndPosition(begin + word.length());
        token.setTag(Character.isUpperCase(word.charAt(0)) ? "NNP" : "NN");
        token.setLemma(word.toLowerCase());
        token.setNER(ner);
        return token;
    }

    private static CoreMap mention(List<CoreLabel> tokens, String ner, Timex timex) {
        CoreMap mention = offsets(new ArrayCoreMap(), tokens);
        mention.set(CoreAnnotations.TokensAnnotation.class, tokens);
        mention.set(CoreAnnotations.NamedEntityTagAnnotation.class, ner);
        if (timex != null) {
            mention.set(TimeAnnotations.TimexAnnotation.class, timex);
        }
        return mention;
    }

    private static CoreMap sentence(List<CoreLabel> tokens, List<CoreMap> mentions) {
        CoreMap sentence = offsets(new ArrayCoreMap(), tokens);
        sentence.set(CoreAnnotations.TokensAnnotation.class, tokens);
        sentence.set(CoreAnnotations.MentionsAnnotation.class, mentions);
        return sentence;
    }

    private static CoreMap offsets(CoreMap map, List<CoreLabel> tokens) {
        map.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, tokens.get(0).beginPosition());
        map.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, tokens.get(tokens.size() - 1).endPosition());
        return map;
    }

    private static Span span(String part) {
        int start = TEXT.indexOf(part);
        return new Span(start, start + part.length());
    }
}
