package dev.newsflow.enrich.segment;

import java.util.List;

/**
 * A text cut into words (whitespace dropped) and sentences, with the person names a second recognizer read
 * in it ({@code nameHints}: spans, possibly across word boundaries; empty when none was asked).
 */
public record Segmentation(String text, List<Token> tokens, List<Span> sentences, List<Span> nameHints) {

    public Segmentation {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        nameHints = List.copyOf(nameHints);
    }

    public Segmentation(String text, List<Token> tokens, List<Span> sentences) {
        this(text, tokens, sentences, List.of());
    }

    public List<String> words() {
        return tokens.stream().map(Token::text).toList();
    }

    public List<String> sentenceTexts() {
        return sentences.stream().map(s -> s.of(text)).toList();
    }
}
