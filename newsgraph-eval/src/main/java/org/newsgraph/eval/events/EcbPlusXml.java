package org.newsgraph.eval.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One ECB+ document as its XML gives it (CAT/CROMER format): the tokens, then the mention markables
 * ({@code ACTION_OCCURRENCE}, {@code HUMAN_PART_PER}, {@code LOC_GEO} ... over {@code token_anchor}s),
 * and what joins mentions: the cross-document instance a {@code CROSS_DOC_COREF} links a mention to
 * (its {@code note}: {@code ACT...}, {@code HUM...}, {@code LOC...}), or else the
 * {@code INTRA_DOC_COREF} chain it is in. The instance markables at the end of {@code Markables}
 * (with {@code TAG_DESCRIPTOR}, no tokens) are no mentions; their descriptors name the instances.
 * A relation without sources joins nothing.
 *
 * @param tokens      in document order
 * @param mentions    by {@code m_id}, in the order listed; a markable without tokens is left out
 * @param instanceOf  each mention's cross-document instance, for mentions linked to one
 * @param chainOf     each mention's within-document chain ({@code intra} and the chain target's id), for
 *                    mentions in one
 * @param descriptors each instance's {@code TAG_DESCRIPTOR} ("t1b_checking_in_promises")
 */
record EcbPlusXml(String name, List<Token> tokens, Map<String, Markable> mentions, Map<String, String> instanceOf,
        Map<String, String> chainOf, Map<String, String> descriptors) {

    /** A token: {@code t_id}, its sentence's number (0 is the URL line of an {@code ecbplus} file) and its text. */
    record Token(int id, int sentence, String text) {}

    /** A mention: {@code m_id}, its tag and its tokens' ids. */
    record Markable(String id, String tag, List<Integer> tokens) {}

    EcbPlusXml {
        tokens = List.copyOf(tokens);
        mentions = Map.copyOf(mentions);
        instanceOf = Map.copyOf(instanceOf);
        chainOf = Map.copyOf(chainOf);
        descriptors = Map.copyOf(descriptors);
    }

    static EcbPlusXml read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(file.getFileName().toString(), XMLInputFactory.newFactory().createXMLStreamReader(in));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("broken XML in " + file + ": " + e.getMessage(), e);
        }
    }

    private static EcbPlusXml read(String name, XMLStreamReader xml) throws XMLStreamException {
        Reading r = new Reading();
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                r.start(xml);
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                r.end(xml.getLocalName());
            }
        }
        Map<String, Markable> mentions = new LinkedHashMap<>();
        r.anchors.forEach((id, anchors) -> {
            if (!anchors.isEmpty()) {
                mentions.put(id, new Markable(id, r.tags.get(id), anchors));
            }
        });
        Map<String, String> descriptors = new HashMap<>();
        r.targets.forEach((instance, target) -> descriptors.put(instance,
                r.descriptorOf.getOrDefault(target, instance)));
        return new EcbPlusXml(name, r.tokens, mentions, r.instanceOf, r.chainOf, descriptors);
    }

    /** The state of one read: which section and which markable or relation is open. */
    private static final class Reading {
        private final List<Token> tokens = new ArrayList<>();
        private final Map<String, String> tags = new HashMap<>();
        private final Map<String, List<Integer>> anchors = new LinkedHashMap<>();
        private final Map<String, String> descriptorOf = new HashMap<>();
        private final Map<String, String> instanceOf = new HashMap<>();
        private final Map<String, String> chainOf = new HashMap<>();
        private final Map<String, String> targets = new HashMap<>();
        private String section = "";
        private List<Integer> markable;
        /** The open relation's instance: a cross-document one's note, null for a within-document chain. */
        private String instance;
        private final List<String> sources = new ArrayList<>();

        void start(XMLStreamReader xml) throws XMLStreamException {
            String element = xml.getLocalName();
            switch (element) {
                case "token" -> tokens.add(new Token(Integer.parseInt(xml.getAttributeValue(null, "t_id")),
                        Integer.parseInt(xml.getAttributeValue(null, "sentence")), xml.getElementText()));
                case "Markables", "Relations" -> section = element;
                case "token_anchor" -> {
                    if (markable != null) {
                        markable.add(Integer.parseInt(xml.getAttributeValue(null, "t_id")));
                    }
                }
                case "source" -> sources.add(xml.getAttributeValue(null, "m_id"));
                case "target" -> target(xml.getAttributeValue(null, "m_id"));
                default -> open(element, xml);
            }
        }

        private void open(String element, XMLStreamReader xml) {
            String id = xml.getAttributeValue(null, "m_id");
            if (section.equals("Markables") && id != null) {
                String descriptor = xml.getAttributeValue(null, "TAG_DESCRIPTOR");
                if (descriptor != null || xml.getAttributeValue(null, "instance_id") != null) {
                    descriptorOf.put(id, descriptor);
                } else {
                    tags.put(id, element);
                    markable = anchors.computeIfAbsent(id, k -> new ArrayList<>());
                }
            } else if (section.equals("Relations")) {
                instance = element.equals("CROSS_DOC_COREF") ? xml.getAttributeValue(null, "note") : null;
                sources.clear();
            }
        }

        private void target(String id) {
            if (instance != null) {
                sources.forEach(s -> instanceOf.put(s, instance));
                targets.put(instance, id);
            } else {
                sources.forEach(s -> chainOf.put(s, "intra " + id));
            }
        }

        void end(String element) {
            if (!element.equals("token_anchor")) {
                markable = null;
            }
        }
    }
}
