package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Removed;

/**
 * Cuts what embedded posts leave inside lines, such as the picture link a tweet ends with. The
 * rest of the line stays: it is the post's text, often a quote of the story.
 */
final class EmbedLinks {

    /** The text without the pieces, and the pieces cut. */
    record Cut(String text, List<Removed> removed) {}

    private final PatternList embeds;

    EmbedLinks(PatternList embeds) {
        this.embeds = embeds;
    }

    Cut cut(String text) {
        List<Removed> removed = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            List<String> pieces = embeds.matchesIn(line);
            pieces.forEach(piece -> removed.add(new Removed(piece, Reason.EMBED.label())));
            String rest = pieces.isEmpty() ? line : embeds.without(line).replaceAll(" {2,}", " ").strip();
            if (pieces.isEmpty() || !rest.isEmpty()) {
                lines.add(rest); // a line that was nothing but the link goes, without splitting its paragraph
            }
        }
        return new Cut(removed.isEmpty() ? text : String.join("\n", lines), removed);
    }
}
