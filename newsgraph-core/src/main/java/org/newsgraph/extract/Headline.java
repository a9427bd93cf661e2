package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline as the page states it in its metadata, used to drop the headline from the body
 * text: the title is a field of its own, and the story does not repeat it.
 */
final class Headline {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** What pages put between a headline and the outlet's name in {@code <title>}. */
    private static final Pattern SEPARATED = Pattern.compile("[-|:–—•·»/]");

    private final List<String> titles;

    private Headline(List<String> titles) {
        this.titles = titles;
    }

    static Headline of(Document page) {
        List<String> titles = new ArrayList<>();
        Stream.of(meta(page, "og:title"), meta(page, "twitter:title"), page.title())
                .filter(Objects::nonNull).map(String::strip).filter(t -> !t.isEmpty()).forEach(titles::add);
        return new Headline(titles);
    }

    /** The blocks without those that are the headline, alone or with the outlet's name. */
    List<String> dropFrom(List<String> blocks) {
        return blocks.stream().filter(block -> !isHeadline(block)).toList();
    }

    boolean isHeadline(String block) {
        String key = key(block);
        if (key.isEmpty()) {
            return false;
        }
        for (String title : titles) {
            if (key(title).equals(key) || hasOutletAround(title, block)) {
                return true;
            }
        }
        return false;
    }

    /** "Headline - Outlet" or "Outlet | Headline". */
    private static boolean hasOutletAround(String title, String block) {
        String lowerTitle = title.toLowerCase(Locale.ROOT);
        String lowerBlock = block.strip().toLowerCase(Locale.ROOT);
        if (lowerBlock.length() < 2 || lowerBlock.length() >= lowerTitle.length()) {
            return false;
        }
        if (lowerTitle.startsWith(lowerBlock)) {
            return SEPARATED.matcher(lowerTitle.substring(lowerBlock.length()).strip().substring(0, 1)).matches();
        }
        if (lowerTitle.endsWith(lowerBlock)) {
            String before = lowerTitle.substring(0, lowerTitle.length() - lowerBlock.length()).strip();
            return !before.isEmpty() && SEPARATED.matcher(before.substring(before.length() - 1)).matches();
        }
        return false;
    }

    private static String key(String text) {
        return NOT_WORD.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    private static String meta(Document page, String key) {
        for (Element meta : page.getElementsByTag("meta")) {
            if (key.equals(meta.attr("property")) || key.equals(meta.attr("name"))) {
                return meta.attr("content");
            }
        }
        return null;
    }
}
