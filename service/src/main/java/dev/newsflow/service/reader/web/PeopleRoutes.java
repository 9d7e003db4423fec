package dev.newsflow.service.reader.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.errors.InvalidStateStoreException;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.ReadOnlyKeyValueStore;

import dev.newsflow.enrich.people.PersonArticle;
import dev.newsflow.enrich.topology.PeopleTopology;
import dev.newsflow.json.PlainJson;
import dev.newsflow.schemas.Person;
import dev.newsflow.service.http.Forwarder;
import dev.newsflow.service.http.HttpService;
import dev.newsflow.service.http.Links;
import dev.newsflow.service.http.MediaTypes;
import dev.newsflow.service.http.Reply;
import dev.newsflow.service.http.Request;
import dev.newsflow.service.reader.query.Gathered;
import dev.newsflow.service.reader.query.Gatherer;
import dev.newsflow.service.reader.query.PersonHit;
import dev.newsflow.service.reader.query.StoreRouter;
import dev.newsflow.service.reader.view.PeopleView;
import dev.newsflow.service.reader.view.PersonView;

/**
 * The people directory over HTTP, from its stores (Kafka Streams interactive queries):
 * <ul>
 *   <li>{@code /people/{name}}: the person, as JSON ({@code Person}'s fields; 404 when unknown, 503 while the
 *   directory rebalances), or as a page when the client prefers HTML (a browser)</li>
 *   <li>{@code /people?q=prefix}: the people whose names start with the prefix</li>
 * </ul>
 * The store is partitioned like the entity-mentions topic: with several instances, each holds some of the people.
 * A request for a name this instance does not hold is forwarded to the instance that does (once: a forwarded
 * request is answered there or with 503); a search gathers from every instance.
 */
public final class PeopleRoutes {

    /** Names one partition offers a search at most: a one-character prefix matches thousands. */
    static final int MAX_MATCHES_PER_PARTITION = 500;
    /** Names a search lists, those in the most articles first. */
    static final int MAX_LISTED = 100;

    private final StoreRouter router;
    private final Forwarder forwarder;
    private final Gatherer gatherer;

    public PeopleRoutes(StoreRouter router, Forwarder forwarder) {
        this.router = router;
        this.forwarder = forwarder;
        this.gatherer = new Gatherer(router, forwarder);
    }

    public void register(HttpService http) {
        http.route("people", this::people);
        http.route("api/local/people", r -> Reply.json(200,
                HttpService.json(gatherer.local(p -> matches(p, r.param("prefix") == null ? "" : r.param("prefix"))))));
    }

    private Reply people(Request request) {
        if (request.path().size() == 1) {
            return search(request.param("q") == null ? "" : request.param("q").strip());
        }
        if (request.path().size() != 2) {
            return Answers.notFound("No such address: " + request.rawPathAndQuery());
        }
        return person(request, request.segment(1), MediaTypes.prefersHtml(request.header("Accept")));
    }

    private Reply person(Request request, String name, boolean html) {
        if (name.isBlank()) {
            return error(html, 400, "give a name: /people/{name}", name);
        }
        String key = PeopleTopology.storeKey(name);
        StoreRouter.Owner owner = router.owner(PeopleTopology.STORE, key);
        if (owner instanceof StoreRouter.Remote remote) {
            return request.forwarded()
                    ? error(html, 503, "this instance no longer holds the name (rebalancing); ask again", name)
                    : forwarder.forward(remote.host(), request);
        }
        if (owner instanceof StoreRouter.Unavailable) {
            return error(html, 503, "the people directory is not available yet (starting or rebalancing)", name);
        }
        int partition = ((StoreRouter.Local) owner).partition();
        try {
            Person person = router.<Person>store(PeopleTopology.STORE, partition).get(key);
            if (person == null) {
                return error(html, 404, "unknown person", name);
            }
            return html ? Answers.page("person", PersonView.of(person, articles(partition, key), page(request)))
                    : Reply.json(200, PlainJson.write(person));
        } catch (InvalidStateStoreException e) {
            return error(html, 503, "the people directory is not queryable now (" + e.getMessage() + ")", name);
        }
    }

    /** The person's articles as the directory keeps them, oldest first. */
    private List<PersonArticle> articles(int partition, String key) {
        ReadOnlyKeyValueStore<String, PersonArticle> store = router.store(PeopleTopology.ARTICLES_STORE, partition);
        List<PersonArticle> out = new ArrayList<>();
        try (KeyValueIterator<String, PersonArticle> it = store.range(PersonArticle.first(key),
                PersonArticle.pastLast(key))) {
            it.forEachRemaining(kv -> out.add(kv.value));
        }
        return out;
    }

    private Reply search(String prefix) {
        if (prefix.isEmpty()) {
            return Answers.page("people", PeopleView.of("", List.of(), false, false));
        }
        try {
            Gathered<PersonHit> found = gatherer.gather(PeopleTopology.STORE, p -> matches(p, prefix),
                    "/api/local/people?prefix=" + Links.param(prefix), json -> Answers.readList(json, PersonHit.class));
            Map<String, PersonHit> distinct = new LinkedHashMap<>();
            found.items().forEach(hit -> distinct.putIfAbsent(hit.name(), hit));
            List<PersonHit> listed = distinct.values().stream()
                    .sorted(Comparator.comparingLong(PersonHit::articles).reversed().thenComparing(PersonHit::name))
                    .limit(MAX_LISTED).toList();
            boolean truncated = distinct.size() > MAX_LISTED;
            return Answers.page("people", PeopleView.of(prefix, listed, !found.complete(), truncated));
        } catch (InvalidStateStoreException e) {
            return Answers.unavailable("The people directory is not queryable now (" + e.getMessage() + ").");
        }
    }

    /** The people of one partition whose names start with {@code prefix}. */
    private List<PersonHit> matches(int partition, String prefix) {
        ReadOnlyKeyValueStore<String, Person> store = router.store(PeopleTopology.STORE, partition);
        List<PersonHit> out = new ArrayList<>();
        String from = PeopleTopology.storeKey(prefix);
        try (KeyValueIterator<String, Person> it = store.prefixScan(from, new StringSerializer())) {
            while (it.hasNext() && out.size() < MAX_MATCHES_PER_PARTITION) {
                out.add(PersonHit.of(it.next().value));
            }
        }
        return out;
    }

    private static int page(Request request) {
        try {
            return request.param("page") == null ? 0 : Math.max(0, Integer.parseInt(request.param("page")));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** An error as the client asked: a page, or JSON {@code {"error":…,"name":…}} as before. */
    private static Reply error(boolean html, int status, String message, String name) {
        if (html) {
            return Answers.message(status, status == 404 ? "Unknown person" : "Not available", message + ": " + name);
        }
        return Reply.json(status, HttpService.json(Map.of("error", message, "name", String.valueOf(name))));
    }
}
