package org.newsgraph.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.ArticleStore;
import org.newsgraph.store.StoreNotFoundException;

/**
 * Views from a few connections kept open, on a real SQLite file: each reads the last commit when
 * opened, though its connection read an older one before, and keeps its snapshot until closed.
 */
class PooledReadViewsIT {

    @TempDir
    Path temp;

    @Test
    void aViewOnAConnectionUsedBeforeReadsTheLastCommit() {
        Path dir = temp.resolve("store");
        try (SqliteArticleStore writer = SqliteArticleStore.open(dir); PooledReadViews views = new PooledReadViews(dir, 1)) {
            writer.save(SampleArticles.numbered(1));
            try (ArticleStore view = views.open()) {
                assertThat(view.articles()).hasSize(1);
                writer.save(SampleArticles.numbered(2));
                assertThat(view.articles()).as("the snapshot taken at its first read").hasSize(1);
            }
            writer.save(SampleArticles.numbered(3));
            try (ArticleStore view = views.open()) {
                assertThat(view.articles()).as("the same connection, a new read transaction").hasSize(3);
            }
        }
    }

    @Test
    void keepsAtMostItsConnectionsAndViewsOpenTogetherReadApart() {
        Path dir = temp.resolve("store");
        try (SqliteArticleStore writer = SqliteArticleStore.open(dir); PooledReadViews views = new PooledReadViews(dir, 1)) {
            writer.save(SampleArticles.numbered(1));
            try (ArticleStore first = views.open()) {
                assertThat(first.articles()).hasSize(1);
                writer.save(SampleArticles.numbered(2));
                try (ArticleStore second = views.open()) {
                    assertThat(second.articles()).hasSize(2);
                }
                assertThat(first.articles()).hasSize(1);
            }
            try (ArticleStore view = views.open()) {
                assertThat(view.articles()).hasSize(2);
            }
        }
    }

    @Test
    void refusesAMissingStoreAndAfterClosing() {
        Path dir = temp.resolve("store");
        PooledReadViews views = new PooledReadViews(dir, 2);
        assertThatThrownBy(views::open).isInstanceOf(StoreNotFoundException.class);
        try (SqliteArticleStore writer = SqliteArticleStore.open(dir)) {
            writer.save(SampleArticles.numbered(1));
        }
        try (ArticleStore view = views.open()) {
            assertThat(view.articles()).hasSize(1);
        }
        views.close();
        assertThatThrownBy(views::open).isInstanceOf(IllegalStateException.class);
    }
}
