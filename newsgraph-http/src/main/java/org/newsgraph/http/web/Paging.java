package org.newsgraph.http.web;

import java.util.List;

/** A listing cut into pages of a fixed size, with links to the page before and after. */
final class Paging {

    private Paging() {}

    /** The items of page {@code page} (from 1); past the last page, none. */
    static <T> List<T> page(List<T> all, int page, int size) {
        long from = (long) (page - 1) * size;
        return from >= all.size() ? List.of() : all.subList((int) from, (int) Math.min(all.size(), from + size));
    }

    /** The links to the neighbouring pages; {@code parameters} are the listing's filters, as name, value pairs. */
    static void links(Html h, String path, int page, int total, int size, String... parameters) {
        int pages = Math.max(1, (total + size - 1) / size);
        if (pages == 1) {
            return;
        }
        h.open("nav", "aria-label", "Pages", "class", "pages");
        if (page > 1) {
            h.element("a", "Previous page", "href", link(path, page - 1, parameters), "rel", "prev");
        }
        h.element("span", " page " + Math.min(page, pages) + " of " + pages + " ");
        if (page < pages) {
            h.element("a", "Next page", "href", link(path, page + 1, parameters), "rel", "next");
        }
        h.close("nav");
    }

    private static String link(String path, int page, String... parameters) {
        String[] all = new String[parameters.length + 2];
        System.arraycopy(parameters, 0, all, 0, parameters.length);
        all[parameters.length] = "page";
        all[parameters.length + 1] = String.valueOf(page);
        return Links.to(path, all);
    }
}
