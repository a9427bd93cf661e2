package org.newsgraph.temporal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Basis;
import org.newsgraph.model.NlpDocument;
import org.newsgraph.model.PublicationDate;
import org.newsgraph.model.Sentence;
import org.newsgraph.model.SourceFormat;
import org.newsgraph.model.Span;
import org.newsgraph.model.Timex;
import org.newsgraph.model.Token;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;

/**
 * Fake NLP output for the normaliser's tests, written as one tagged sentence:
 * {@code "He/PRP will/MD meet/VB:meet on/IN [Thursday]/NNP ./."} gives tokens with POS (and a lemma
 * after a colon, else the word in lower case; and a class of name after a second colon, else O);
 * the bracketed tokens are a timex (a DATE unless told) with the value SUTime is said to have given.
 */
final class TaggedText {

    private TaggedText() {}

    static Document sentence(String published, String tagged, String sutimeValue) {
        return sentence(published, tagged, "DATE", sutimeValue);
    }

    static Document sentence(String published, String tagged, String type, String sutimeValue) {
        return sentence(published, tagged, List.of(type + "=" + sutimeValue));
    }

    /**
     * A sentence with several bracketed timexes, each given a "TYPE=value" in order; a value
     * without a type is a DATE.
     */
    static Document sentence(String published, String tagged, List<String> typedValues) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Span> spans = new ArrayList<>();
        int timexStart = -1;
        for (String item : tagged.split(" ")) {
            boolean opens = item.startsWith("[");
            int slash = item.lastIndexOf('/');
            String word = item.substring(0, slash).replace("[", "").replace("]", "");
            boolean closes = item.substring(0, slash).endsWith("]");
            String[] tag = item.substring(slash + 1).split(":");
            if (!text.isEmpty()) {
                text.append(' ');
            }
            Span span = new Span(text.length(), text.length() + word.length());
            text.append(word);
            tokens.add(new Token(span, word, tag[0], tag.length > 1 ? tag[1] : word.toLowerCase(Locale.ROOT),
                    tag.length > 2 ? tag[2] : "O"));
            timexStart = opens ? span.start() : timexStart;
            if (closes) {
                spans.add(new Span(timexStart, span.end()));
            }
        }
        String body = text.toString();
        List<Timex> timexes = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            String typed = typedValues.get(i);
            int equals = typed.indexOf('=');
            String type = equals < 0 ? "DATE" : typed.substring(0, equals);
            String value = equals < 0 ? typed : typed.substring(equals + 1);
            timexes.add(new Timex(spans.get(i), spans.get(i).of(body), type, value.equals("null") ? null : value));
        }
        NlpDocument nlp = new NlpDocument(List.of(new Sentence(0, new Span(0, body.length()), tokens)), List.of(), timexes);
        return document(published, body, nlp);
    }

    static Document document(String published, String body, NlpDocument nlp) {
        PublicationDate date = published == null ? PublicationDate.none() : new PublicationDate(published, Basis.METADATA, 1.0);
        ArticleSource source = new ArticleSource("t.txt", "t.txt", SourceFormat.TEXT, "t", body, null, null, Basis.NONE, date, "en");
        return Document.of(source).withText(body, List.of(), Facet.CLEAN_TEXT).withNlp(nlp,
                Set.of(Facet.SENTENCES, Facet.TOKENS, Facet.POS, Facet.LEMMAS, Facet.TIMEXES));
    }
}
