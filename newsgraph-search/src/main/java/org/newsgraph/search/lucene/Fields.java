package org.newsgraph.search.lucene;

import java.util.List;
import org.apache.lucene.facet.FacetsConfig;

/** The index's fields and facets: one place, read by the writer, the query reader and the searcher. */
final class Fields {

    /** Kind and id, unique in the index: {@code event:v3}. */
    static final String KEY = "key";
    /** A digest of the search document a Lucene document was made from: unchanged ones are not written again. */
    static final String DIGEST = "digest";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String ARTICLE = "article";
    static final String TITLE = "title";
    static final String TEXT = "text";
    /** The names and aliases of the entities a document names: searched, not shown. */
    static final String NAMES = "names";
    static final String OUTLET = "outlet";
    /** The outlet folded to lower case, to filter by any case. */
    static final String OUTLET_KEY = "outlet_key";
    static final String DATE = "date";
    /** The first and last day of the document's date, as days since 1970, to filter by overlap. */
    static final String FIRST_DAY = "first_day";
    static final String LAST_DAY = "last_day";
    static final String LANGUAGE = "language";
    static final String TYPE = "type";
    static final String ENTITY = "entity";
    /** An entity document's name and aliases, each as its analysed words, to find entities a query names. */
    static final String ALIAS = "alias";
    /** An entity document's name and aliases as written, to expand a query to them. */
    static final String SPELLING = "spelling";

    static final String MONTH = "month";
    /** The facets, in the order a result lists them. */
    static final List<String> FACETS = List.of(KIND, OUTLET, ENTITY, TYPE, LANGUAGE, MONTH);

    private Fields() {}

    static FacetsConfig facets() {
        FacetsConfig config = new FacetsConfig();
        config.setMultiValued(ENTITY, true);
        return config;
    }
}
