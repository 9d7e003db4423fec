package dev.newsflow.ingest.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.testkit.Seeds;

class EditionResolverTest {

    @TempDir
    Path dir;

    @Test
    void readsTheManifestBesideTheSeedPages() {
        Edition e = new EditionResolver(Edition.UNKNOWN).resolve(Seeds.page("002"));
        assertThat(e).isEqualTo(new Edition("无锡日报", "2022-12-10", 2));
    }

    @Test
    void readsAManifestAgainWhenItChanges() throws Exception {
        Path page = dir.resolve("a.txt");
        Path manifest = dir.resolve("editions.json");
        Files.writeString(manifest, "{\"other.txt\": {\"paper\": \"无锡日报\", \"date\": \"2022-12-10\", \"page\": 1}}");
        EditionResolver resolver = new EditionResolver(Edition.UNKNOWN);
        assertThat(resolver.resolve(page)).isEqualTo(Edition.UNKNOWN);
        Files.writeString(manifest, "{\"a.txt\": {\"paper\": \"江南晚报\", \"date\": \"2023-07-21\", \"page\": 3}}");
        Files.setLastModifiedTime(manifest,
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 2_000));
        assertThat(resolver.resolve(page)).isEqualTo(new Edition("江南晚报", "2023-07-21", 3));
    }

    @Test
    void readsPaperDateAndPageFromThePath() throws Exception {
        Path file = Files.createDirectories(dir.resolve("江南晚报/2023-07-21")).resolve("01.txt");
        Files.writeString(file, "x");
        assertThat(new EditionResolver(Edition.UNKNOWN).resolve(file)).isEqualTo(new Edition("江南晚报", "2023-07-21", 1));
        Path flat = dir.resolve("无锡日报_20240527_3.txt");
        assertThat(new EditionResolver(Edition.UNKNOWN).resolve(flat)).isEqualTo(new Edition("无锡日报", "2024-05-27", 3));
    }

    @Test
    void commandLineValuesWinAndGapsAreFilledFromTheFile() throws Exception {
        Path file = Files.createDirectories(dir.resolve("江南晚报/2023-07-21")).resolve("4.txt");
        Edition e = new EditionResolver(new Edition("无锡日报", null, null)).resolve(file);
        assertThat(e).isEqualTo(new Edition("无锡日报", "2023-07-21", 4));
    }

    @Test
    void unknownMetadataStaysUnknownAndABadManifestDateIsIgnored() throws Exception {
        Files.writeString(dir.resolve("editions.json"),
                "{\"a.txt\": {\"paper\": \"某报\", \"date\": \"2023-02-30\", \"page\": 5}}");
        Edition e = new EditionResolver(Edition.UNKNOWN).resolve(dir.resolve("a.txt"));
        assertThat(e).isEqualTo(new Edition("某报", null, 5));
        assertThat(new EditionResolver(Edition.UNKNOWN).resolve(dir.resolve("b.txt"))).isEqualTo(Edition.UNKNOWN);
    }

    @Test
    void aBrokenManifestIsIgnored() throws Exception {
        Files.writeString(dir.resolve("editions.json"), "{ not json");
        assertThat(new EditionResolver(Edition.UNKNOWN).resolve(dir.resolve("a.txt"))).isEqualTo(Edition.UNKNOWN);
    }
}
