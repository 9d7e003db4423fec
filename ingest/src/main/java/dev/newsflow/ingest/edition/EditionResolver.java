package dev.newsflow.ingest.edition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Finds the edition (paper, date, page) of a page file. In order of precedence: the values given on the
 * command line; an {@code editions.json} manifest beside the file ({@code {"file.txt": {"paper", "date",
 * "page"}}}); the path, {@code PAPER/YYYY-MM-DD/N.txt} (or a file named {@code PAPER_YYYY-MM-DD_N.txt}).
 * What none of them says stays unknown, and the page is still ingested.
 */
public final class EditionResolver {

    private static final Logger log = LoggerFactory.getLogger(EditionResolver.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[A-Za-z]?0*(\\d{1,3})$");
    private static final Pattern FLAT_NAME = Pattern.compile(
            "^(?<paper>[^_/]+)_(?<date>\\d{4}-?\\d{2}-?\\d{2})_[A-Za-z]?0*(?<page>\\d{1,3})$");
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    /** A manifest as read, with the modification time of its file (null when there is none). */
    private record Manifest(FileTime modified, Map<String, Edition> editions) {
    }

    private final Edition given;
    private final Map<Path, Manifest> manifests = new HashMap<>();

    /** @param given values from the command line; its nulls are looked up per file */
    public EditionResolver(Edition given) {
        this.given = given;
    }

    public Edition resolve(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Edition fromManifest = manifest(absolute.getParent())
                .getOrDefault(absolute.getFileName().toString(), Edition.UNKNOWN);
        return given.orElse(fromManifest).orElse(fromPath(absolute));
    }

    /** {@code PAPER/YYYY-MM-DD/N.txt}, or a file named {@code PAPER_YYYY-MM-DD_N.txt}. */
    static Edition fromPath(Path file) {
        String stem = stem(file.getFileName().toString());
        Matcher flat = FLAT_NAME.matcher(stem);
        if (flat.matches()) {
            return new Edition(flat.group("paper"), isoDate(flat.group("date")), Integer.valueOf(flat.group("page")));
        }
        Path dateDir = file.getParent();
        String date = dateDir == null ? null
                : isoDate(dateDir.getFileName() == null ? "" : dateDir.getFileName().toString());
        if (date == null) {
            return Edition.UNKNOWN;
        }
        Path paperDir = dateDir.getParent();
        String paper = paperDir == null || paperDir.getFileName() == null ? null : paperDir.getFileName().toString();
        Matcher page = PAGE_NUMBER.matcher(stem);
        return new Edition(paper, date, page.matches() ? Integer.valueOf(page.group(1)) : null);
    }

    /** YYYY-MM-DD or YYYYMMDD as ISO, if it is a real date; else null. */
    public static String isoDate(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        try {
            if (s.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(s).toString();
            }
            if (s.matches("\\d{8}")) {
                return LocalDate.parse(s, BASIC).toString();
            }
        } catch (DateTimeParseException e) {
            return null;
        }
        return null;
    }

    /** The manifest of a folder, read again when its file has changed (an inbox's manifest grows over time). */
    private Map<String, Edition> manifest(Path dir) {
        if (dir == null) {
            return Map.of();
        }
        FileTime modified = modified(dir.resolve("editions.json"));
        Manifest known = manifests.get(dir);
        if (known == null || !Objects.equals(known.modified(), modified)) {
            known = new Manifest(modified, modified == null ? Map.of() : readManifest(dir));
            manifests.put(dir, known);
        }
        return known.editions();
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return null;
        }
    }

    private static Map<String, Edition> readManifest(Path dir) {
        Path file = dir.resolve("editions.json");
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Map<String, Edition> editions = new HashMap<>();
        try {
            JsonNode root = JSON.readTree(file.toFile());
            root.fields().forEachRemaining(entry -> {
                if (entry.getKey().startsWith("_") || !entry.getValue().isObject()) {
                    return;
                }
                JsonNode e = entry.getValue();
                String paper = text(e, "paper");
                String rawDate = text(e, "date");
                String date = isoDate(rawDate);
                if (rawDate != null && date == null) {
                    log.warn("{}: '{}' has date '{}', which is no YYYY-MM-DD date; its date stays unknown",
                            file, entry.getKey(), rawDate);
                }
                Integer page = e.hasNonNull("page") && e.get("page").canConvertToInt() ? e.get("page").asInt() : null;
                editions.put(entry.getKey(), new Edition(paper, date, page));
            });
        } catch (IOException | RuntimeException e) {
            log.warn("Ignoring unreadable edition manifest {}: {}", file, e.getMessage());
        }
        return editions;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
