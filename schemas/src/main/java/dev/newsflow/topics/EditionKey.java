package dev.newsflow.topics;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.kafka.common.utils.Utils;

/**
 * Key of a raw page on its topic: {@code paper/date}, so that every page of one edition lands on the same
 * partition (and a stateful stage keyed by edition needs no repartitioning). A page whose paper or date is
 * unknown belongs to no known edition and is keyed {@code unknown/<page id>}.
 */
public final class EditionKey {

    private static final String UNKNOWN = "unknown/";

    private EditionKey() {
    }

    public static String of(String paper, String date, String pageId) {
        if (paper == null || paper.isBlank() || date == null || date.isBlank()) {
            return UNKNOWN + pageId;
        }
        return paper + "/" + date;
    }

    /**
     * The partition of an edition's records. Consecutive dates of one paper go to consecutive partitions,
     * starting from one given by the hash of the paper's name, so a backfill of many days spreads its editions
     * evenly over the partitions, and over the stream threads that own them; hashing each edition would leave
     * one thread with several editions more than another in a batch of a few hundred, and it idles while the
     * other finishes. Every page of an edition still lands on one partition, which is all the topology relies
     * on: a producer that keeps Kafka's default partitioner (murmur2 of the key) stays correct, only less even.
     * A key that is no {@code paper/date} is placed by murmur2, as the default partitioner places it.
     */
    public static int partition(String key, int numPartitions) {
        int slash = key.lastIndexOf('/');
        if (isKnownEdition(key) && slash > 0) {
            try {
                long day = LocalDate.parse(key.substring(slash + 1)).toEpochDay();
                int paper = Utils.toPositive(Utils.murmur2(key.substring(0, slash).getBytes(StandardCharsets.UTF_8)));
                return (int) Math.floorMod(paper + day, (long) numPartitions);
            } catch (DateTimeParseException notADate) {
                // placed by its hash below
            }
        }
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % numPartitions;
    }

    public static boolean isKnownEdition(String key) {
        return key != null && !key.startsWith(UNKNOWN);
    }
}
