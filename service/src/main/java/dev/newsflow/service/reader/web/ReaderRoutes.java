package dev.newsflow.service.reader.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.streams.errors.InvalidStateStoreException;

import dev.newsflow.schemas.EnrichedArticle;
import dev.newsflow.schemas.RawPage;
import dev.newsflow.service.http.Forwarder;
import dev.newsflow.service.http.HttpService;
import dev.newsflow.service.http.Links;
import dev.newsflow.service.http.Reply;
import dev.newsflow.service.http.Request;
import dev.newsflow.service.reader.index.EditionPartitioner;
import dev.newsflow.service.reader.index.EditionSummary;
import dev.newsflow.service.reader.index.PaperTotals;
import dev.newsflow.service.reader.index.ReaderKeys;
import dev.newsflow.service.reader.index.ReaderTopology;
import dev.newsflow.service.reader.query.Gathered;
import dev.newsflow.service.reader.query.Gatherer;
import dev.newsflow.service.reader.query.ReaderStores;
import dev.newsflow.service.reader.query.StoreRouter;
import dev.newsflow.service.reader.view.ArticleView;
import dev.newsflow.service.reader.view.EditionView;
import dev.newsflow.service.reader.view.EditionsView;
import dev.newsflow.service.reader.view.PageView;
import dev.newsflow.service.reader.view.ReaderLinks;

/**
 * The reader's views of the archive ({@link ReaderLinks}), from the reader's stores. A view of an edition, a page, an
 * article or a story is answered by the instance that holds the edition (any other forwards the request there, once);
 * the list of editions gathers from every instance, a page of editions at a time, newest first.
 */
public final class ReaderRoutes {

    /** Editions listed on one page of {@code /}. */
    static final int PAGE_SIZE = 50;
    private static final EditionPartitioner<Object> BY_EDITION = new EditionPartitioner<>();

    private final StoreRouter router;
    private final Forwarder forwarder;
    private final Gatherer gatherer;

    public ReaderRoutes(StoreRouter router, Forwarder forwarder) {
        this.router = router;
        this.forwarder = forwarder;
        this.gatherer = new Gatherer(router, forwarder);
    }

    public void register(HttpService http) {
        http.route("", this::editions);
        http.route("editions", r -> owned(r, 3, (s, e) -> edition(s, e)));
        http.route("pages", r -> owned(r, 4, (s, e) -> page(s, e, r.segment(3))));
        http.route("articles", r -> owned(r, 4, (s, e) -> article(s, e, r.segment(3))));
        http.route("stories", r -> owned(r, 4, (s, e) -> story(s, e, r.segment(3))));
        http.route("style.css", r -> Answers.stylesheet());
        http.route("api/local/editions", this::localEditions);
        http.route("api/local/papers", r -> Reply.json(200, HttpService.json(gatherer.local(this::papers))));
        http.notFound(r -> Answers.notFound("Nothing here: " + r.rawPathAndQuery()));
    }

    /** A view of one edition's things. */
    private interface EditionReply {
        Reply answer(ReaderStores stores, String edition);
    }

    /**
     * Answers a view of an edition (its path has {@code segments} segments, the edition in segments 1 and 2) where
     * the edition is held: here, or forwarded to its instance.
     */
    private Reply owned(Request request, int segments, EditionReply reply) {
        if (request.path().size() != segments) {
            return Answers.notFound("No such address: " + request.rawPathAndQuery());
        }
        String edition = ReaderLinks.edition(request.segment(1), request.segment(2));
        StoreRouter.Owner owner = router.owner(ReaderTopology.EDITIONS, edition, BY_EDITION);
        if (owner instanceof StoreRouter.Remote remote) {
            return request.forwarded() ? Answers.unavailable("This instance no longer holds the edition (rebalancing).")
                    : forwarder.forward(remote.host(), request);
        }
        if (owner instanceof StoreRouter.Unavailable unavailable) {
            return Answers.unavailable("The reader is " + unavailable.reason() + ".");
        }
        try {
            return reply.answer(ReaderStores.of(router, ((StoreRouter.Local) owner).partition()), edition);
        } catch (InvalidStateStoreException e) {
            return Answers.unavailable("The reader's stores are not queryable now (" + e.getMessage() + ").");
        }
    }

    private Reply edition(ReaderStores stores, String edition) {
        EditionSummary summary = stores.edition(edition);
        if (summary == null) {
            return Answers.notFound("No edition " + edition + " has arrived.");
        }
        return Answers.page("edition", EditionView.of(summary, stores.stories(edition), stores.letters(edition)));
    }

