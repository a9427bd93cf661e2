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
 * the text names none, the article's URL does: its registrable domain ({@code nytimes.com} for
 * {@code https://www.nytimes.com/...}, {@code bbc.co.uk} for {@code news.bbc.co.uk}), by the public
 * suffix list, with the basis {@code url}. A trailer comes first: a copy published elsewhere names
 * its own outlet there.
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

    /** The registrable domain of an http(s) URL's host; none for an address, a bare suffix or a malformed URL. */
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
            return host.isUnderPublicSuffix()
                    ? Optional.of(host.topPrivateDomain().toString().toLowerCase(Locale.ROOT))
                    : Optional.empty();
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
