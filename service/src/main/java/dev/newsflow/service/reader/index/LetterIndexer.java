package dev.newsflow.service.reader.index;

import java.nio.ByteBuffer;

import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;

import dev.newsflow.schemas.DeadLetter;
import dev.newsflow.topics.Topics;

/**
 * Dead letters, repartitioned by edition ({@link ReaderTopology#letterEdition}): kept without their original bytes,
 * and counted in the edition's summary, against their page when they name one.
 */
final class LetterIndexer extends Indexer<DeadLetter> {

    /** How much of an error message a page entry repeats; the edition view shows the whole letter. */
    private static final int MAX_REASON_CHARS = 200;

    private EditionBook book;
    private KeyValueStore<String, DeadLetter> letters;

    LetterIndexer(Topics topics) {
        super(topics.deadLetters());
    }

    @Override
    void init(EditionBook book, ProcessorContext<Void, Void> context) {
        this.book = book;
        this.letters = context.getStateStore(ReaderTopology.LETTERS);
    }

    @Override
    void index(String edition, DeadLetter letter) {
        String key = ReaderKeys.of(edition, id(letter));
        if (letters.get(key) != null) {
            return;
        }
        letters.put(key, DeadLetter.newBuilder(letter).setOriginal(ByteBuffer.allocate(0)).build());
        String file = baseName(letter.getSourceFile());
        book.change(edition, s -> s.withDeadLetter(letter.getPageId(), letter.getPageNumber(), file, reason(letter)));
    }

    /** A dead letter's id within its edition: when, which stage, and for what. */
    static String id(DeadLetter letter) {
        String what = letter.getArticleId() != null ? letter.getArticleId()
                : letter.getPageId() != null ? letter.getPageId() : String.valueOf(letter.getSourceFile());
        return String.format("%013d-%s-%s", letter.getTime().toEpochMilli(), letter.getStage(), what);
    }

    private static String baseName(String path) {
        return path == null ? null : path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    }

    static String reason(DeadLetter letter) {
        String reason = letter.getStage() + ": " + letter.getErrorClass() + ": " + letter.getErrorMessage();
        return reason.length() > MAX_REASON_CHARS ? reason.substring(0, MAX_REASON_CHARS) + "…" : reason;
    }
}
