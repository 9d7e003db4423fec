package dev.newsflow.sink.file;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.avro.file.DataFileReader;
import org.apache.avro.specific.SpecificDatumReader;

import com.fasterxml.jackson.databind.JsonNode;

import dev.newsflow.json.PlainJson;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.topics.AvroTrust;

/**
 * Reconciles the sink's output folder: every committed JSON Lines segment must parse, have its Avro twin with
 * the same articles, and no article id may appear twice; given the ids on the articles topic, none may be
 * missing from the files and none may be there that the topic does not hold.
 */
public final class OutputAudit {

    /**
     * @param articles      distinct article ids in the files
     * @param files         committed JSON Lines segments read
     * @param duplicates    ids written more than once, with how many times
     * @param unreadable    lines or files that could not be read, with the reason
     * @param avroMismatch  segments whose Avro file is missing or holds other articles than the JSON Lines one
     * @param missing       ids on the topic that no file holds (empty when no topic was given)
     * @param unexpected    ids in the files that the topic does not hold (empty when no topic was given)
     */
    public record Report(int articles, int files, Map<String, Integer> duplicates, List<String> unreadable,
                         List<String> avroMismatch, Set<String> missing, Set<String> unexpected) {

        public boolean ok() {
            return duplicates.isEmpty() && unreadable.isEmpty() && avroMismatch.isEmpty() && missing.isEmpty()
                    && unexpected.isEmpty();
        }
    }

    static {
        AvroTrust.install();
    }

    private OutputAudit() {
    }

    /** Ids and the segments holding them, from the files alone. */
    public static Report audit(Path root, Set<String> topicIds) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> unreadable = new ArrayList<>();
        List<String> avroMismatch = new ArrayList<>();
        int files = 0;
        for (Path jsonl : segments(root)) {
            files++;
            List<String> ids = new ArrayList<>();
            try {
                for (String line : Files.readAllLines(jsonl, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    try {
                        JsonNode node = PlainJson.mapper().readTree(line);
                        String id = node.path("id").asText(null);
                        if (id == null) {
                            unreadable.add(root.relativize(jsonl) + ": a line without an id");
                        } else {
                            ids.add(id);
                        }
                    } catch (IOException e) {
                        unreadable.add(root.relativize(jsonl) + ": " + e.getMessage().lines().findFirst().orElse(""));
                    }
                }
            } catch (IOException | UncheckedIOException e) {
                unreadable.add(root.relativize(jsonl) + ": " + e);
                continue;
            }
            ids.forEach(id -> seen.merge(id, 1, Integer::sum));
            Path avro = jsonl.resolveSibling(jsonl.getFileName().toString().replaceFirst("\\.jsonl$", ".avro"));
            List<String> avroIds = avroIds(avro);
            if (!ids.equals(avroIds)) {
                avroMismatch.add(root.relativize(jsonl)
                        + (avroIds == null ? ": no Avro file" : ": Avro file holds other articles"));
            }
        }
        Map<String, Integer> duplicates = new TreeMap<>();
        seen.forEach((id, n) -> {
            if (n > 1) {
                duplicates.put(id, n);
            }
        });
        Set<String> missing = new TreeSet<>();
        Set<String> unexpected = new TreeSet<>();
        if (topicIds != null) {
            topicIds.stream().filter(id -> !seen.containsKey(id)).forEach(missing::add);
            seen.keySet().stream().filter(id -> !topicIds.contains(id)).forEach(unexpected::add);
        }
        return new Report(seen.size(), files, duplicates, unreadable, avroMismatch, missing, unexpected);
    }

    /**
     * Committed JSON Lines segments under root; hidden files and folders (temporaries, pipeline state) skipped.
     * The folder may be live: a temporary file a sink renames while we walk is passed over.
     */
    public static List<Path> segments(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of(); // nothing written yet
        }
        List<Path> segments = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString();
                    if (!isHidden(file) && name.endsWith(".jsonl") && SegmentName.parse(name).isPresent()) {
                        segments.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                    if (e instanceof NoSuchFileException) {
                        return FileVisitResult.CONTINUE; // renamed or removed while we looked
                    }
                    throw e;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        segments.sort(null);
        return segments;
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }

    private static List<String> avroIds(Path avro) {
        if (!Files.isRegularFile(avro)) {
            return null;
        }
        List<String> ids = new ArrayList<>();
        try (DataFileReader<EnrichedArticle> reader = new DataFileReader<>(avro.toFile(),
                new SpecificDatumReader<>(EnrichedArticle.class))) {
            for (EnrichedArticle a : reader) {
                ids.add(a.getId());
            }
        } catch (IOException | RuntimeException e) {
            return List.of("unreadable: " + e);
        }
        return ids;
    }
}
