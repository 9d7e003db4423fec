package dev.newsflow.sink.file;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Name of a committed output file: {@code <topic>+<partition>+<first offset>+<last offset>.<ext>}, zero-padded
 * so that names sort by offset. The name alone tells which records the file holds, which is how the sink
 * finds where to resume (as the Kafka Connect HDFS and S3 sinks do).
 */
public record SegmentName(String topic, int partition, long firstOffset, long lastOffset) {

    private static final Pattern NAME = Pattern.compile("^(.+)\\+(\\d+)\\+(\\d{1,20})\\+(\\d{1,20})\\.(jsonl|avro)$");

    public String fileName(String extension) {
        return String.format("%s+%d+%020d+%020d.%s", topic, partition, firstOffset, lastOffset, extension);
    }

    public static Optional<SegmentName> parse(String fileName) {
        Matcher m = NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new SegmentName(m.group(1), Integer.parseInt(m.group(2)),
                    Long.parseLong(m.group(3)), Long.parseLong(m.group(4))));
        } catch (NumberFormatException e) {
            return Optional.empty(); // numbers out of range: not a file this sink wrote
        }
    }

    public static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1);
    }
}
