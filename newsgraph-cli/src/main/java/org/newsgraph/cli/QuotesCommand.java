package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.app.entities.EntityQuery;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportWriter;
import org.newsgraph.app.quotes.ListedQuote;
import org.newsgraph.app.quotes.QuoteLister;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "quotes",
        mixinStandardHelpOptions = true,
        description = "Lists what the stored articles report people said, article by article: direct quotes "
                + "(in quotation marks, and embedded posts) and reported speech (marked 'reported'), each with "
                + "its speaker's entity id and name and the words that name the speaker.",
        footer = {"", "Example:", "  ./newsgraph quotes --store newsgraph-data --speaker smith"})
final class QuotesCommand implements Callable<Integer> {

    private static final int SHOWN_CHARACTERS = 300;

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Only quotes whose speaker's name or an alias has these words, the last one perhaps cut "
                    + "short (smi finds Anna Smith), as entities --name matches. Case and accents do not matter.")
    String speaker;

    @Option(names = "--json", description = "Print a JSON array of the export's quotes instead of text.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        return store.answerFromEvents(spec, (articles, out) -> {
            List<ListedQuote> quotes = new QuoteLister().list(articles, EntityQuery.idsNamed(articles.corpusEntities(), speaker));
            if (json) {
                out.println(ExportWriter.asJson(quotes.stream().map(ListedQuote::quote).toList()));
            } else if (quotes.isEmpty()) {
                out.println(speaker == null ? "no quotes in store " + store.dir
                        : "no quotes of a speaker named '" + speaker + "' in store " + store.dir);
            } else {
                print(out, quotes);
            }
        });
    }

    private static void print(PrintWriter out, List<ListedQuote> quotes) {
        String article = null;
        for (ListedQuote q : quotes) {
            ExportDocument.Quote quote = q.quote();
            if (!quote.article().equals(article)) {
                article = quote.article();
                out.println((article.equals(quotes.get(0).quote().article()) ? "" : "\n") + article + "  " + q.file()
                        + (q.title() == null ? "" : "  " + q.title()));
            }
            out.println("  " + (quote.direct() ? "“" + shorten(quote.text()) + "”" : "reported: " + shorten(quote.text())));
            out.println("      — " + speaker(q));
        }
        out.println(quotes.size() + " quotes");
    }

    private static String speaker(ListedQuote q) {
        ExportDocument.Quote quote = q.quote();
        if (quote.speaker() == null) {
            return quote.speakerText() == null ? "speaker unknown" : quote.speakerText() + " (no entity)";
        }
        String named = quote.speakerText() == null || quote.speakerText().equals(q.speakerName()) ? ""
                : ", as \"" + quote.speakerText() + "\"";
        return q.speakerName() + " (" + quote.speaker() + named + ")";
    }

    private static String shorten(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= SHOWN_CHARACTERS ? line : line.substring(0, SHOWN_CHARACTERS - 1) + "…";
    }
}
