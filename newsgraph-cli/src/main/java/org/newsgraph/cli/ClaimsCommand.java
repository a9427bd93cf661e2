package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.app.claims.ClaimLister;
import org.newsgraph.app.claims.ListedClaim;
import org.newsgraph.app.export.ExportDocument;
import org.newsgraph.app.export.ExportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
        name = "claims",
        mixinStandardHelpOptions = true,
        description = "Lists the quantities the stored articles state (\"more than €20 billion\", \"4,000 workers\"), "
                + "article by article: who states each (an entity id and name, else the outlet), its qualifier, value "
                + "with scale applied, unit and what it measures.",
        footer = {"", "Example:", "  ./newsgraph analyze examples/nato-zelensky --store newsgraph-data",
            "  ./newsgraph claims --store newsgraph-data"})
final class ClaimsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    StoreOption store;

    @Option(names = "--json", description = "Print the claims as the export gives them, a JSON array, instead of a table.")
    boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        return store.answer(spec, (articles, out) -> {
            List<ListedClaim> listed = new ClaimLister().list(articles);
            List<ExportDocument.Claim> claims = listed.stream().map(ListedClaim::claim).toList();
            if (json) {
                out.println(ExportWriter.asJson(claims));
            } else if (claims.isEmpty()) {
                out.println("no claims in store " + store.dir + ": analyze some articles into it first, e.g.\n"
                        + "  ./newsgraph analyze examples/nato-zelensky --store " + store.dir);
            } else {
                out.print(new ClaimTable().render(claims, files(listed)));
                out.println(claims.size() + " claims in " + claims.stream().map(ExportDocument.Claim::article).distinct().count()
                        + " articles");
            }
        });
    }

    private static Map<String, String> files(List<ListedClaim> claims) {
        Map<String, String> files = new HashMap<>();
        claims.forEach(c -> files.put(c.claim().article(), c.file()));
        return files;
    }
}
