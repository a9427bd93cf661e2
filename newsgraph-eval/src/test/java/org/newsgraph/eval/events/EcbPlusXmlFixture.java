package org.newsgraph.eval.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small ECB+ document written as the corpus writes it (tokens, mention markables, instance
 * markables, {@code CROSS_DOC_COREF} and {@code INTRA_DOC_COREF}), for tests. Words are split on
 * spaces; {@link #mention} takes the first occurrence of its words at or after a sentence's start.
 */
final class EcbPlusXmlFixture {

    private final List<String[]> tokens = new ArrayList<>();
    private final StringBuilder markables = new StringBuilder();
    private final StringBuilder instances = new StringBuilder();
    private final StringBuilder relations = new StringBuilder();
    private int sentence;
    private int ids = 1000;

    /** Adds a sentence; the first one is sentence 0. */
    EcbPlusXmlFixture sentence(String words) {
        for (String w : words.split(" ")) {
            tokens.add(new String[] {String.valueOf(sentence), w});
        }
        sentence++;
        return this;
    }

    /** A mention of {@code words} in sentence {@code s}, tagged; its m_id. */
    String mention(String tag, int s, String words) {
        String[] ws = words.split(" ");
        for (int i = 0; i + ws.length <= tokens.size(); i++) {
            if (Integer.parseInt(tokens.get(i)[0]) == s && matchesAt(i, ws)) {
                String id = String.valueOf(++ids);
                markables.append("<").append(tag).append(" m_id=\"").append(id).append("\"  >\n");
                for (int k = 0; k < ws.length; k++) {
                    markables.append("<token_anchor t_id=\"").append(i + k + 1).append("\"/>\n");
                }
                markables.append("</").append(tag).append(">\n");
                return id;
            }
        }
        throw new IllegalArgumentException("no '" + words + "' in sentence " + s);
    }

    private boolean matchesAt(int i, String[] ws) {
        for (int k = 0; k < ws.length; k++) {
            if (!tokens.get(i + k)[1].equals(ws[k])) {
                return false;
            }
        }
        return true;
    }

    /** Links mentions to a cross-document instance. */
    EcbPlusXmlFixture cross(String tag, String instance, String descriptor, String... mentions) {
        String target = String.valueOf(++ids);
        instances.append("<").append(tag).append(" m_id=\"").append(target).append("\" RELATED_TO=\"\" TAG_DESCRIPTOR=\"")
                .append(descriptor).append("\" instance_id=\"").append(instance).append("\" />\n");
        relations.append("<CROSS_DOC_COREF r_id=\"").append(++ids).append("\" note=\"").append(instance).append("\" >\n");
        for (String m : mentions) {
            relations.append("  <source m_id=\"").append(m).append("\" />\n");
        }
        relations.append("  <target m_id=\"").append(target).append("\" />\n</CROSS_DOC_COREF>\n");
        return this;
    }

    /** Joins mentions in a within-document chain. */
    EcbPlusXmlFixture intra(String... mentions) {
        String target = String.valueOf(++ids);
        instances.append("<UNKNOWN_INSTANCE_TAG m_id=\"").append(target).append("\" RELATED_TO=\"\" TAG_DESCRIPTOR=\"\" />\n");
        relations.append("<INTRA_DOC_COREF r_id=\"").append(++ids).append("\" >\n");
        for (String m : mentions) {
            relations.append("<source m_id=\"").append(m).append("\" />\n");
        }
        relations.append("<target m_id=\"").append(target).append("\" />\n</INTRA_DOC_COREF>\n");
        return this;
    }

    /** Writes {@code xml/<topic>/<name>}. */
    void write(Path xml, String topic, String name) {
        StringBuilder out = new StringBuilder("<Document doc_name=\"" + name + "\" doc_id=\"DOC1\">\n");
        for (int i = 0; i < tokens.size(); i++) {
            String[] t = tokens.get(i);
            out.append("<token t_id=\"").append(i + 1).append("\" sentence=\"").append(t[0]).append("\" number=\"0\">")
                    .append(t[1].replace("&", "&amp;").replace("<", "&lt;")).append("</token>\n");
        }
        out.append("<Markables>\n").append(markables).append(instances).append("</Markables>\n\n<Relations>\n")
                .append(relations).append("</Relations>\n</Document>\n");
        try {
            Files.createDirectories(xml.resolve(topic));
            Files.writeString(xml.resolve(topic).resolve(name), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
