package org.newsgraph.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.AnalyzedArticle;
import org.newsgraph.model.StoredArticle;
import org.newsgraph.store.StoreLockedException;

/** One process per store, and what a killed process leaves behind: the kill-and-resume guarantee. */
class StoreLifecycleIT {

    @TempDir
    Path temp;

    @Test
    void refusesASecondOpenOfTheSameDirectoryUntilTheFirstCloses() {
        Path dir = temp.resolve("store");
        SqliteArticleStore first = SqliteArticleStore.open(dir);

        assertThatThrownBy(() -> SqliteArticleStore.open(dir))
                .isInstanceOf(StoreLockedException.class)
                .hasMessage("store " + dir + " is in use by another newsgraph process");

        first.close();
        SqliteArticleStore.open(dir).close();
    }

    @Test
    void aRefusedSecondOpenLeavesOtherProcessesLockedOut() throws Exception {
        Path dir = temp.resolve("store");
        SqliteArticleStore first = SqliteArticleStore.open(dir);
        try {
            assertThatThrownBy(() -> SqliteArticleStore.open(dir)).isInstanceOf(StoreLockedException.class);

            assertThat(ChildJvm.run("try-open", dir.toString())).startsWith("locked: store " + dir);
        } finally {
            first.close();
        }
        assertThat(ChildJvm.run("try-open", dir.toString())).startsWith("opened");
    }

    @Test
    void anotherProcessLocksTheStoreUntilItIsKilled() throws Exception {
        Path dir = temp.resolve("store");
        ChildJvm holder = ChildJvm.start("hold", dir.toString());
        try {
            assertThat(holder.readLine()).isEqualTo("held");

            assertThatThrownBy(() -> SqliteArticleStore.open(dir))
                    .isInstanceOf(StoreLockedException.class)
                    .hasMessageContaining(dir.toString());
        } finally {
            holder.kill();
        }
        SqliteArticleStore.open(dir).close();
    }

    @Test
    void everyCommittedArticleSurvivesAProcessThatDiesWithoutClosing() throws Exception {
        Path dir = temp.resolve("store");
        int n = 40;

        assertThat(ChildJvm.run("save-and-halt", dir.toString(), String.valueOf(n))).startsWith("saved " + n);
        assertThat(dir.resolve(Database.FILE + "-wal")).as("never checkpointed").isNotEmptyFile();

        try (SqliteArticleStore store = SqliteArticleStore.open(dir)) {
            assertThat(articles(store)).containsExactlyElementsOf(series(0, n));
            IntStream.range(n, n + 5).mapToObj(SampleArticles::numbered).forEach(store::save);
            assertThat(articles(store)).containsExactlyElementsOf(series(0, n + 5));
        }
    }

    private static List<AnalyzedArticle> articles(SqliteArticleStore store) {
        return store.articles().stream().map(StoredArticle::article).toList();
    }

    private static List<AnalyzedArticle> series(int from, int to) {
        return IntStream.range(from, to).mapToObj(SampleArticles::numbered).map(SampleArticles::asStored).toList();
    }
}
