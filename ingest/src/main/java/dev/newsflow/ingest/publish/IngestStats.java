package dev.newsflow.ingest.publish;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Counts of what an ingest run did, and the offers themselves. */
public final class IngestStats {

    private final List<Offer> offers = Collections.synchronizedList(new ArrayList<>());
    private volatile long bytes;

    void add(Offer offer, long size) {
        offers.add(offer);
        bytes += size;
    }

    public List<Offer> offers() {
        synchronized (offers) {
            return List.copyOf(offers);
        }
    }

    public long count(Offer.Result result) {
        synchronized (offers) {
            return offers.stream().filter(o -> o.result() == result).count();
        }
    }

    public int offered() {
        return offers.size();
    }

    public long bytes() {
        return bytes;
    }

    @Override
    public String toString() {
        return offered() + " files offered, " + count(Offer.Result.PUBLISHED) + " published, "
                + count(Offer.Result.DUPLICATE) + " duplicates, " + count(Offer.Result.DEAD_LETTER) + " dead letters";
    }
}
