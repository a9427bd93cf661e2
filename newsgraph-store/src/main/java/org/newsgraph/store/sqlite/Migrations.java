package org.newsgraph.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.model.DatePeriod;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreVersionException;
import org.sqlite.Function;

/**
 * The schema's history as SQL files listed in an {@code index.txt}, applied in order, each in
 * its own transaction, with the applied version recorded in {@code schema_version}.
 * Loading checks the whole list before anything touches a database, and every error names the
 * file (and line of the index) at fault.
 */
final class Migrations {

    static final String BUNDLED = "org/newsgraph/store/sqlite/migrations";
    static final String INDEX = "index.txt";

    private static final Pattern NAME = Pattern.compile("V(?<version>[1-9][0-9]{0,8})__[a-z0-9_]+\\.sql");
    private static final String CREATE_VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_version (
                version    INTEGER PRIMARY KEY,
                file       TEXT NOT NULL,
                applied_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
            ) STRICT""";
    private static final String HAS_VERSION_TABLE =
            "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'";

    private final List<Migration> steps;

    private Migrations(List<Migration> steps) {
        this.steps = List.copyOf(steps);
    }

    /**
     * The migrations shipped with this code, read from the jar once: every read-only view checks
     * the schema against them, and a server opens one a request.
     */
    static Migrations bundled() {
        return Bundled.MIGRATIONS;
    }

    /** The bundled migrations, read when first asked for; immutable. */
    private static final class Bundled {
        static final Migrations MIGRATIONS = load(Migrations.class.getClassLoader(), BUNDLED);
    }

    /** Reads {@code folder/index.txt} and every file it lists, or fails naming what is wrong. */
    static Migrations load(ClassLoader loader, String folder) {
        String index = folder + "/" + INDEX;
        List<String> lines = read(loader, index, "migration index").lines().toList();
        List<Migration> steps = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                steps.add(step(loader, folder, index + " line " + (i + 1), line, steps.size() + 1));
            }
        }
        if (steps.isEmpty()) {
            throw new StoreException(index + " lists no migrations");
        }
        return new Migrations(steps);
    }

    private static Migration step(ClassLoader loader, String folder, String where, String name, int expected) {
        Matcher m = NAME.matcher(name);
        if (!m.matches()) {
            throw new StoreException(where + ": '" + name + "' is not a migration name like V1__articles.sql");
        }
        int version = Integer.parseInt(m.group("version"));
        if (version != expected) {
            throw new StoreException(where + ": " + name + " should be version " + expected
                    + " (versions count up from 1 without gaps)");
        }
        String file = folder + "/" + name;
        String sql = read(loader, file, "migration listed at " + where);
        if (sql.isBlank()) {
            throw new StoreException("migration " + file + " is empty");
        }
        return new Migration(version, file, sql);
    }

    private static String read(ClassLoader loader, String resource, String what) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new StoreException(what + " is missing: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /** The first {@code version} steps only: the schema as an older newsgraph left it, for upgrade tests. */
    Migrations upTo(int version) {
        return new Migrations(steps.subList(0, version));
    }

    /** The version the newest migration brings a database to. */
    int latest() {
        return steps.size();
    }

    List<Migration> steps() {
        return steps;
    }

    /**
     * Brings the database of the store in {@code dir} to the latest version, applying each
     * missing step in its own transaction; refuses a database newer than this code.
     */
    void apply(Connection connection, Path dir) {
        Transaction.write(connection, "creating schema_version in " + dir, c -> execute(c, CREATE_VERSION_TABLE));
        registerDateFunctions(connection, dir);
        int current = version(connection);
        if (current > latest()) {
            throw tooNew(dir, current);
        }
        for (Migration step : steps.subList(current, latest())) {
            Transaction.write(connection, "migration " + step.file() + " on store " + dir, c -> applyStep(c, step));
        }
    }

    /**
     * Refuses a database at any other version than the latest, for a reader, which never migrates:
     * run in the reader's transaction.
     */
    void requireLatest(Connection connection, Path dir) throws SQLException {
        int current = recordedVersion(connection);
        if (current > latest()) {
            throw tooNew(dir, current);
        }
        if (current < latest()) {
            throw new StoreVersionException("store " + dir + " has schema version " + current
                    + ", older than this newsgraph's " + latest() + ": run newsgraph analyze --store " + dir
                    + " once to upgrade it (reading never changes a store)");
        }
    }

    private StoreVersionException tooNew(Path dir, int current) {
        return new StoreVersionException("store " + dir + " has schema version " + current
                + " but this newsgraph knows versions up to " + latest() + "; use a newer newsgraph");
    }

    /** The version recorded in the database, 0 for a new one. */
    static int version(Connection connection) {
        return Transaction.read(connection, "reading schema_version", Migrations::recordedVersion);
    }

    /** The version recorded, 0 when nothing is (not even the table, which a reader cannot create). */
    private static int recordedVersion(Connection c) throws SQLException {
        if (Transaction.queryLong(c, HAS_VERSION_TABLE) == 0) {
            return 0;
        }
        return (int) Transaction.queryLong(c, "SELECT coalesce(max(version), 0) FROM schema_version");
    }

    /**
     * The functions migrations may call besides SQLite's own: {@code newsgraph_period_first(value)}
     * and {@code newsgraph_period_last(value)}, the first and last ISO day a date value covers
     * ({@link DatePeriod#of}), null when it places nothing on a calendar (V18 gives the stored events theirs).
     */
    private static void registerDateFunctions(Connection connection, Path dir) {
        try {
            Function.create(connection, "newsgraph_period_first", new PeriodDay(DatePeriod::first), 1,
                    Function.FLAG_DETERMINISTIC);
            Function.create(connection, "newsgraph_period_last", new PeriodDay(DatePeriod::last), 1,
                    Function.FLAG_DETERMINISTIC);
        } catch (SQLException e) {
            throw new StoreException("cannot register the date functions of the migrations on store " + dir, e);
        }
    }

    /** A day of the period a date value covers, as SQL text; null for a value that covers none. */
    private static final class PeriodDay extends Function {

        private final java.util.function.Function<DatePeriod, LocalDate> day;

        PeriodDay(java.util.function.Function<DatePeriod, LocalDate> day) {
            this.day = day;
        }

        @Override
        protected void xFunc() throws SQLException {
            Optional<DatePeriod> period = DatePeriod.of(value_text(0));
            if (period.isPresent()) {
                result(day.apply(period.get()).toString());
            } else {
                result();
            }
        }
    }

    private static Void applyStep(Connection connection, Migration step) throws SQLException {
        // The driver hands a multi-statement string to sqlite3_exec, which runs every statement.
        execute(connection, step.sql());
        try (var insert = connection.prepareStatement("INSERT INTO schema_version (version, file) VALUES (?, ?)")) {
            insert.setInt(1, step.version());
            insert.setString(2, step.file());
            insert.executeUpdate();
        }
        return null;
    }

    private static Void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
        return null;
    }
}
