package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void everyCommandHasHelpWithAnExample() {
        for (String command : new String[] {"analyze", "export", "entities", "events", "timeline", "story", "bench", "serve", "search", "reindex"}) {
            Cli help = Cli.run(command, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: newsgraph " + command, "Example", "./newsgraph " + command);
        }
        assertThat(Cli.run("--help").out()).contains("analyze", "export", "entities", "events", "timeline", "story",
                "bench", "serve", "search", "reindex", "Exit status");
    }

    @Test
    void badArgumentsExitWithTwo() {
        Cli run = Cli.run("analyze", "--no-such-option", "x.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--no-such-option");
        assertThat(Cli.run("analyze").exitCode()).isEqualTo(2);
    }

    @Test
    void analyzeWithoutInputsNeedsAStoreToBringUpToDateAndMakesNone() {
        Cli run = Cli.run("analyze", "--store", dir.resolve("nothing"));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no INPUT, and no store at " + dir.resolve("nothing"));
        assertThat(dir.resolve("nothing")).doesNotExist();
    }

    @Test
    void tooFewLanguagesAreBadArguments() {
        Cli run = Cli.run("analyze", dir, "--languages", "en", "--store", dir.resolve("s"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--languages", "at least two");
        Cli unknown = Cli.run("analyze", dir, "--languages", "en,xx", "--store", dir.resolve("s"));
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("'xx'");
    }

    @Test
    void anExportIntoAMissingFolderExitsWithThreeBeforeAnyWork() {
        Cli run = Cli.run("analyze", dir, "--export", dir.resolve("no/such/folder/out.json"), "--store", dir.resolve("s"));
        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.err()).contains("cannot write", "does not exist");
    }

    @Test
    void listingTheEntitiesOfAStoreThatDoesNotExistExitsWithTwo() {
        Cli run = Cli.run("entities", "--store", dir.resolve("nothing"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no store at " + dir.resolve("nothing") + ": run newsgraph analyze first");
    }

    @Test
    void anUnknownEntityTypeIsABadArgumentNamingTheTypes() {
        Cli run = Cli.run("entities", "--type", "planet", "--store", dir);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("PERSON", "LOCATION", "ORGANIZATION", "MISC");
    }

    @Test
    void aTimelineDateThatIsNoDateIsABadArgumentBeforeAnyStoreIsOpened() {
        for (String bad : new String[] {"2023-13", "20.04.2023", "April", "2023-02-30"}) {
            Cli run = Cli.run("timeline", "--from", bad, "--store", dir.resolve("nothing"));
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.err()).contains("--from: '" + bad + "' is no date", "YYYY-MM-DD");
        }
        Cli backwards = Cli.run("timeline", "--from", "2024", "--to", "2023-12", "--store", dir.resolve("nothing"));
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("--from 2024 is after --to 2023-12");
    }

    @Test
    void theEventCommandsOfAStoreThatDoesNotExistExitWithTwo() {
        for (String command : new String[] {"events", "timeline", "story"}) {
            Cli run = Cli.run(command, "--store", dir.resolve("nothing"));
            assertThat(run.exitCode()).as(command).isEqualTo(2);
            assertThat(run.err()).contains("no store at");
        }
    }

    @Test
    void readingAFolderThatHoldsNoStoreExitsWithTwoAndLeavesTheFolderAsItWas() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        String[][] reads = {{"events"}, {"timeline"}, {"story"}, {"entities"}, {"quotes"}, {"claims"}, {"clusters"},
            {"cluster", "c1"}, {"export", dir.resolve("out.json").toString()}};
        for (String[] read : reads) {
            Object[] args = Stream.concat(Stream.of((Object[]) read), Stream.of("--store", empty)).toArray();
            Cli run = Cli.run(args);
            assertThat(run.exitCode()).as(read[0]).isEqualTo(2);
            assertThat(run.err()).as(read[0]).contains("no store at " + empty);
        }
        assertThat(empty).isEmptyDirectory();
    }

    @Test
    void exportingAStoreThatDoesNotExistExitsWithTwo() {
        Cli run = Cli.run("export", "--store", dir.resolve("nothing"), dir.resolve("out.json"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no store at");
    }
}
