package dev.newsflow.enrich.segment;

/** The non-empty lines of a text with their offsets: analyzers read one paragraph at a time. */
final class Lines {

    /** Receives a line and the offset of its first character in the text. */
    interface Consumer {
        void accept(String line, int offset);
    }

    private Lines() {
    }

    static void forEach(String text, Consumer consumer) {
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            if (to > from) {
                consumer.accept(text.substring(from, to), from);
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
    }
}
