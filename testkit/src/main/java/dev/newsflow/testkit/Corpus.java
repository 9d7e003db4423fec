package dev.newsflow.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsflow.json.PlainJson;

/**
 * The seed pages re-dated into editions: {@code PAPER/YYYY-MM-DD/N.txt}, each with its date as page header, so
 * that every page of every edition is a page of its own (its own bytes, its own id). Edition {@code e} is dated
 * 2021-01-01 plus {@code e} days and holds every seed page listed in the seeds' {@code editions.json}.
 */
public final class Corpus {

    private static final LocalDate FIRST = LocalDate.of(2021, 1, 1);

    private record Seed(Path file, String paper, int page) {
    }

    private final List<Seed> seeds;

    private Corpus(List<Seed> seeds) {
        this.seeds = seeds;
    }

    /** The seed pages of {@code seedsDir}, as its {@code editions.json} lists them. */
    public static Corpus of(Path seedsDir) throws IOException {
        Path manifestFile = seedsDir.resolve("editions.json");
        if (!Files.isRegularFile(manifestFile)) {
            throw new IllegalArgumentException("no editions.json in " + seedsDir
                    + " (--seeds points to the seed pages)");
        }
        JsonNode manifest = PlainJson.mapper().readTree(manifestFile.toFile());
        List<Seed> seeds = new ArrayList<>();
        for (var it = manifest.fields(); it.hasNext(); ) {
            var seed = it.next();
            if (seed.getKey().endsWith(".txt")) {
                seeds.add(new Seed(seedsDir.resolve(seed.getKey()), seed.getValue().get("paper").asText(),
                        seed.getValue().get("page").asInt()));
            }
        }
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("editions.json in " + seedsDir + " lists no page");
        }
        return new Corpus(List.copyOf(seeds));
    }

    /** Writes editions 0 … {@code editions}-1 of the seed pages under {@code dir}. */
    public static Path redated(Path seedsDir, Path dir, int editions) throws IOException {
        return of(seedsDir).write(dir, 0, editions);
    }

    /** Pages in one edition. */
    public int pagesPerEdition() {
        return seeds.size();
    }

    /** Writes editions {@code from} … {@code from + count - 1} under {@code dir}; returns {@code dir}. */
    public Path write(Path dir, int from, int count) throws IOException {
        for (int e = from; e < from + count; e++) {
            for (int i = 0; i < seeds.size(); i++) {
                page(dir, e, i);
            }
        }
        return dir;
    }

    /** Writes seed page {@code index} of edition {@code edition} under {@code dir}; returns the file. */
    public Path page(Path dir, int edition, int index) throws IOException {
        Seed seed = seeds.get(index);
        LocalDate date = FIRST.plusDays(edition);
        int page = seed.page();
        String header = date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日 星期"
                + "一二三四五六日".charAt(date.getDayOfWeek().getValue() - 1) + "\n\n";
        Path file = dir.resolve(seed.paper()).resolve(date.toString()).resolve(page + ".txt");
        Files.createDirectories(file.getParent());
        // a second seed page with the same paper and number in one edition gets the next free number
        while (Files.exists(file)) {
            page++;
            file = file.resolveSibling(page + ".txt");
        }
        Files.writeString(file, header + Files.readString(seed.file()), StandardCharsets.UTF_8);
        return file;
    }
}
