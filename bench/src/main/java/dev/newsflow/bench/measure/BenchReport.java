package dev.newsflow.bench.measure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;

import dev.newsflow.json.PlainJson;

/** The figures of one bench run: a Markdown report, and one JSON line. */
record BenchReport(String command, ZonedDateTime date, Machine machine, int threads, int partitions,
                          int editions, int pagesPerEdition, Throughput library, Throughput core,
                          PipelineMeasure.Result pipeline, long peakHeapBytes, long peakLiveHeapBytes) {

    private static final double MB = 1024.0 * 1024.0;

    /** The machine the run was on, and how busy it was when the run started. */
    record Machine(String cpu, int cores, long memoryBytes, String os, String java, long maxHeapBytes,
                          String jvmOptions, double loadAverage) {

        static Machine now() {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            return new Machine(cpuModel(), Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize(),
                    System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                            + System.getProperty("os.arch"),
                    System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
                    Runtime.getRuntime().maxMemory(),
                    jvmOptions(ManagementFactory.getRuntimeMXBean().getInputArguments()),
                    os.getSystemLoadAverage());
        }

        /** The options as given, a file they name (the launcher's class-data archive) by its name alone. */
        static String jvmOptions(List<String> arguments) {
            return arguments.stream()
                    .map(a -> a.replaceFirst("=(?:[^=]*[/\\\\])([^/\\\\]+)$", "=…/$1"))
                    .collect(Collectors.joining(" "));
        }

        private static String cpuModel() {
            try {
                return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                        .filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip())
                        .findFirst().orElse(System.getProperty("os.arch"));
            } catch (IOException e) {
                return System.getProperty("os.arch");
            }
        }
    }

    double coreToLibrary() {
        return core.charsPerSecond() / library.charsPerSecond();
    }

    double pipelineToCore() {
        return pipeline.steady().charsPerSecond() / core.charsPerSecond();
    }

    Percentiles backfillLatency() {
        return Percentiles.of(pipeline.backfillLatenciesMs());
    }

    Percentiles probeLatency() {
        return Percentiles.of(pipeline.probeLatenciesMs());
    }

    /** The last line of the command's output. */
    String json() {
        Map<String, Object> m = new LinkedHashMap<>();
        Throughput p = pipeline.steady();
        Throughput cold = pipeline.cold();
        m.put("pages", p.pages());
        m.put("articles", p.articles());
        m.put("chars", p.chars());
        m.put("threads", threads);
        m.put("lib_pages_per_s", round(library.pagesPerSecond(), 1));
        m.put("lib_chars_per_s", Math.round(library.charsPerSecond()));
        m.put("core_pages_per_s", round(core.pagesPerSecond(), 1));
        m.put("core_chars_per_s", Math.round(core.charsPerSecond()));
        m.put("pipeline_pages_per_s", round(p.pagesPerSecond(), 1));
        m.put("pipeline_chars_per_s", Math.round(p.charsPerSecond()));
        m.put("pipeline_cold_pages_per_s", round(cold.pagesPerSecond(), 1));
        m.put("pipeline_cold_chars_per_s", Math.round(cold.charsPerSecond()));
        m.put("core_to_lib", round(coreToLibrary(), 3));
        m.put("pipeline_to_core", round(pipelineToCore(), 3));
        m.put("lib_cpu_s", round(library.cpuSeconds(), 2));
        m.put("core_cpu_s", round(core.cpuSeconds(), 2));
        m.put("pipeline_cpu_s", round(p.cpuSeconds(), 2));
        m.put("pipeline_cold_cpu_s", round(cold.cpuSeconds(), 2));
        m.put("pipeline_seconds", round(p.seconds(), 2));
        m.put("pipeline_warmup_batches", pipeline.warmupBatches());
        m.put("pipeline_cold_seconds", round(cold.seconds(), 2));
        m.put("end_to_end_seconds", round(pipeline.endToEndSeconds(), 2));
        m.put("start_seconds", round(pipeline.startSeconds(), 2));
        m.put("enrich_processing_seconds", round(pipeline.processingSeconds(), 2));
        m.put("backfill_p50_latency_ms", backfillLatency().p50());
        m.put("backfill_p99_latency_ms", backfillLatency().p99());
        m.put("p50_latency_ms", probeLatency().p50());
        m.put("p99_latency_ms", probeLatency().p99());
        m.put("peak_heap_mb", Math.round(peakHeapBytes / MB));
        m.put("peak_live_heap_mb", Math.round(peakLiveHeapBytes / MB));
        try {
            return PlainJson.mapper().writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    String markdown() {
        Throughput p = pipeline.steady();
        StringBuilder md = new StringBuilder();
        md.append("# newsflow bench\n\n");
        md.append("- **command:** `").append(command).append("`\n");
        md.append("- **date:** ")
                .append(date.truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .append('\n');
        md.append(String.format(Locale.ROOT, "- **machine:** %s, %d cores, %.0f GiB; %s; %s, max heap %.0f MB, "
                        + "JVM options `%s`; load average %.2f at the start%n", machine.cpu(), machine.cores(),
                        machine.memoryBytes() / MB / 1024, machine.os(),
                machine.java(), machine.maxHeapBytes() / MB, machine.jvmOptions(), machine.loadAverage()));
        md.append(String.format(Locale.ROOT,
                "- **corpus:** %d pages (%d editions × %d seed pages, re-dated), %d articles, "
                        + "%d characters of article text; %d worker / stream threads, %d partitions%n%n",
                p.pages(), editions, pagesPerEdition, p.articles(), p.chars(), threads, partitions));

        md.append("| measure | what runs | pages | articles | characters | seconds | pages/s | characters/s | CPU s | "
                + "characters/CPU s | peak heap MB |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        row(md, "(a) library",
                "HanLP portable: segmentation with person, translated-name and place recognition, POS; ansj: CRF "
                + "analysis", library);
        row(md, "(b) core", "newsflow split → segment → tag, in process, no Kafka", core);
        row(md, "(c) pipeline, cold", "ingest → Kafka → enrich (Streams, exactly once) → sink files, embedded broker; "
                + "first batch after start", pipeline.cold());
        row(md, "(c) pipeline",
                String.format(Locale.ROOT, "the same, a batch of as many new pages on the warmed-up pipeline in "
                + "each round (after %d warm-up batches of 100 pages; JIT busy %.0f%% of the time)",
                pipeline.warmupBatches(),
                100 * pipeline.steadyJitBusy()), p);

        md.append("\n| ratio (characters/s) | value | target |\n|---|---:|---|\n");
        md.append(String.format(Locale.ROOT, "| core / library | %.3f | ≥ 0.7 |%n", coreToLibrary()));
        md.append(String.format(Locale.ROOT, "| pipeline / core | %.3f | ≥ 0.8 |%n", pipelineToCore()));
        md.append(String.format(Locale.ROOT, "| (per CPU second) core / library | %.3f | |%n",
                core.charsPerCpuSecond() / library.charsPerCpuSecond()));
        md.append(String.format(Locale.ROOT, "| (per CPU second) pipeline / core | %.3f | |%n",
                p.charsPerCpuSecond() / core.charsPerCpuSecond()));
        md.append(String.format(Locale.ROOT, "| pipeline, cold / core | %.3f | |%n",
                pipeline.cold().charsPerSecond() / core.charsPerSecond()));

        md.append("\n| latency, ingest → articles in files | pages | p50 ms | p99 ms | max ms "
                + "|\n|---|---:|---:|---:|---:|\n");
        latencyRow(md, "backfill: the first batch at once, cold (queueing included)", backfillLatency());
        latencyRow(md, "idle pipeline: one new page at a time", probeLatency());

        md.append(String.format(Locale.ROOT,
                "%nEnd to end: %d pages in %.1f s including broker start (broker up, topics created, enrich and the "
                        + "sink started %.1f s after the start, when ingest began; enrich processing %.1f s after the "
                        + "start, its group joined and the models loaded; enrich had processed the last page %.1f s "
                        + "after ingest began, the sink committed its last article %.1f s after). Peak heap of the "
                        + "whole JVM: %.0f MB; largest heap left after a collection: %.0f MB.%n",
                pipeline.cold().pages(), pipeline.endToEndSeconds(), pipeline.startSeconds(),
                pipeline.processingSeconds(), pipeline.enrichSeconds(), pipeline.cold().seconds(),
                peakHeapBytes / MB, peakLiveHeapBytes / MB));

        md.append("""

                How it is measured:
                - Characters are Unicode code points of article text (what the segmenter is given), counted the same
                  way for all three measures; (c) counts the articles the sink wrote.
                - (a) and (b) run on as many threads as enrich has stream threads (and workers that segment and tag the
                  articles of its pages), each thread with its own segmenter; both are warmed up on the first pages
                  before either is measured.
                - The pipeline starts first, in a JVM that has done nothing but write the corpus, and takes the whole
                  corpus at once: its cold batch and end-to-end time are those of a first run, no code compiled
                  beforehand. (a) and (b) are warmed up after it, with the pipeline idle.
                - (c) is timed from the start of a batch's ingest to the sink's commit of the batch's last article.
                  The cold batch is the first: as in `newsflow run`, its ingest begins once the broker is up, the
                  topics exist and enrich and the sink are started, while enrich still joins its group and loads the
                  models (the JIT compiles the broker, the clients and the stages meanwhile); the end-to-end time
                  runs from the broker's start to its last article in the files. Then batches of 100 new pages run
                  until three in a row keep the JIT busy less than a tenth of their time (for at most
                  --pipeline-warmup, 120 s by default: broker and client code reaches the JIT late, at the pace of
                  requests). The warm-up and steady batches are offered to one long-running ingest, as
                  `newsflow run --watch` offers the pages landing in its folder (one producer for the whole backfill).
                  Broker, enrich, sink and this bench share one JVM.
                - Then 3 rounds: in each, (a) and (b) take turns slice by slice of 100 pages over the corpus (a, b,
                  then b, a, …), and halfway through the pipeline takes a steady batch of as many new pages (later
                  dates); so a machine speeding up or slowing down meanwhile moves all three alike, and each steady
                  batch is compared with the slices just before and after it. Each row is one round: seconds and CPU
                  seconds summed over its slices (or its batch), averaged over the rounds; (a), (b) and the steady (c)
                  are compared with each other.
                - Latency of a page: from the timestamp of its raw-pages record (set when ingest sends it to Kafka) to
                  the wall-clock time the sink committed (renamed into place) the .jsonl file holding the last of its
                  articles. Backfill latencies include the wait behind the pages ingested before. A probe page is
                  offered alone on the idle pipeline, 0.5 s after the previous one is in the files, and its clock
                  starts before ingest reads the file. Percentiles are nearest-rank.
                - CPU s: CPU time of the whole process (every thread, JIT and GC included) during the measure; a
                  machine busy with other work stretches seconds but not CPU seconds.
                - Peak heap: the largest heap in use seen by GC notifications (before each collection) and a 100 ms
                  sampler, over the whole JVM; per measure from its start.
                """);
        return md.toString();
    }

    void write(Path file) throws IOException {
        if (file.toAbsolutePath().getParent() != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
        }
        Files.writeString(file, markdown());
    }

    private static void row(StringBuilder md, String name, String what, Throughput t) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %d | %.2f | %.1f | %.0f | %.1f | %.0f | %.0f |%n",
                name, what,
                t.pages(), t.articles(), t.chars(), t.seconds(), t.pagesPerSecond(), t.charsPerSecond(), t.cpuSeconds(),
                t.charsPerCpuSecond(), t.peakHeapBytes() / MB));
    }

    private static void latencyRow(StringBuilder md, String name, Percentiles l) {
        md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d |%n", name, l.count(), l.p50(), l.p99(),
                l.max()));
    }

    private static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
