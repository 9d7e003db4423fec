package dev.newsflow.enrich.split;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The evaluation kit's article figures (score.py: article F1, headline and byline accuracy) computed in process, the
 * same way, so that weights can be fitted against them without a process per try.
 */
final class SplitScore {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MARKERS = Pattern.compile(
            "^本报讯|^\\(上接第?[0-9一二三四五六七八九十]+版\\)|\\(下转第?[0-9一二三四五六七八九十]+版\\)$");
    /** The kit counts a gold article found when the best predicted body's bigram F1 with it is at least this. */
    private static final double FOUND = 0.9;

    /** A page with its known answers. */
    record Page(String text, List<Gold> articles) {
    }

    record Gold(String first, String last, String headline, List<String> byline, boolean ambiguous) {
    }

    /** The counts behind the figures. */
    record Counts(int gold, int predicted, int found, int headlines, int bylines) {

        Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, found + o.found, headlines + o.headlines,
                    bylines + o.bylines);
        }

        double f1() {
            double p = predicted == 0 ? 0 : found / (double) predicted;
            double r = gold == 0 ? 0 : found / (double) gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double headlineAccuracy() {
            return gold == 0 ? 0 : headlines / (double) gold;
        }

        double bylineAccuracy() {
            return gold == 0 ? 0 : bylines / (double) gold;
        }

        @Override
        public String toString() {
            return String.format("gold %d, predicted %d, article F1 %.4f, headlines %.4f, bylines %.4f", gold,
                    predicted, f1(), headlineAccuracy(), bylineAccuracy());
        }
    }

    private SplitScore() {
    }

    /** The pages of a folder of page files and a folder of gold files naming them. */
    static List<Page> load(Path pages, Path gold) throws IOException {
        List<Page> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path g : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode answers = JSON.readTree(g.toFile());
                Path page = pages.resolve(answers.get("file").asText());
                if (!Files.exists(page)) {
                    continue;
                }
                List<Gold> articles = new ArrayList<>();
                for (JsonNode a : answers.get("articles")) {
                    StringBuilder headline = new StringBuilder();
                    if (a.get("headline") != null) {
                        a.get("headline").forEach(h -> headline.append(h.asText()));
                    }
                    List<String> byline = new ArrayList<>();
                    a.get("byline").forEach(b -> byline.add(b.asText()));
                    articles.add(new Gold(a.get("first").asText(), a.get("last").asText(), headline.toString(), byline,
                            a.has("ambiguous") && a.get("ambiguous").asBoolean()));
                }
                out.add(new Page(read(page), articles));
            }
        }
        return out;
    }

    static Counts score(List<Page> pages, PageSplitter splitter) {
        Counts all = new Counts(0, 0, 0, 0, 0);
        for (Page page : pages) {
            all = all.plus(score(page, splitter.split(page.text()).articles()));
        }
        return all;
    }

    static Counts score(Page page, List<Article> predicted) {
        List<String> bodies = predicted.stream().map(a -> bodyNorm(a.text())).toList();
        Set<Integer> used = new HashSet<>();
        Set<Integer> ambiguousHits = new HashSet<>();
        int gold = 0;
        int found = 0;
        int headlines = 0;
        int bylines = 0;
        for (Gold g : page.articles()) {
            String first = bodyNorm(g.first());
            String last = norm(g.last());
            double best = 0;
            int bestIndex = -1;
            for (int i = 0; i < bodies.size(); i++) {
                String body = bodies.get(i);
                int s = body.indexOf(first);
                int e = body.lastIndexOf(last);
                if (s < 0 || e < 0 || e + last.length() <= s) {
                    continue;
                }
                double f = overlapF1(body.substring(s, e + last.length()), body);
                if (f > best) {
                    best = f;
                    bestIndex = i;
                }
            }
            if (g.ambiguous()) {
                if (bestIndex >= 0) {
                    ambiguousHits.add(bestIndex);
                }
                continue;
            }
            gold++;
            if (best >= FOUND && !used.contains(bestIndex)) {
                used.add(bestIndex);
                found++;
                Article a = predicted.get(bestIndex);
                headlines += sortedChars(norm(g.headline())).equals(sortedChars(headlineText(a))) ? 1 : 0;
                bylines += sortedNames(g.byline()).equals(sortedNames(a.bylines())) ? 1 : 0;
            }
        }
        ambiguousHits.removeAll(used);
        return new Counts(gold, predicted.size() - ambiguousHits.size(), found, headlines, bylines);
    }

    private static String headlineText(Article a) {
        if (a.headline() == null) {
            return "";
        }
        Headline h = a.headline();
        return norm((h.kicker() == null ? "" : h.kicker()) + (h.title() == null ? "" : h.title())
                + (h.subtitle() == null ? "" : h.subtitle()));
    }

    private static List<String> sortedNames(List<String> names) {
        return names.stream().map(SplitScore::norm).sorted().toList();
    }

    private static String sortedChars(String s) {
        int[] cps = s.codePoints().sorted().toArray();
        return new String(cps, 0, cps.length);
    }

    static String norm(String s) {
        return WHITESPACE.matcher(Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC)).replaceAll("");
    }

    static String bodyNorm(String s) {
        String n = norm(s);
        for (int i = 0; i < 2; i++) {
            n = MARKERS.matcher(n).replaceAll("");
        }
        return n;
    }

    /** score.py's overlap_f1: bigram multisets of the gold span and the predicted body. */
    private static double overlapF1(String gold, String predicted) {
        Map<String, Integer> a = bigrams(gold);
        Map<String, Integer> b = bigrams(predicted);
        int common = 0;
        for (var e : a.entrySet()) {
            common += Math.min(e.getValue(), b.getOrDefault(e.getKey(), 0));
        }
        if (common == 0) {
            return 0;
        }
        double p = common / (double) Math.max(1, predicted.length() - 1);
        double r = common / (double) Math.max(1, gold.length() - 1);
        return 2 * p * r / (p + r);
    }

    private static Map<String, Integer> bigrams(String s) {
        Map<String, Integer> out = new HashMap<>();
        for (int i = 0; i + 1 < s.length(); i++) {
            out.merge(s.substring(i, i + 2), 1, Integer::sum);
        }
        return out;
    }

    static String read(Path page) throws IOException {
        byte[] bytes = Files.readAllBytes(page);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(bytes, Charset.forName("GB18030"));
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
