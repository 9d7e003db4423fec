package dev.newsflow.ingest.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SettledFilesTest {

    private static final long MS = 1_000_000;
    private final SettledFiles files = new SettledFiles(Duration.ofMillis(500));
    private final Path a = Path.of("inbox/a.txt");

    @Test
    void aFileIsReadyOnceItsStatHeldStillForTheSettleTime() {
        files.observe(a, new SettledFiles.Stat(10, 1), 0);
        assertThat(files.ready(400 * MS)).isEmpty();
        assertThat(files.ready(500 * MS)).extracting(SettledFiles.Ready::file).containsExactly(a);
        assertThat(files.pending()).isEmpty();
    }

    @Test
    void aFileStillBeingWrittenWaitsUntilItStopsGrowing() {
        files.observe(a, new SettledFiles.Stat(10, 1), 0);
        files.observe(a, new SettledFiles.Stat(20, 2), 300 * MS);
        assertThat(files.ready(600 * MS)).isEmpty();
        files.observe(a, new SettledFiles.Stat(20, 2), 700 * MS);
        var ready = files.ready(800 * MS);
        assertThat(ready).hasSize(1);
        assertThat(ready.get(0).stat()).isEqualTo(new SettledFiles.Stat(20, 2));
        assertThat(ready.get(0).firstSeenNanos()).isZero();
    }

    @Test
    void aFileTakenIsNotTakenAgainUntilItChanges() {
        SettledFiles.Stat stat = new SettledFiles.Stat(10, 1);
        files.observe(a, stat, 0);
        files.ready(500 * MS);
        files.taken(a, stat);
        files.observe(a, stat, 600 * MS);
        assertThat(files.pending()).isEmpty();
        files.observe(a, new SettledFiles.Stat(11, 5), 700 * MS);
        assertThat(files.ready(1200 * MS)).extracting(SettledFiles.Ready::file).containsExactly(a);
    }

    @Test
    void aFileThatVanishesIsForgotten() {
        files.observe(a, new SettledFiles.Stat(10, 1), 0);
        files.observe(a, null, 100 * MS);
        assertThat(files.ready(Long.MAX_VALUE / 2)).isEmpty();
        SettledFiles.Stat stat = new SettledFiles.Stat(10, 1);
        files.taken(a, stat);
        files.retainTaken(Set.of());
        files.observe(a, stat, 0);
        assertThat(files.pending()).containsExactly(a);
    }
}
