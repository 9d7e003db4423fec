package dev.newsflow.sink.file;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.avro.file.CodecFactory;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.specific.SpecificDatumWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.newsflow.json.PlainJson;
import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.topics.AvroTrust;

/**
 * The sink's files under the output root: {@code <paper>/<date>/<topic>+<partition>+<first>+<last>.jsonl}
 * (one plain-JSON article per line) and its twin {@code .avro} (an Avro container file of the same
 * records). A segment is written to hidden temporary files, flushed to disk, then renamed: the .avro
 * first, the .jsonl last. The .jsonl rename is the commit; a crash before it leaves only temporary files
 * or an .avro without twin, both removed at the next start.
 */
public final class ArticleFiles {

    private static final Logger log = LoggerFactory.getLogger(ArticleFiles.class);
    private static final String TMP = ".tmp";
    /**
     * Zstandard at its default level 3, a codec of the Avro specification: on the seed articles it compressed a little
     * better than deflate at level 1 for about half its CPU, and much better than snappy (the sink is on the path of
     * every article; how such figures are taken: docs/performance.md).
     */
    private static final CodecFactory CODEC = CodecFactory.zstandardCodec(3);

    static {
        AvroTrust.install();
    }

    private final Path root;
    private final Map<String, Map<Integer, Long>> lastOffsets = new HashMap<>();
    private boolean scanned;

    public ArticleFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    public Path root() {
        return root;
    }

    /**
     * Cleans what a crash left behind and reads, from the committed file names, the last offset written per
     * topic and partition.
     */
    public synchronized Map<Integer, Long> lastOffsets(String topic) {
        if (!scanned) {
            scan();
            scanned = true;
        }
        return Map.copyOf(lastOffsets.getOrDefault(topic, Map.of()));
    }

    /** Writes one segment: articles of one edition, consecutive records of one partition. */
    public Path write(SegmentName name, String paper, String date, List<? extends GenericRecord> articles) {
        return write(name, paper, date, articles, null);
    }

    /**
     * Writes one segment: articles of one edition, consecutive records of one partition, as {@link EnrichedArticle}s
     * or as generic records of its schema (whose strings may be Avro {@code Utf8}, written to the JSON as their bytes).
     * {@code datums}, when given, holds per article its Avro binary encoding with the current schema (as read from
     * the topic), or null: the .avro file takes those bytes as they are instead of encoding the article again.
     */
    public synchronized Path write(SegmentName name, String paper, String date, List<? extends GenericRecord> articles,
                                   List<ByteBuffer> datums) {
        Path dir = SafePaths.editionDir(root, paper, date);
        try {
            Files.createDirectories(dir);
            Path avro = dir.resolve(name.fileName("avro"));
            Path jsonl = dir.resolve(name.fileName("jsonl"));
            Path avroTmp = dir.resolve("." + avro.getFileName() + TMP);
            Path jsonlTmp = dir.resolve("." + jsonl.getFileName() + TMP);
            writeAvro(avroTmp, name, articles, datums);
            writeJsonLines(jsonlTmp, articles);
            move(avroTmp, avro);
            move(jsonlTmp, jsonl);
            syncDirectory(dir);
            lastOffsets.computeIfAbsent(name.topic(), t -> new HashMap<>())
                    .merge(name.partition(), name.lastOffset(), Math::max);
            return jsonl;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write segment " + name + " under " + dir, e);
        }
    }

    private static void writeAvro(Path file, SegmentName name, List<? extends GenericRecord> articles,
                                  List<ByteBuffer> datums) throws IOException {
        // the specific writer writes generic records of the schema too (their enums as symbols)
        var datumWriter = new SpecificDatumWriter<GenericRecord>(EnrichedArticle.getClassSchema());
        try (var writer = new DataFileWriter<>(datumWriter)) {
            writer.setCodec(CODEC);
            writer.setMeta("newsflow.topic", name.topic());
            writer.setMeta("newsflow.partition", name.partition());
            writer.setMeta("newsflow.first_offset", name.firstOffset());
            writer.setMeta("newsflow.last_offset", name.lastOffset());
            try (OutputStream out = Files.newOutputStream(file)) {
                writer.create(EnrichedArticle.getClassSchema(), out);
                for (int i = 0; i < articles.size(); i++) {
                    ByteBuffer datum = datums == null ? null : datums.get(i);
                    if (datum != null) {
                        writer.appendEncoded(datum.duplicate());
                    } else {
                        writer.append(articles.get(i));
                    }
                }
                writer.flush();
            }
        }
        force(file);
    }

    private static void writeJsonLines(Path file, List<? extends GenericRecord> articles) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024)) {
            PlainJson.writeLines(articles, out);
        }
        force(file);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not every file system lets a directory be synced; the renames are still atomic
        }
    }

    private void scan() {
        if (!Files.isDirectory(root)) {
            return;
        }
        List<Path> jsonl = new ArrayList<>();
        List<Path> avro = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    boolean hidden = !dir.equals(root) && dir.getFileName().toString().startsWith(".");
                    return hidden ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") && name.endsWith(TMP)) {
                        log.info("Removing {} left by an interrupted write", file);
                        Files.deleteIfExists(file);
                    } else if (SegmentName.parse(name).isPresent()) {
                        (name.endsWith(".jsonl") ? jsonl : avro).add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot scan " + root, e);
        }
        Set<Path> committed = new HashSet<>();
        for (Path file : jsonl) {
            SegmentName name = SegmentName.parse(file.getFileName().toString()).orElseThrow();
            committed.add(file.resolveSibling(name.fileName("avro")));
            lastOffsets.computeIfAbsent(name.topic(), t -> new HashMap<>())
                    .merge(name.partition(), name.lastOffset(), Math::max);
        }
        for (Path file : avro) {
            if (!committed.contains(file)) {
                log.info("Removing {}: its segment was never committed", file);
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }
}
