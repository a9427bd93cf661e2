package org.newsgraph.clean;

import com.google.common.net.InternetDomainName;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Basis;
import org.newsgraph.model.ArticleSource;
import org.newsgraph.model.Removed;
import org.newsgraph.pipeline.Document;
import org.newsgraph.pipeline.Facet;
import org.newsgraph.pipeline.Stage;

/**
 * Names the outlet of an article that came without one, when its text names it: a trailer
 * ("Read the latest news on The Daily Courier.") first, else a masthead printed more than once.
 * Both are lines the cleaner left out, so they are read from what it recorded as removed. When
 * the text names none, the article's URL does: its host without a leading {@code www.}
 * ({@code nytimes.com} for {@code https://www.nytimes.com/...}, {@code sports.espn.go.com}), with
 * the basis {@code url}. The whole host, not the registrable domain: one domain may serve many
 * outlets (every blog of {@code blogspot.com}, ESPN and ABC News under {@code go.com}), and two
 * outlets taken for one would be worse than one outlet under two hosts. A host must lie under a
 * public suffix (Guava's copy of the public suffix list): no address, {@code localhost} or bare
 * suffix names an outlet. A trailer comes first: a copy published elsewhere names its own outlet there.
 */
public final class OutletFinder implements Stage {

    private final OutletNames outlets;

    public OutletFinder(CleanRules rules) {
        this.outlets = new OutletNames(rules);
    }

    @Override
    public Set<Facet> requires() {
        return Set.of(Facet.CLEAN_TEXT);
    }

    /** Nothing new for later stages to require: it fills the source's outlet when that is missing. */
    @Override
    public Set<Facet> provides() {
        return Set.of();
    }

    @Override
    public Document apply(Document document) {
        ArticleSource source = document.source();
        if (source.outlet() != null && !source.outlet().isBlank()) {
            return document;
        }
        Optional<String> named = outletIn(document);
        if (named.isPresent()) {
            return document.withSource(source.withOutlet(named.get(), Basis.TEXT));
        }
        return domainOf(source.url())
                .map(domain -> document.withSource(source.withOutlet(domain, Basis.URL)))
                .orElse(document);
    }

    /** The host of an http(s) URL without {@code www.}; none for an address, a bare suffix or a malformed URL. */
    static Optional<String> domainOf(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                return Optional.empty();
            }
            InternetDomainName host = InternetDomainName.from(uri.getHost());
            if (!host.isUnderPublicSuffix()) {
                return Optional.empty();
            }
            String name = host.toString().toLowerCase(Locale.ROOT);
            return Optional.of(name.startsWith("www.") && !host.parent().isPublicSuffix() ? name.substring(4) : name);
        } catch (java.net.URISyntaxException | IllegalArgumentException | IllegalStateException e) {
            return Optional.empty(); // not a URL of a named host: no outlet from it
        }
    }

    private Optional<String> outletIn(Document document) {
        Optional<String> trailer = document.removed().stream()
                .filter(removed -> removed.reason().equals(Reason.TRAILER.label()))
                .flatMap(removed -> outlets.fromTrailer(removed.text()).stream())
                .findFirst();
        return trailer.or(() -> document.removed().stream()
                .filter(removed -> removed.reason().equals(Reason.MASTHEAD.label()))
                .map(Removed::text)
                .flatMap(text -> outlets.fromMasthead(text).stream())
                .findFirst());
    }
}
