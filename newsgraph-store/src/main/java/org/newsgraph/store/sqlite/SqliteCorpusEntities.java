package org.newsgraph.store.sqlite;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.model.CorpusEntity;
import org.newsgraph.model.EntityCluster;
import org.newsgraph.model.EntityMerge;
import org.newsgraph.model.EntityRef;
import org.newsgraph.model.EntitySummary;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.NameWords;
import org.newsgraph.model.Place;
import org.newsgraph.store.CorpusEntities;
import org.newsgraph.store.EntityIdRules;

/**
 * The corpus entities in the store's database (migration V3), on the store's connection.
 * Methods run through the store's own reading and writing, because they share its connection.
 */
final class SqliteCorpusEntities implements CorpusEntities {

    private static final String NEXT_ID = "SELECT next_id FROM corpus_entity_state";
    private static final String UP_TO_DATE = """
            SELECT NOT EXISTS (SELECT 1 FROM entities
                WHERE article_id > (SELECT resolved_through FROM corpus_entity_state))""";
    private static final String MEMBERS =
            "SELECT article_id, local_id, entity_id FROM corpus_entity_members ORDER BY entity_id, article_id, local_id";
    private static final String MEMBERS_OF_ARTICLES = """
            SELECT article_id, local_id, entity_id FROM corpus_entity_members
            WHERE article_id IN (SELECT value FROM json_each(?))""";
    private static final String MEMBERS_IN_ARTICLES = """
            SELECT article_id, local_id, entity_id FROM corpus_entity_members WHERE article_id IN (%s)
            ORDER BY entity_id, article_id, local_id""";
    // A page of entities by the primary key, and the members and aliases of its range of ids.
    private static final String PAGE = "SELECT id FROM corpus_entities WHERE id > ? ORDER BY id LIMIT ?";
    private static final String MEMBERS_IN = """
            SELECT article_id, local_id, entity_id FROM corpus_entity_members WHERE entity_id BETWEEN ? AND ?
            ORDER BY entity_id, article_id, local_id""";
    private static final String ALIASES = "SELECT entity_id, alias FROM corpus_entity_aliases ORDER BY entity_id, seq";
    private static final String ALIASES_WHERE =
            "SELECT entity_id, alias FROM corpus_entity_aliases %s ORDER BY entity_id, seq";
    private static final String ENTITIES_WHERE = """
            SELECT id, name, type, place_id, place_name, place_country, place_latitude, place_longitude,
                place_population, place_feature, links
            FROM corpus_entities %s ORDER BY id""";
    // Counted from the members and their mentions, not stored, so the counts cannot drift from them.
    private static final String COUNTS_WHERE = """
            SELECT m.entity_id, count(DISTINCT m.article_id),
                (SELECT count(*) FROM corpus_entity_members n JOIN mentions x
                    ON x.article_id = n.article_id AND x.entity_local_id = n.local_id
                    WHERE n.entity_id = m.entity_id)
            FROM corpus_entity_members m %s GROUP BY m.entity_id""";
    // Indexed once a replace wrote the words (V14): a store upgraded to it has none until then.
    private static final String HAS_WORDS = """
            SELECT EXISTS (SELECT 1 FROM corpus_entity_words) OR NOT EXISTS (SELECT 1 FROM corpus_entities)""";
    private static final String NAMED = """
            SELECT DISTINCT entity_id FROM corpus_entity_words WHERE start >= ? AND start <= ? ORDER BY entity_id""";
    // the words whole: the start itself, or the start followed by a space and more words
    private static final String WITH_WORDS = """
            SELECT DISTINCT entity_id FROM corpus_entity_words WHERE start = ? OR start > ? AND start <= ?
            ORDER BY entity_id LIMIT ?""";
    /** After every character a name can hold, so that a range up to it holds every name that starts so. */
    private static final String LAST_CHARACTER = new String(Character.toChars(Character.MAX_CODE_POINT));
    private static final String INSERT_WORD = "INSERT OR IGNORE INTO corpus_entity_words (start, entity_id) VALUES (?, ?)";
    private static final int NAME_BATCH = 10_000;
    private static final String PLACES = """
            SELECT id, place_id, place_name, place_country, place_latitude, place_longitude, place_population, place_feature
            FROM corpus_entities WHERE id IN (%s)""";
    private static final String NAMES = "SELECT id, name FROM corpus_entities WHERE id IN (%s)";
    private static final String MERGES = "SELECT merged_id, into_id, reason FROM corpus_entity_merges ORDER BY seq";
    private static final String INSERT_ENTITY = """
            INSERT INTO corpus_entities (id, name, type, place_id, place_name, place_country, place_latitude,
                place_longitude, place_population, place_feature, links)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_ALIAS = "INSERT INTO corpus_entity_aliases (entity_id, seq, alias) VALUES (?, ?, ?)";
    private static final String INSERT_MEMBER =
            "INSERT INTO corpus_entity_members (article_id, local_id, entity_id) VALUES (?, ?, ?)";
    private static final String INSERT_MERGE =
            "INSERT INTO corpus_entity_merges (merged_id, into_id, reason) VALUES (?, ?, ?)";
    private static final String UPDATE_STATE =
            "UPDATE corpus_entity_state SET next_id = max(next_id, ?), resolved_through = ?, rules = ?";
    private static final String EXTEND_STATE =
            "UPDATE corpus_entity_state SET next_id = max(next_id, ?), resolved_through = ?";
    private static final String LATEST_MEMBERS = """
            SELECT article_id, local_id FROM corpus_entity_members WHERE entity_id = ?
            ORDER BY article_id DESC, local_id DESC LIMIT ?""";
    private static final String MOVE_MEMBERS = "UPDATE corpus_entity_members SET entity_id = ? WHERE entity_id = ?";
    private static final String DELETE_WORDS = "DELETE FROM corpus_entity_words WHERE entity_id = ?";
    private static final String DELETE_ENTITY = "DELETE FROM corpus_entities WHERE id = ?";
    private static final String DELETE_ALIASES = "DELETE FROM corpus_entity_aliases WHERE entity_id = ?";
    private static final String EXISTS = "SELECT EXISTS (SELECT 1 FROM corpus_entities WHERE id = ?)";
    private static final String UPSERT_ENTITY = INSERT_ENTITY + """
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, type = excluded.type, place_id = excluded.place_id,
                place_name = excluded.place_name, place_country = excluded.place_country,
                place_latitude = excluded.place_latitude, place_longitude = excluded.place_longitude,
                place_population = excluded.place_population, place_feature = excluded.place_feature,
                links = excluded.links""";
    private static final String UPSERT_MEMBER = INSERT_MEMBER
            + " ON CONFLICT (article_id, local_id) DO UPDATE SET entity_id = excluded.entity_id";

    private final SqliteArticleStore store;

    SqliteCorpusEntities(SqliteArticleStore store) {
        this.store = store;
    }

    @Override
    public Map<EntityRef, Long> assignment() {
        return read("reading entity members", c -> {
            Map<EntityRef, Long> assignment = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(MEMBERS); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    assignment.put(new EntityRef(rs.getLong(1), rs.getInt(2)), rs.getLong(3));
                }
            }
            return assignment;
        });
    }

    /** {@inheritDoc} By the primary key. */
    @Override
    public Map<EntityRef, Long> assignment(Collection<Long> articles) {
        return read("reading the entity members of " + articles.size() + " articles", c -> {
            Map<EntityRef, Long> assignment = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(MEMBERS_OF_ARTICLES)) {
                ps.setString(1, ArticleRowReader.idArray(articles));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        assignment.put(new EntityRef(rs.getLong(1), rs.getInt(2)), rs.getLong(3));
                    }
                }
            }
            return assignment;
        });
    }

    @Override
    public long nextId() {
        return read("reading the next entity id", SqliteCorpusEntities::nextId);
    }

    @Override
    public boolean isUpToDate() {
        return read("checking entities against articles", c -> Transaction.queryLong(c, UP_TO_DATE) == 1);
    }

    @Override
    public long resolvedThrough() {
        return read("reading the entities' frontier",
                c -> Transaction.queryLong(c, "SELECT resolved_through FROM corpus_entity_state"));
    }

    @Override
    public int rules() {
        return read("reading the entities' rules", c -> (int) Transaction.queryLong(c, "SELECT rules FROM corpus_entity_state"));
    }

    /** {@inheritDoc} By the index of members by entity, one probe an entity. */
    @Override
    public Map<Long, List<EntityRef>> latestMembers(Collection<Long> ids, int most) {
        return read("reading the latest members of " + ids.size() + " entities", c -> {
            Map<Long, List<EntityRef>> latest = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement(LATEST_MEMBERS)) {
                for (long id : ids) {
                    ps.setLong(1, id);
                    ps.setInt(2, most);
                    List<EntityRef> members = new ArrayList<>();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            members.add(new EntityRef(rs.getLong(1), rs.getInt(2)));
                        }
                    }
                    if (!members.isEmpty()) {
                        latest.put(id, members);
                    }
                }
            }
            return latest;
        });
    }

    /** {@inheritDoc} Writes the rows of the merged and grown entities only. */
    @Override
    public void extend(List<CorpusEntity> grown, List<EntityMerge> newMerges, long resolvedThrough) {
        store.writing("extending the entities", c -> {
            long next = nextId(c);
            for (EntityMerge m : newMerges) {
                if (!exists(c, m.merged()) || !exists(c, m.into())) {
                    throw new IllegalArgumentException("no stored entity to merge: " + m);
                }
                update(c, MOVE_MEMBERS, m.into(), m.merged());
                update(c, DELETE_WORDS, m.merged());
                update(c, DELETE_ENTITY, m.merged());
            }
            insertMerges(c, newMerges);
            for (CorpusEntity e : grown) {
                if (e.id() < next && !exists(c, e.id())) {
                    throw new IllegalArgumentException("entity id " + e.id() + " was given before: ids are never reused");
                }
                update(c, DELETE_ALIASES, e.id());
                update(c, DELETE_WORDS, e.id());
            }
            writeEntities(c, grown, UPSERT_ENTITY, UPSERT_MEMBER);
            insertWords(c, grown);
            try (PreparedStatement ps = c.prepareStatement(EXTEND_STATE)) {
                ps.setLong(1, grown.stream().mapToLong(e -> e.id() + 1).max().orElse(1));
                ps.setLong(2, resolvedThrough);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static boolean exists(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(EXISTS)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getLong(1) == 1;
            }
        }
    }

    private static void update(Connection c, String sql, long... ids) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < ids.length; i++) {
                ps.setLong(i + 1, ids[i]);
            }
            ps.executeUpdate();
        }
    }

    @Override
    public int count() {
        return read("counting entities", c -> (int) Transaction.queryLong(c, "SELECT count(*) FROM corpus_entities"));
    }

    @Override
    public List<CorpusEntity> entities() {
        return read("reading entities", c -> entities(c, ALIASES, ArticleRowReader.group(c, MEMBERS, rs -> rs.getLong(3),
                rs -> new EntityRef(rs.getLong(1), rs.getInt(2))), ""));
    }

    /** {@inheritDoc} By the primary key, then the page's range of ids in the members and aliases. */
    @Override
    public List<CorpusEntity> entitiesAfter(long after, int count) {
        return read("reading " + count + " entities after " + CorpusEntity.exportId(after), c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(PAGE)) {
                ArticleRowWriter.bind(ps, after, count);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            if (ids.isEmpty()) {
                return List.of();
            }
            long first = ids.get(0);
            long last = ids.get(ids.size() - 1);
            Map<Long, List<EntityRef>> members;
            try (PreparedStatement ps = c.prepareStatement(MEMBERS_IN)) {
                ArticleRowWriter.bind(ps, first, last);
                members = ArticleRowReader.group(ps, rs -> rs.getLong(3), rs -> new EntityRef(rs.getLong(1), rs.getInt(2)));
            }
            // numbers written into the statements, never text from outside
            String range = "WHERE %s BETWEEN " + first + " AND " + last;
            return entities(c, ALIASES_WHERE.formatted(range.formatted("entity_id")), members,
                    range.formatted("id"));
        });
    }

    /** {@inheritDoc} By the primary keys of members (by article) and of entities. */
    @Override
    public List<CorpusEntity> entitiesIn(Collection<Long> articles) {
        if (articles.isEmpty()) {
            return List.of();
        }
        // numbers written into the statement, never text from outside
        String in = articles.stream().distinct().map(String::valueOf).collect(Collectors.joining(","));
        return read("reading the entities of " + articles.size() + " articles", c -> {
            Map<Long, List<EntityRef>> members = ArticleRowReader.group(c, MEMBERS_IN_ARTICLES.formatted(in),
                    rs -> rs.getLong(3), rs -> new EntityRef(rs.getLong(1), rs.getInt(2)));
            if (members.isEmpty()) {
                return List.of();
            }
            String ids = "WHERE %s IN (" + members.keySet().stream().map(String::valueOf).collect(Collectors.joining(","))
                    + ")";
            return entities(c, ALIASES_WHERE.formatted(ids.formatted("entity_id")), members, ids.formatted("id"));
        });
    }

    /** The entities {@code where} picks, with the aliases {@code aliasesSql} reads and these members. */
    private static List<CorpusEntity> entities(Connection c, String aliasesSql, Map<Long, List<EntityRef>> members,
            String where) throws SQLException {
        Map<Long, List<String>> aliases = ArticleRowReader.group(c, aliasesSql, rs -> rs.getLong(1), rs -> rs.getString(2));
        List<CorpusEntity> entities = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ENTITIES_WHERE.formatted(where)); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("id");
                entities.add(new CorpusEntity(id, new EntityCluster(rs.getString("name"), type(rs),
                        ArticleRowReader.place(rs), aliases.getOrDefault(id, List.of()),
                        members.getOrDefault(id, List.of()), ArticleRowReader.lines(rs.getString("links")))));
            }
        }
        return entities;
    }

    @Override
    public List<EntitySummary> summaries() {
        return read("reading entity summaries", c -> summaries(c, ""));
    }

    /** {@inheritDoc} By the primary key. */
    @Override
    public List<EntitySummary> summaries(Collection<Long> ids) {
        return read("reading the summaries of " + ids.size() + " entities", c -> {
            List<EntitySummary> summaries = new ArrayList<>();
            for (String in : idLists(ids.stream().distinct().sorted().toList())) {
                summaries.addAll(summaries(c, "WHERE %s IN (" + in + ")"));
            }
            return summaries;
        });
    }

    /**
     * The ids a batch of {@link #NAME_BATCH} at a time, each batch the numbers of an {@code IN} list:
     * numbers written into the statement, never text from outside.
     */
    private static List<String> idLists(List<Long> ids) {
        List<String> lists = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += NAME_BATCH) {
            lists.add(ids.subList(from, Math.min(ids.size(), from + NAME_BATCH)).stream().map(String::valueOf)
                    .collect(Collectors.joining(",")));
        }
        return lists;
    }

    /** The summaries of the entities {@code where} picks ({@code %s} standing for the entity's id column). */
    private static List<EntitySummary> summaries(Connection c, String where) throws SQLException {
        Map<Long, List<String>> aliases = ArticleRowReader.group(c, ALIASES_WHERE.formatted(where.formatted("entity_id")),
                rs -> rs.getLong(1), rs -> rs.getString(2));
        Map<Long, int[]> counts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(COUNTS_WHERE.formatted(where.formatted("m.entity_id")));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3)});
            }
        }
        List<EntitySummary> summaries = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ENTITIES_WHERE.formatted(where.formatted("id")));
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong("id");
                int[] n = counts.getOrDefault(id, new int[2]);
                summaries.add(new EntitySummary(id, rs.getString("name"), type(rs),
                        aliases.getOrDefault(id, List.of()), n[0], n[1]));
            }
        }
        return summaries;
    }

    /**
     * {@inheritDoc} A range of the index of name words; in a store whose entities were stored before
     * it (none indexed, some entities), by reading every entity.
     */
    @Override
    public List<Long> named(String foldedWords) {
        boolean indexed = read("checking the index of names", c -> Transaction.queryLong(c, HAS_WORDS) == 1);
        if (!indexed) {
            return CorpusEntities.super.named(foldedWords);
        }
        return read("finding the entities named '" + foldedWords + "'", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(NAMED)) {
                ps.setString(1, foldedWords);
                ps.setString(2, foldedWords + LAST_CHARACTER);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            return ids;
        });
    }

    /** {@inheritDoc} Two ranges of the index of names. */
    @Override
    public List<Long> withWords(String foldedWords, int limit) {
        boolean indexed = read("checking the index of names", c -> Transaction.queryLong(c, HAS_WORDS) == 1);
        if (!indexed) {
            return CorpusEntities.super.withWords(foldedWords, limit);
        }
        return read("finding the entities named '" + foldedWords + "' in whole words", c -> {
            try (PreparedStatement ps = c.prepareStatement(WITH_WORDS)) {
                ps.setString(1, foldedWords);
                ps.setString(2, foldedWords + " ");
                ps.setString(3, foldedWords + " " + LAST_CHARACTER);
                ps.setInt(4, limit);
                return Transaction.queryLongs(ps);
            }
        });
    }

    /** {@inheritDoc} By the primary key. */
    @Override
    public Map<Long, String> names(Collection<Long> ids) {
        return read("reading the names of " + ids.size() + " entities", c -> {
            Map<Long, String> names = new HashMap<>();
            for (String in : idLists(List.copyOf(ids))) {
                try (PreparedStatement ps = c.prepareStatement(NAMES.formatted(in)); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return names;
        });
    }

    /** {@inheritDoc} By the primary key. */
    @Override
    public Map<Long, Place> places(Collection<Long> ids) {
        return read("reading the places of " + ids.size() + " entities", c -> {
            Map<Long, Place> places = new HashMap<>();
            for (String in : idLists(List.copyOf(ids))) {
                try (PreparedStatement ps = c.prepareStatement(PLACES.formatted(in)); ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Place place = ArticleRowReader.place(rs);
                        if (place != null) {
                            places.put(rs.getLong("id"), place);
                        }
                    }
                }
            }
            return places;
        });
    }

    @Override
    public List<EntityMerge> merges() {
        return read("reading entity merges", c -> {
            List<EntityMerge> merges = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(MERGES); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    merges.add(new EntityMerge(rs.getLong(1), rs.getLong(2), rs.getString(3)));
                }
            }
            return merges;
        });
    }

    /** {@inheritDoc} The members' articles must be stored, with those entities. */
    @Override
    public void replace(List<CorpusEntity> entities, List<EntityMerge> newMerges, long resolvedThrough, int rules) {
        store.writing("replacing the entities", c -> {
            EntityIdRules.check(currentIds(c), nextId(c), entities, newMerges);
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM corpus_entity_words")) {
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM corpus_entities")) {
                ps.executeUpdate();
            }
            insertEntities(c, entities);
            insertWords(c, entities);
            insertMerges(c, newMerges);
            long next = entities.stream().mapToLong(e -> e.id() + 1).max().orElse(1);
            try (PreparedStatement ps = c.prepareStatement(UPDATE_STATE)) {
                ps.setLong(1, next);
                ps.setLong(2, resolvedThrough);
                ps.setInt(3, rules);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static void insertWords(Connection c, List<CorpusEntity> entities) throws SQLException {
        try (PreparedStatement word = c.prepareStatement(INSERT_WORD)) {
            for (CorpusEntity e : entities) {
                Set<String> starts = new HashSet<>(NameWords.starts(e.cluster().name()));
                e.cluster().aliases().forEach(a -> starts.addAll(NameWords.starts(a)));
                for (String start : starts) {
                    word.setString(1, start);
                    word.setLong(2, e.id());
                    word.addBatch();
                }
            }
            word.executeBatch();
        }
    }

    private static void insertEntities(Connection c, List<CorpusEntity> entities) throws SQLException {
        writeEntities(c, entities, INSERT_ENTITY, INSERT_MEMBER);
    }

    private static void writeEntities(Connection c, List<CorpusEntity> entities, String entitySql, String memberSql)
            throws SQLException {
        try (PreparedStatement entity = c.prepareStatement(entitySql);
             PreparedStatement alias = c.prepareStatement(INSERT_ALIAS);
             PreparedStatement member = c.prepareStatement(memberSql)) {
            for (CorpusEntity e : entities) {
                EntityCluster cluster = e.cluster();
                entity.setLong(1, e.id());
                entity.setString(2, cluster.name());
                entity.setString(3, ArticleRowWriter.label(cluster.type()));
                ArticleRowWriter.bindPlace(entity, 4, cluster.place());
                entity.setString(11, ArticleRowWriter.lines(cluster.links()));
                entity.executeUpdate();
                for (int seq = 0; seq < cluster.aliases().size(); seq++) {
                    addRow(alias, e.id(), seq, cluster.aliases().get(seq));
                }
                for (EntityRef ref : cluster.members()) {
                    addRow(member, ref.article(), ref.index(), e.id());
                }
            }
            alias.executeBatch();
            member.executeBatch();
        }
    }

    private static void insertMerges(Connection c, List<EntityMerge> merges) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_MERGE)) {
            for (EntityMerge m : merges) {
                addRow(ps, m.merged(), m.into(), m.reason());
            }
            ps.executeBatch();
        }
    }

    private static void addRow(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
        ps.addBatch();
    }

    private static Set<Long> currentIds(Connection c) throws SQLException {
        Set<Long> ids = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM corpus_entities");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static long nextId(Connection c) throws SQLException {
        return Transaction.queryLong(c, NEXT_ID);
    }

    private static EntityType type(ResultSet rs) throws SQLException {
        return EntityType.valueOf(rs.getString("type").toUpperCase(Locale.ROOT));
    }


    private <T> T read(String what, Transaction.Work<T> work) {
        return store.reading(what, work);
    }
}
