package dev.newsflow.service.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The health of a process: named checks of its parts (a Kafka Streams application, the sink, the inbox
 * watcher). The process is up when every check is.
 */
public final class Health {

    /** One part's state: up or not, and a word on why. */
    public record Check(boolean up, String detail) {

        public static Check up(String detail) {
            return new Check(true, detail);
        }

        public static Check down(String detail) {
            return new Check(false, detail);
        }
    }

    /** Every check, and whether all are up. */
    public record Report(boolean up, Map<String, Check> checks) {
    }

    private final Map<String, Supplier<Check>> checks = new ConcurrentHashMap<>();

    public Health add(String name, Supplier<Check> check) {
        checks.put(name, check);
        return this;
    }

    public Report report() {
        Map<String, Check> results = new LinkedHashMap<>();
        checks.keySet().stream().sorted().forEach(name -> {
            Check c;
            try {
                c = checks.get(name).get();
            } catch (RuntimeException e) {
                c = Check.down("check failed: " + e);
            }
            results.put(name, c);
        });
        return new Report(results.values().stream().allMatch(Check::up), results);
    }
}
