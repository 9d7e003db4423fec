package dev.newsflow.enrich.segment;

import java.util.List;

/**
 * A text cut into words (whitespace dropped) and sentences, with the person and organization names a second
 * recognizer read in it ({@code nameHints}, {@code organizationHints}: spans, possibly across word boundaries;
 * empty when none was asked).
 */
public record Segmentation(String text, List<Token> tokens, List<Span> sentences, List<Span> nameHints,
                           List<Span> organizationHints) {

    public Segmentation {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        nameHints = List.copyOf(nameHints);
        organizationHints = List.copyOf(organizationHints);
    }

    public Segmentation(String text, List<Token> tokens, List<Span> sentences) {
        this(text, tokens, sentences, List.of(), List.of());
    }

    public List<String> words() {
        return tokens.stream().map(Token::text).toList();
    }

    public List<String> sentenceTexts() {
        return sentences.stream().map(s -> s.of(text)).toList();
    }
}
