package dev.newsflow.app;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.streams.KafkaStreams;

import dev.newsflow.enrich.EnrichApp;
import dev.newsflow.enrich.topology.EnrichOptions;
import dev.newsflow.enrich.topology.EnrichTopology;
import dev.newsflow.topics.Topics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow enrich --bootstrap-servers …}: the Kafka Streams application, until stopped. */
@Command(name = "enrich", mixinStandardHelpOptions = true,
        description = {"Runs the enrich Kafka Streams application (split, segment, tag) until stopped "
                + "(SIGTERM/Ctrl-C),",
                "and beside it the people directory (application id <application-id>-people) and, when it serves HTTP,",
                "the reader's index of the archive (<application-id>-reader), both queryable over HTTP."})
final class EnrichCommand implements Callable<Integer> {

    @Option(names = "--application-id", defaultValue = "${env:NEWSFLOW_APPLICATION_ID:-"
            + EnrichApp.DEFAULT_APPLICATION_ID + "}",
            description = "Kafka Streams application id; instances with the same id share the work (default "
                    + "${DEFAULT-VALUE}).")
    String applicationId;

    @Option(names = "--state-dir", defaultValue = "${env:NEWSFLOW_STATE_DIR:-.newsflow/streams}",
            description = "Kafka Streams state directory (default ${DEFAULT-VALUE}).")
    Path stateDir;

    @Option(names = "--threads", defaultValue = "${env:NEWSFLOW_THREADS:-2}",
            description = "Stream threads, and as many workers that enrich the articles of a page in parallel "
            + "(default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--standby-replicas", defaultValue = "${env:NEWSFLOW_STANDBY_REPLICAS:-0}",
            description = "Standby replicas of state stores, for fast fail-over (default ${DEFAULT-VALUE}).")
    int standbyReplicas;

    @Option(names = "--stitch-wait", defaultValue = "${env:NEWSFLOW_STITCH_WAIT:-PT10M}",
            description = "How long a continued article waits for the page holding its other part (ISO-8601, default "
                    + "${DEFAULT-VALUE}).")
    Duration stitchWait;

    @Mixin
    KafkaOptions kafka;

    @Mixin
    HttpOptions http;

    @Override
    public Integer call() throws InterruptedException {
        UsageException.requirePositive("--threads", threads);
        kafka.validate();
        KafkaSetup setup = KafkaSetup.of(kafka, kafka.clientConfig(Commands.requireBootstrap(kafka)));
        Map<String, Object> client = setup.client();
        Topics topics = setup.topics();
        short replication = setup.replication();
        Properties config = EnrichApp.config(client, applicationId, stateDir, threads, standbyReplicas, replication,
                kafka.streamsOverrides());
        EnrichOptions options = EnrichOptions.defaults().withStitchWait(stitchWait).withArticleWorkers(threads)
                .withJsonTopics(kafka.jsonTopics());
        EnrichApp app = new EnrichApp(EnrichTopology.build(topics, options), config);
        StageService service = StageService.start(http, true, Stdio.ERR);
        EnrichApp people = people(topics, client, replication, app, service);
        EnrichApp reader = reader(topics, client, replication, service);
        CountDownLatch stopped = new CountDownLatch(1);
        Commands.runUntilStopped("enrich", () -> {
            app.start();
            people.start();
            if (reader != null) {
                reader.start();
            }
            try {
                // until asked to stop, or until Kafka Streams gives up (every thread dead): then exit non-zero
                while (!stopped.await(500, TimeUnit.MILLISECONDS) && !app.state().hasCompletedShutdown()
                        && app.state() != KafkaStreams.State.PENDING_ERROR && people.state().isRunningOrRebalancing()) {
                    // keep serving
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, () -> {
            stopped.countDown();
            if (reader != null) {
                reader.close();
            }
            people.close();
            app.close();
        });
        service.close();
        return stopped.getCount() == 0 ? 0 : 1;
    }

    /** The people directory beside enrich, with metrics, health, lag and queries on the stage's HTTP server. */
    private EnrichApp people(Topics topics, Map<String, Object> client, short replication, EnrichApp app,
            StageService service) {
        String peopleId = AppIds.people(applicationId);
        EnrichApp people = PeopleApp.create(topics, client, peopleId, stateDir, standbyReplicas, replication,
                service.advertised(), kafka.jsonTopics());
        service.enrich(app, topics);
        service.people(people, topics);
        service.lag(client,
                Map.of(applicationId, Set.of(topics.rawPages().name()), peopleId,
                Set.of(topics.entityMentions().name())));
        return people;
    }

    /** The reader's index beside enrich, where HTTP is served (its views are its only use); null without HTTP. */
    private EnrichApp reader(Topics topics, Map<String, Object> client, short replication, StageService service) {
        if (service.advertised() == null) {
            return null;
        }
        String readerId = AppIds.reader(applicationId);
        EnrichApp reader = ReaderApp.create(topics, client, readerId, stateDir, standbyReplicas, replication,
                service.advertised());
        service.reader(reader, topics);
        service.lag(client, Map.of(readerId, Set.of(topics.rawPages().name(), topics.articles().name())));
        return reader;
    }
}
