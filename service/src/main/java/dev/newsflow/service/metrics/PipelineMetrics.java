package dev.newsflow.service.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * The metrics of one newsflow process, in Prometheus' text format: JVM metrics, the Kafka Streams and
 * Kafka client metrics (Micrometer's binders), and the pipeline's own counters, all named
 * {@code newsflow_*}: {@code newsflow_pages_total}, {@code newsflow_articles_total},
 * {@code newsflow_entities_total}, {@code newsflow_dead_letters_total} (each tagged with the {@code stage}
 * that counted) and {@code newsflow_consumer_lag} (see {@link ConsumerLag}).
 */
public final class PipelineMetrics implements AutoCloseable {

    public static final String PAGES = "newsflow.pages";
    public static final String ARTICLES = "newsflow.articles";
    public static final String ENTITIES = "newsflow.entities";
    public static final String DEAD_LETTERS = "newsflow.dead.letters";
    public static final String PEOPLE_UPDATES = "newsflow.people.updates";

    private static final Logger log = LoggerFactory.getLogger(PipelineMetrics.class);
    /** Kafka Streams' own per-topic count of records its tasks produced (recorded at level INFO). */
    private static final String TOPIC_GROUP = "stream-topic-metrics";
    private static final String RECORDS_PRODUCED = "records-produced-total";

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final List<AutoCloseable> binders = new ArrayList<>();

    public PipelineMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        binders.add(gc);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Everything, in the Prometheus text exposition format. */
    public String scrape() {
        return registry.scrape();
    }

    /** A pipeline counter, e.g. {@code counter(PAGES, "ingest", "result", "published")}. */
    public Counter counter(String name, String stage, String... tags) {
        return Counter.builder(name).tags(Tags.of("stage", stage).and(tags)).register(registry);
    }

    /** A pipeline counter read from a count kept elsewhere (e.g. by the sink). */
    public <T> void counter(String name, String stage, T source, java.util.function.ToDoubleFunction<T> count) {
        FunctionCounter.builder(name, source, count).tags("stage", stage).register(registry);
    }

    /** Binds a Kafka Streams application's metrics, and those of its clients. */
    public void bindStreams(String stage, KafkaStreams streams) {
        KafkaStreamsMetrics binder = new KafkaStreamsMetrics(streams, Tags.of("stage", stage));
        binder.bindTo(registry);
        binders.add(binder);
    }

    /** A pipeline counter: the records a Streams application produced to {@code topic}. */
    public void countProduced(String name, String stage, KafkaStreams streams, String topic, String... tags) {
        FunctionCounter.builder(name, streams, s -> producedTo(s, topic))
                .tags(Tags.of("stage", stage).and(tags))
                .register(registry);
    }

    public void bindProducer(String stage, Producer<?, ?> producer) {
        KafkaClientMetrics binder = new KafkaClientMetrics(producer, Tags.of("stage", stage));
        binder.bindTo(registry);
        binders.add(binder);
    }

    public void bindConsumer(String stage, Consumer<?, ?> consumer) {
        KafkaClientMetrics binder = new KafkaClientMetrics(consumer, Tags.of("stage", stage));
        binder.bindTo(registry);
        binders.add(binder);
    }

    /** Records a Streams application produced to a topic, summed over its tasks and threads. */
    static double producedTo(KafkaStreams streams, String topic) {
        double sum = 0;
        for (Map.Entry<MetricName, ? extends Metric> e : streams.metrics().entrySet()) {
            MetricName n = e.getKey();
            if (TOPIC_GROUP.equals(n.group()) && RECORDS_PRODUCED.equals(n.name())
                    && topic.equals(n.tags().get("topic"))
                    && e.getValue().metricValue() instanceof Number v) {
                sum += v.doubleValue();
            }
        }
        return sum;
    }

    @Override
    public void close() {
        for (AutoCloseable binder : binders) {
            try {
                binder.close();
            } catch (Exception e) {
                log.debug("Closing a metrics binder: {}", e.toString());
            }
        }
        registry.close();
    }
}
