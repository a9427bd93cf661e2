package org.newsgraph.search.lucene;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.search.HitKind;
import org.newsgraph.search.SearchDocument;

/**
 * A search document as Lucene fields: what is searched, filtered, counted and shown. The text keeps
 * the offsets of its words in the postings, so a snippet is cut from where the index says the
 * words are, not from the text analysed again at each search. Of the spellings of the entities a
 * document names only the names are searched ({@link NameSpellings}): a role one was also called
 * by ("President") is shared by every holder of it and would make a search of that word find
 * every document that names any of them.
 */
final class DocumentMaker {

    /** The text: searched with positions (phrases) and offsets (snippets), stored (shown). */
    static final FieldType TEXT = textWithOffsets();

    private final Analyzer analyzer;
    private final NameSpellings spellings = new NameSpellings();

    DocumentMaker(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    Document make(SearchDocument d, String digest) {
        Document doc = new Document();
        doc.add(new StringField(Fields.KEY, key(d.kind(), d.id()), Field.Store.YES));
        doc.add(new StoredField(Fields.DIGEST, digest));
        doc.add(new StringField(Fields.KIND, d.kind().word(), Field.Store.YES));
        doc.add(new SortedSetDocValuesFacetField(Fields.KIND, d.kind().word()));
        doc.add(new StoredField(Fields.ID, d.id()));
        stored(doc, Fields.ARTICLE, d.article());
        if (d.title() != null) {
            doc.add(new TextField(Fields.TITLE, d.title(), Field.Store.YES));
        }
        if (d.text() != null) {
            doc.add(new Field(Fields.TEXT, d.text(), TEXT));
        }
        d.names().stream().filter(spellings::isName).forEach(n -> doc.add(new TextField(Fields.NAMES, n, Field.Store.NO)));
        if (present(d.outlet())) {
            doc.add(new StoredField(Fields.OUTLET, d.outlet()));
            doc.add(new StringField(Fields.OUTLET_KEY, d.outlet().toLowerCase(Locale.ROOT), Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(Fields.OUTLET, d.outlet()));
        }
        date(doc, d.date());
        keyword(doc, Fields.LANGUAGE, d.language());
        keyword(doc, Fields.TYPE, d.type());
        new HashSet<>(d.entities()).forEach(e -> keyword(doc, Fields.ENTITY, e));
        if (d.kind() == HitKind.ENTITY) {
            aliases(doc, d);
        }
        return doc;
    }

    static String key(HitKind kind, String id) {
        return kind.word() + ":" + id;
    }

    /** What a document is made of, digested: its every field (a record's text names them all). */
    static String digest(SearchDocument d) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(d.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** An entity's names (not its roles), each stored as written and indexed as its words, to expand a query to. */
    private void aliases(Document doc, SearchDocument entity) {
        Set<String> names = new HashSet<>(entity.names());
        names.add(entity.title());
        names.removeIf(n -> n == null || !spellings.isName(n));
        for (String spelling : names) {
            doc.add(new StoredField(Fields.SPELLING, spelling));
            String words = Terms.joined(analyzer, spelling);
            if (!words.isEmpty()) {
                doc.add(new StringField(Fields.ALIAS, words, Field.Store.NO));
            }
        }
    }

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static void date(Document doc, String date) {
        Optional<DatePeriod> period = date == null ? Optional.empty() : DatePeriod.of(date);
        if (period.isEmpty()) {
            return;
        }
        doc.add(new StoredField(Fields.DATE, date));
        doc.add(new LongPoint(Fields.FIRST_DAY, period.get().first().toEpochDay()));
        doc.add(new LongPoint(Fields.LAST_DAY, period.get().last().toEpochDay()));
        if (date.length() >= 7) {
            doc.add(new SortedSetDocValuesFacetField(Fields.MONTH, date.substring(0, 7)));
        }
    }

    /** A value filtered by exactly (lower case) and counted as a facet. */
    private static void keyword(Document doc, String field, String value) {
        if (present(value)) {
            String folded = value.toLowerCase(Locale.ROOT);
            doc.add(new StringField(field, folded, Field.Store.NO));
            doc.add(new SortedSetDocValuesFacetField(field, folded));
        }
    }

    private static void stored(Document doc, String field, String value) {
        if (value != null) {
            doc.add(new StoredField(field, value));
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
