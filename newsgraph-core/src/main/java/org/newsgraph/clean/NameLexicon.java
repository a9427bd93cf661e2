package org.newsgraph.clean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * A list of class and id names read from a data file beside this class (see
 * {@code names/README.md} for the format), matched against an element's {@code class} and {@code id}.
 */
final class NameLexicon {

    private static final Pattern CLASS_GAP = Pattern.compile("\\s+");
    private static final Pattern WORD_GAP = Pattern.compile("[^a-z0-9]+");
    private static final Pattern CAMEL = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])");
    private static final Pattern ENTRY = Pattern.compile("\\*?[a-z0-9]+(?:[-_][a-z0-9]+)*\\*?");

    private final Pattern names;

    private NameLexicon(Pattern names) {
        this.names = names;
    }

    static NameLexicon load(String file) {
        String resource = "names/" + file;
        try (InputStream in = NameLexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing lexicon " + resource);
            }
            return new NameLexicon(compile(resource, new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
    }

    /** Whether one of the element's class names, or its id, matches: each is read apart from the others. */
    boolean matches(Element element) {
        for (String name : CLASS_GAP.split(element.className() + " " + element.id())) {
            if (!name.isEmpty() && names.matcher(words(name)).find()) {
                return true;
            }
        }
        return false;
    }

    /** The words of one class name or id, lower-cased and joined by single spaces, with a space at each end. */
    static String words(String raw) {
        String split = CAMEL.matcher(raw).replaceAll(" ").toLowerCase(Locale.ROOT);
        return " " + WORD_GAP.matcher(split).replaceAll(" ").strip() + " ";
    }

    private static Pattern compile(String resource, List<String> lines) {
        List<String> alternatives = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (!ENTRY.matcher(line).matches()) {
                throw new IllegalStateException(resource + ":" + (i + 1) + ": not a name: " + line);
            }
            alternatives.add(alternative(line));
        }
        return Pattern.compile(String.join("|", alternatives));
    }

    /** Names are matched on the words form, where {@code -} and {@code _} have become spaces. */
    private static String alternative(String entry) {
        boolean anywhere = entry.startsWith("*");
        boolean prefix = entry.endsWith("*");
        String word = Pattern.quote(WORD_GAP.matcher(entry.replace("*", "")).replaceAll(" "));
        return (anywhere ? "" : " ") + word + (prefix ? "" : " ");
    }
}
