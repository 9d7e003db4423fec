package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reporters' names in brackets: （高美梅 惠晓婧）, (陈菁菁), （记者 张三 通讯员 李四）, （新华社）. A bracket is a
 * byline only where bylines are printed, at the very end of a paragraph or on a line of its own, and only
 * if it holds nothing but names: （含新能源汽车）, （产业集群专班）, （兆瓦）, （2021—2035年） are body text.
 */
final class Bylines {

    /** A bracket closing the line, after the end of a sentence (or alone on the line). */
    private static final Pattern TRAILING = Pattern.compile("^(.*?)[\\s\\u3000]*[（(]([^（）()]{2,40})[）)][\\s\\u3000]*$");
    /** Roles that may be written straight before a name (记者张三). */
    private static final Pattern ROLE_PREFIX = Pattern.compile(
            "^(?:本报记者|特约记者|见习记者|实习生|通讯员|记者|撰稿|摄影|编译|整理)[:：]?");
    /** One-character roles, which only count as a separate word (文/张三, 张三 摄), never inside a name (周文文). */
    private static final Pattern ROLE_WORD = Pattern.compile("^(?:文|图|摄|据)[:：]?$");
    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；\\s\\u3000/]+");
    /** Words that show a bracket explains the text rather than crediting it. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "[含即等及见版：:]|专班|兆瓦|千瓦|公里|平方|草案|试行|暂行|修订|简称|全称|以下|详见|来源|提供|供图|制图|截图|节选|全文|摘要|续完");

    private Bylines() {
    }

    /** A line's trailing byline: the text before it and the names, when the line ends with one. */
    record Trailing(String rest, List<String> names) {
    }

    static Optional<Trailing> trailing(String line) {
        String s = line.strip();
        // the pattern needs a closing bracket at the end: most lines are ruled out without it
        if (!endsWithClosingBracket(s)) {
            return Optional.empty();
        }
        Matcher m = TRAILING.matcher(s);
        if (!m.matches()) {
            return Optional.empty();
        }
        String rest = m.group(1).strip();
        // a byline follows a finished sentence (or stands alone); mid-sentence brackets explain the text
        if (!rest.isEmpty() && !Text.endsSentence(rest)) {
            return Optional.empty();
        }
        List<String> names = names(m.group(2));
        return names.isEmpty() ? Optional.empty() : Optional.of(new Trailing(rest, names));
    }

    static boolean endsWithClosingBracket(String s) {
        return s.endsWith("）") || s.endsWith(")");
    }

    /** The names a bracket credits, or empty when it is no byline. */
    static List<String> names(String content) {
        String s = content.strip();
        if (s.isEmpty() || s.chars().anyMatch(c -> Character.isDigit(c) || (c < 128 && Character.isLetter(c)))) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String raw : SEPARATORS.split(s)) {
            String token = ROLE_PREFIX.matcher(raw).replaceFirst("");
            if (token.isEmpty() || ROLE_WORD.matcher(token).matches()) {
                continue;
            }
            if (!isNameLike(token)) {
                return List.of();
            }
            names.add(token);
        }
        return names.size() <= 8 ? names : List.of();
    }

    /** 2 to 4 Han characters, or a middle-dot foreign name, and no word that explains rather than credits. */
    private static boolean isNameLike(String token) {
        String core = token.replace("·", "").replace("•", "");
        int n = core.codePointCount(0, core.length());
        if (n < 2 || n > (token.contains("·") ? 10 : 4)) {
            return false;
        }
        if (!core.codePoints().allMatch(Text::isCjk)) {
            return false;
        }
        return !NOT_A_NAME.matcher(token).find();
    }
}
