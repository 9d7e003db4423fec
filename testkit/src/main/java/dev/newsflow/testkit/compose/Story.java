package dev.newsflow.testkit.compose;

import java.util.List;

/**
 * One article to lay out on a composed page, as its paper printed it before layout.
 *
 * @param kicker     引题 above the title, or null
 * @param title      主题
 * @param subtitle   副题 below the title, or null
 * @param dateline   the dateline that opens the first paragraph as printed (本报北京5月21日电, 新华社…电), or null;
 *                   any reporters' bracket is written by the composer
 * @param paragraphs the body paragraphs, without dateline and without byline
 * @param reporters  the reporters to credit (names only), possibly none
 * @param credits    picture credits printed with the article (张三摄), possibly none
 */
public record Story(String kicker, String title, String subtitle, String dateline, List<String> paragraphs,
                    List<String> reporters, List<String> credits) {

    public Story {
        paragraphs = List.copyOf(paragraphs);
        reporters = List.copyOf(reporters);
        credits = List.copyOf(credits);
        if (paragraphs.isEmpty()) {
            throw new IllegalArgumentException("a story needs a body");
        }
    }

    public Story withReporters(List<String> names) {
        return new Story(kicker, title, subtitle, dateline, paragraphs, names, credits);
    }

    public Story withDateline(String line) {
        return new Story(kicker, title, subtitle, line, paragraphs, reporters, credits);
    }

    public Story withParagraphs(List<String> body) {
        return new Story(kicker, title, subtitle, dateline, body, reporters, credits);
    }

    public Story withCredits(List<String> lines) {
        return new Story(kicker, title, subtitle, dateline, paragraphs, reporters, lines);
    }

    public Story withHeadline(String newKicker, String newTitle, String newSubtitle) {
        return new Story(newKicker, newTitle, newSubtitle, dateline, paragraphs, reporters, credits);
    }

    /** The headline's parts as the gold lists them: kicker, title, subtitle, the absent ones left out. */
    public List<String> headlineParts() {
        return java.util.stream.Stream.of(kicker, title, subtitle)
                .filter(p -> p != null && !p.isBlank()).toList();
    }
}
