package org.newsgraph.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * Finds embedded social-media posts: the paragraph above an author line such as
 * "— Name (@handle) date" is a direct quote of that author, the entity named in the line when the
 * article knows it (the handle is one of its mentions when the article ties it to a name).
 */
final class Posts {

    private final QuoteTokens words;
    private final QuoteLexicon lexicon;

    Posts(QuoteTokens words, QuoteLexicon lexicon) {
        this.words = words;
        this.lexicon = lexicon;
    }

    List<Quote> find() {
        String text = words.text();
        List<Span> paragraphs = QuotedSpans.paragraphs(text);
        List<Quote> posts = new ArrayList<>();
        for (int p = 1; p < paragraphs.size(); p++) {
            Span line = paragraphs.get(p);
            Matcher m = lexicon.postSignature().matcher(line.of(text));
            if (!m.matches()) {
                continue;
            }
            Span name = new Span(line.start() + m.start("name"), line.start() + m.end("name"));
            Span handle = new Span(line.start() + m.start("handle"), line.start() + m.end("handle"));
            int author = entityIn(handle);
            author = author >= 0 ? author : entityIn(name);
            Span post = paragraphs.get(p - 1);
            posts.add(new Quote(post, post.of(text), true, author, name.of(text), name, "post", handle));
        }
        return posts;
    }

    /** The entity of the first mention in the span, or -1. */
    private int entityIn(Span span) {
        for (int t = words.firstAtOrAfter(span.start()); t < words.size() && words.start(t) < span.end(); t++) {
            if (words.entity(t) >= 0) {
                return words.entity(t);
            }
        }
        return -1;
    }
}
