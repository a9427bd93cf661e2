package org.newsgraph.eval.temporal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.newsgraph.eval.corpora.MeantimeXml;
import org.newsgraph.model.Span;

/**
 * Reads the articles of MEANTIME's {@code intra_cross-doc_annotation/<corpus>/<doc>.xml} with
 * their TIMEX3 markables. Every markable over tokens is gold, the creation time's own mention (the
 * dateline) too; markables without tokens (empty or implicit ones) are left out, as no system can
 * find them. A creation time that is not an ISO day (one article gives "03-02-2009") is read as
 * day-month-year, else the article has no anchor. MEANTIME annotates time expressions in the
 * first {@value #ANNOTATED_SENTENCES} sentences only (title, dateline and four sentences: no
 * TIMEX3 of the 120 articles lies further), so only those are scored.
 */
public final class MeantimeTimexes {

    static final String ARTICLES = "intra_cross-doc_annotation";
    static final int ANNOTATED_SENTENCES = 6;
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("dd-MM-uuuu");

    private MeantimeTimexes() {}

    /** Every article, by corpus and name. */
    public static List<TimexArticle> read(Path meantime) {
        List<TimexArticle> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(meantime.resolve(ARTICLES))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".xml")).sorted().toList()) {
                articles.add(article(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + meantime.resolve(ARTICLES), e);
        }
        return articles;
    }

    static Optional<LocalDate> day(String value) {
        if (value == null || value.length() < 10) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, DAY_MONTH_YEAR)) {
            try {
                return Optional.of(LocalDate.parse(value.substring(0, 10), format));
            } catch (DateTimeParseException notThisForm) {
                // the next form may fit
            }
        }
        return Optional.empty();
    }

    private static TimexArticle article(Path file) {
        MeantimeXml xml = MeantimeXml.read(file, "TIMEX3");
        String text = xml.text();
        int annotated = xml.tokens().stream().filter(t -> t.sentence() >= ANNOTATED_SENTENCES).findFirst()
                .map(t -> t.span().start()).orElse(text.length());
        List<Markable> markables = xml.markables().stream().map(m -> new Markable(m.attribute("type"), m.attribute("value"),
                "CREATION_TIME".equals(m.attribute("functionInDocument")), m.tokens())).toList();
        return new TimexArticle(file.getParent().getFileName().toString(), file.getFileName().toString().replace(".xml", ""),
                text, creationTime(markables), gold(text, xml.spans(), markables, file), annotated);
    }

    private static Optional<LocalDate> creationTime(List<Markable> markables) {
        return markables.stream().filter(Markable::creationTime).findFirst().flatMap(m -> day(m.value));
    }

    private static List<GoldTimex> gold(String text, Map<Integer, Span> tokens, List<Markable> markables, Path file) {
        List<GoldTimex> gold = new ArrayList<>();
        for (Markable m : markables) {
            if (m.tokens.isEmpty()) {
                continue;
            }
            int first = m.tokens.stream().mapToInt(Integer::intValue).min().orElseThrow();
            int last = m.tokens.stream().mapToInt(Integer::intValue).max().orElseThrow();
            if (!tokens.containsKey(first) || !tokens.containsKey(last)) {
                throw new IllegalStateException(file + ": a TIMEX3 over tokens " + first + ".." + last + " that the file lacks");
            }
            Span span = new Span(tokens.get(first).start(), tokens.get(last).end());
            gold.add(new GoldTimex(span, span.of(text), m.type, m.value));
        }
        gold.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return gold;
    }

    private record Markable(String type, String value, boolean creationTime, List<Integer> tokens) {}
}
