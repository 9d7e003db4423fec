package dev.newsflow.enrich.segment;

import java.util.ArrayList;
import java.util.List;

/** Sentence boundaries of Chinese text: after 。！？… (and closing quotes that follow them), and at line ends. */
public final class Sentences {

    private static final String ENDS = "。！？!?…";
    private static final String CLOSERS = "”’」』）)\"'";

    private Sentences() {
    }

    public static List<Span> split(String text) {
        List<Span> spans = new ArrayList<>();
        int start = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(spans, text, start, i);
                start = i + 1;
                i++;
                continue;
            }
            if (ENDS.indexOf(c) >= 0) {
                int end = i + 1;
                while (end < n && (ENDS.indexOf(text.charAt(end)) >= 0 || CLOSERS.indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                // a closing quote followed by more of the same sentence (“…。”他说) does not end it
                add(spans, text, start, end);
                start = end;
                i = end;
                continue;
            }
            i++;
        }
        add(spans, text, start, n);
        return spans;
    }

    private static void add(List<Span> spans, String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > s) {
            spans.add(new Span(s, e));
        }
    }
}
