package dev.newsflow.enrich.segment;

import java.util.List;

/** A text cut into words (whitespace dropped) and sentences. */
public record Segmentation(String text, List<Token> tokens, List<Span> sentences) {

    public Segmentation {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    public List<String> words() {
        return tokens.stream().map(Token::text).toList();
    }

    public List<String> sentenceTexts() {
        return sentences.stream().map(s -> s.of(text)).toList();
    }
}
