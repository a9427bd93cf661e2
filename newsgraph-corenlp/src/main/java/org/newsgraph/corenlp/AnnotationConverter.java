package org.newsgraph.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NameMention;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;

/**
 * Reads an annotated CoreNLP document into the export's records. Every text is cut from the original by offset:
 * CoreNLP's character offsets are UTF-16 indexes, like {@link Span}'s, and it may have seen a masked copy.
 */
final class AnnotationConverter {

    private AnnotationConverter() {}

    static NlpDocument convert(String text, Annotation annotation) {
        List<CoreMap> sentences = Objects.requireNonNullElse(annotation.get(CoreAnnotations.SentencesAnnotation.class), List.of());
        List<Sentence> converted = new ArrayList<>();
        List<NameMention> names = new ArrayList<>();
        List<Timex> timexes = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            CoreMap sentence = sentences.get(i);
            List<CoreMap> mentions = mentions(sentence);
            converted.add(sentence(text, i, sentence));
            names.addAll(names(text, i, mentions));
            timexes.addAll(timexes(text, mentions));
        }
        return new NlpDocument(converted, names, timexes);
    }

    private static Sentence sentence(String text, int index, CoreMap sentence) {
        List<Token> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class).stream().map(t -> token(text, t)).toList();
        return new Sentence(index, span(sentence), tokens);
    }

    private static Token token(String text, CoreLabel token) {
        Span span = new Span(token.beginPosition(), token.endPosition());
        return new Token(span, span.of(text), token.tag(), token.lemma(), Objects.requireNonNullElse(token.ner(), "O"));
    }

    private static List<NameMention> names(String text, int sentence, List<CoreMap> mentions) {
        List<NameMention> names = new ArrayList<>();
        for (CoreMap mention : mentions) {
            String tag = Objects.requireNonNullElse(mention.get(CoreAnnotations.NamedEntityTagAnnotation.class), "O");
            Optional<EntityType> type = EntityType.fromNerTag(tag);
            if (type.isPresent() && isName(mention)) {
                Span span = span(mention);
                names.add(new NameMention(span, span.of(text), type.get(), sentence));
            }
        }
        return names;
    }

    /**
     * CoreNLP also adds KBP pronoun mentions (he, his, she) tagged PERSON, over tokens tagged O; a name's own
     * tokens all carry a tag.
     */
    private static boolean isName(CoreMap mention) {
        return mention.get(CoreAnnotations.TokensAnnotation.class).stream().noneMatch(t -> t.ner() == null || "O".equals(t.ner()));
    }

    /**
     * One SUTime expression can come as several mentions, because mentions are cut where the token tags change
     * ("Every" SET, "Monday" DATE, "at 5 pm" SET): adjacent mentions of the same timex become one.
     */
    private static List<Timex> timexes(String text, List<CoreMap> mentions) {
        List<Timex> timexes = new ArrayList<>();
        String previousId = null;
        for (CoreMap mention : mentions) {
            edu.stanford.nlp.time.Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null) {
                previousId = null;
                continue;
            }
            Span span = span(mention);
            if (timex.tid() != null && timex.tid().equals(previousId)) {
                span = new Span(timexes.remove(timexes.size() - 1).span().start(), span.end());
            }
            timexes.add(new Timex(span, span.of(text), timex.timexType(), valueOf(timex)));
            previousId = timex.tid();
        }
        return timexes;
    }

    /** SUTime leaves value null for what it cannot anchor ("last week" without a date) and says it in altVal. */
    private static String valueOf(edu.stanford.nlp.time.Timex timex) {
        return timex.value() != null ? timex.value() : timex.altVal();
    }

    /** In text order: CoreNLP appends its pronoun mentions after the others. */
    private static List<CoreMap> mentions(CoreMap sentence) {
        List<CoreMap> mentions = Objects.requireNonNullElse(sentence.get(CoreAnnotations.MentionsAnnotation.class), List.of());
        return mentions.stream().sorted(Comparator.comparingInt(m -> span(m).start())).toList();
    }

    private static Span span(CoreMap annotated) {
        return new Span(
                annotated.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                annotated.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    }
}
