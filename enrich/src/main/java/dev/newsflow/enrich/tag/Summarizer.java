package dev.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.newsflow.enrich.segment.Segmentation;
import dev.newsflow.enrich.segment.Span;
import dev.newsflow.enrich.segment.Token;

/**
 * An extractive summary: the one to three sentences of the body that carry most of its keywords, in
 * their original order, within a length budget. News puts the essentials first, so the lead sentence is
 * favoured.
 */
public final class Summarizer {

    private static final int MAX_SENTENCES = 3;
    private static final int MAX_CHARS = 160;
    private static final int MIN_SENTENCE_CHARS = 8;

    private Summarizer() {
    }

    public static String summarize(Segmentation segmentation, List<String> keywords) {
        List<Span> sentences = segmentation.sentences().stream()
                .filter(s -> s.end() - s.start() >= MIN_SENTENCE_CHARS)
                .toList();
        if (sentences.isEmpty()) {
            return segmentation.sentences().isEmpty() ? "" : segmentation.sentences().get(0).of(segmentation.text());
        }
        Map<String, Double> weight = new HashMap<>();
        for (int i = 0; i < keywords.size(); i++) {
            weight.put(keywords.get(i), 1.0 / (1 + i * 0.2));
        }
        Map<Span, Double> score = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Span s = sentences.get(i);
            double sum = 0;
            List<Token> tokens = segmentation.tokens();
            for (int k = Token.indexAtOrAfter(tokens, s.start()); k < tokens.size()
                    && tokens.get(k).start() < s.end(); k++) {
                Token t = tokens.get(k);
                if (t.end() <= s.end()) {
                    Double w = weight.get(t.text());
                    if (w != null) {
                        sum += w;
                    }
                }
            }
            double position = i == 0 ? 1.5 : 1.0 / (1 + i * 0.1);
            score.put(s, sum / Math.sqrt(Math.max(1, s.end() - s.start()) / 20.0) * position);
        }
        List<Span> ranked = new ArrayList<>(sentences);
        ranked.sort(Comparator.comparingDouble((Span s) -> -score.get(s)).thenComparingInt(Span::start));
        List<Span> chosen = new ArrayList<>();
        int chars = 0;
        for (Span s : ranked) {
            int len = s.end() - s.start();
            if (chosen.size() >= MAX_SENTENCES || (!chosen.isEmpty() && chars + len > MAX_CHARS)) {
                continue;
            }
            chosen.add(s);
            chars += len;
        }
        chosen.sort(Comparator.comparingInt(Span::start));
        StringBuilder sb = new StringBuilder();
        chosen.forEach(s -> sb.append(s.of(segmentation.text())));
        return sb.toString();
    }
}