    private Reply page(ReaderStores stores, String edition, String pageId) {
        RawPage page = stores.page(edition, pageId);
        if (page == null) {
            return Answers.notFound("No page " + pageId + " in edition " + edition + ".");
        }
        return Answers.page("page", PageView.of(edition, page, stores.articlesOf(edition, pageId),
                stores.edition(edition), stores.stories(edition)));
    }

    private Reply article(ReaderStores stores, String edition, String articleId) {
        EnrichedArticle article = stores.article(edition, articleId);
        if (article == null) {
            return Answers.notFound("No article " + articleId + " in edition " + edition + ".");
        }
        return Answers.page("article", ArticleView.of(edition, article, false, stores.edition(edition),
                stores.stories(edition)));
    }

    private Reply story(ReaderStores stores, String edition, String storyId) {
        List<EnrichedArticle> stories = stores.stories(edition);
        return stories.stream().filter(s -> s.getId().equals(storyId)).findFirst()
                .map(s -> Answers.page("article", ArticleView.of(edition, s, true, stores.edition(edition), stories)))
                .orElseGet(() -> Answers.notFound("No story " + storyId + " in edition " + edition + "."));
    }

    /**
     * Where a page of editions starts: before an edition (older ones, newest first; from the newest when both are
     * null) or after one (newer ones, shown newest first too). Cursors are keys of the editions store.
     */
    private record Cursor(String before, String after) {

        static Cursor of(Request request) {
            String after = request.param("after");
            return after != null && request.param("before") == null ? new Cursor(null, after)
                    : new Cursor(request.param("before"), null);
        }

        boolean newer() {
            return after != null;
        }

        String query() {
            return newer() ? "&after=" + Links.param(after) : before == null ? "" : "&before=" + Links.param(before);
        }

        List<EditionSummary> read(ReaderStores stores, int limit) {
            return newer() ? stores.editionsAfter(after, limit) : stores.editionsBefore(before, limit);
        }
    }

    /** {@code /}: the papers and a page of editions, gathered from every instance. */
    private Reply editions(Request request) {
        Cursor cursor = Cursor.of(request);
        try {
            Gathered<EditionSummary> found = gatherer.gather(ReaderTopology.EDITIONS,
                    p -> cursor.read(stores(p), PAGE_SIZE + 1),
                    "/api/local/editions?limit=" + (PAGE_SIZE + 1) + cursor.query(),
                    json -> Answers.readList(json, EditionSummary.class));
            Gathered<PaperTotals> papers = gatherer.gather(ReaderTopology.PAPERS, this::papers, "/api/local/papers",
                    json -> Answers.readList(json, PaperTotals.class));
            List<EditionSummary> rows = sorted(found.items(), !cursor.newer());
            boolean more = rows.size() > PAGE_SIZE;
            rows = new ArrayList<>(rows.subList(0, Math.min(PAGE_SIZE, rows.size())));
            if (cursor.newer()) {
                Collections.reverse(rows);
            }
            boolean hasNewer = cursor.newer() ? more : cursor.before() != null;
            return Answers.page("editions", EditionsView.of(sum(papers.items()), rows, hasNewer, cursor.newer() || more,
                    !found.complete() || !papers.complete()));
        } catch (InvalidStateStoreException e) {
            return Answers.unavailable("The reader's stores are not queryable now (" + e.getMessage() + ").");
        }
    }

    /** This instance's editions for another one gathering them: {@code limit} before or after a cursor. */
    private Reply localEditions(Request request) {
        int limit = Math.max(1, Math.min(PAGE_SIZE + 1, parse(request.param("limit"), PAGE_SIZE + 1)));
        Cursor cursor = Cursor.of(request);
        return Reply.json(200, HttpService.json(gatherer.local(p -> cursor.read(stores(p), limit))));
    }

    private List<PaperTotals> papers(int partition) {
        return stores(partition).papers();
    }

    private ReaderStores stores(int partition) {
        return ReaderStores.of(router, partition);
    }

    /** Editions by their store key: newest first ({@code descending}) or oldest first. */
    private static List<EditionSummary> sorted(List<EditionSummary> editions, boolean descending) {
        Comparator<EditionSummary> byKey = Comparator.comparing(s -> ReaderKeys.dated(s.edition()));
        List<EditionSummary> out = new ArrayList<>(editions);
        out.sort(descending ? byKey.reversed() : byKey);
        return out;
    }

    /** Each paper's totals over every partition. */
    private static List<PaperTotals> sum(List<PaperTotals> partials) {
        Map<String, PaperTotals> byPaper = new LinkedHashMap<>();
        for (PaperTotals t : partials) {
            byPaper.merge(PaperTotals.key(t.paper()), t, PaperTotals::plus);
        }
        return List.copyOf(byPaper.values());
    }

    private static int parse(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
