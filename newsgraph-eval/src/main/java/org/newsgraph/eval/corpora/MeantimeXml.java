package org.newsgraph.eval.corpora;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.newsgraph.model.Span;

/**
 * One MEANTIME article as its XML gives it: its tokens laid out as text (a space between the tokens
 * of a sentence, a line break between sentences), each with its id, sentence and place in the text,
 * in file order; and the markables of one kind (an element such as {@code TIMEX3}) with their
 * attributes and the ids of the tokens anchored in them, in file order.
 */
public record MeantimeXml(String text, List<Token> tokens, List<Markable> markables) {

    /** A token: its id ({@code t_id}), its sentence and where it lies in the text. */
    public record Token(int id, int sentence, Span span) {}

    /** A markable: its attributes by name and the ids of its tokens ({@code token_anchor}), in file order. */
    public record Markable(Map<String, String> attributes, List<Integer> tokens) {

        /** The attribute of this name, or null. */
        public String attribute(String name) {
            return attributes.get(name);
        }
    }

    /** Where each token lies in the text, by id. */
    public Map<Integer, Span> spans() {
        Map<Integer, Span> spans = new TreeMap<>();
        tokens.forEach(t -> spans.put(t.id(), t.span()));
        return spans;
    }

    /** The sentence of each token, by id. */
    public Map<Integer, Integer> sentences() {
        Map<Integer, Integer> sentences = new TreeMap<>();
        tokens.forEach(t -> sentences.put(t.id(), t.sentence()));
        return sentences;
    }

    /**
     * Reads the article in {@code file} with its markables of the element {@code markable} (null for
     * none); broken XML fails naming the file.
     */
    public static MeantimeXml read(Path file, String markable) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Markable> markables = new ArrayList<>();
        List<Integer> open = null;
        int sentence = -1;
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = XMLInputFactory.newFactory().createXMLStreamReader(in);
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String name = xml.getLocalName();
                    if (name.equals("token")) {
                        int id = Integer.parseInt(xml.getAttributeValue(null, "t_id"));
                        int s = Integer.parseInt(xml.getAttributeValue(null, "sentence"));
                        if (!text.isEmpty()) {
                            text.append(s == sentence ? ' ' : '\n');
                        }
                        sentence = s;
                        String token = xml.getElementText();
                        tokens.add(new Token(id, s, new Span(text.length(), text.length() + token.length())));
                        text.append(token);
                    } else if (name.equals(markable)) {
                        open = new ArrayList<>();
                        markables.add(new Markable(attributes(xml), open));
                    } else if (name.equals("token_anchor") && open != null) {
                        open.add(Integer.parseInt(xml.getAttributeValue(null, "t_id")));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals(markable)) {
                    open = null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("broken XML in " + file + ": " + e.getMessage(), e);
        }
        return new MeantimeXml(text.toString(), tokens, markables);
    }

    private static Map<String, String> attributes(XMLStreamReader xml) {
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        }
        return attributes;
    }
}
