package dev.newsflow.testkit.compose;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Composes pages with known answers from a corpus of real articles (JSON Lines: paper, date, page, seq, kicker,
 * title, subtitle, body_dateline, paragraphs — the format of the development corpus the team measures on), each
 * original page in several sets of {@link Conventions} drawn at random.
 *
 * <pre>
 * java -cp … dev.newsflow.testkit.compose.CorpusPages ARTICLES.jsonl OUT_DIR [--split holdout|dev|all]
 *      [--variants 6] [--seed 20]
 * </pre>
 * Writes OUT_DIR/pages/*.txt with editions.json, and OUT_DIR/gold/*.json in the evaluation kit's format. The
 * articles of the editions in {@link #HOLDOUT_DATES} are kept for measuring only: fit and tune on {@code dev}.
 */
public final class CorpusPages {

    /** The editions held back for measuring: the last two of the six the development corpus holds. */
    public static final Set<String> HOLDOUT_DATES = Set.of("2020-05-22", "2022-07-05");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BRACKET = Pattern.compile("^(.*?)[\\s\\u3000]*[（(]([^（）()]{2,60})[）)][\\s\\u3000]*$");
    /** Picture credits and editors' credits the corpus keeps as paragraphs: furniture on a printed page. */
    private static final Pattern CREDIT = Pattern.compile(
            "^(?:.{1,16}(?:摄|绘|摄影报道)(?:[（(][^）)]{1,10}[）)])?|\\p{IsHan}{1,4}社发|\\p{IsHan}{2}视觉"
                    + "|(?:本版)?(?:制图|图片|供图|漫画|责任编辑|责编|编辑|美编|版式设计|版式)[:：].{1,30})$");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u3000\\u00a0]+");
    /**
     * Who took the pictures and who wrote the text, each name spread with its role glued on (勾 犇图 石 羚文): the
     * article's byline as printed, which the corpus keeps as its last paragraph. Its names are the story's reporters.
     */
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(\\p{IsHan}) (\\p{IsHan})[文图摄] (\\p{IsHan}) (\\p{IsHan})[文图摄]$");

    private CorpusPages() {
    }

    public static void main(String[] args) throws IOException {
        Path articles = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String split = option(args, "--split", "holdout");
        int variants = Integer.parseInt(option(args, "--variants", "6"));
        long seed = Long.parseLong(option(args, "--seed", "20"));
        Map<String, List<CorpusArticle>> pages = read(articles, split);
        Path pageDir = Files.createDirectories(out.resolve("pages"));
        Path goldDir = Files.createDirectories(out.resolve("gold"));
        Map<String, Map<String, Object>> editions = new TreeMap<>();
        int count = 0;
        for (var entry : pages.entrySet()) {
            List<CorpusArticle> page = entry.getValue();
            for (int v = 0; v < variants; v++) {
                // nearby seeds give java.util.Random correlated first draws: mixed through SplittableRandom first
                long mixed = new SplittableRandom(seed * 1_000_003 + entry.getKey().hashCode() * 31L + v).nextLong();
                Random random = new Random(mixed);
                Conventions conventions = Conventions.random(random);
                CorpusArticle head = page.get(0);
                String paper = new Names(random).paper();
                var edition = new PageComposer.PageEdition(paper, LocalDate.parse(head.date()), head.page());
                ComposedPage composed = new PageComposer(conventions, edition, random)
                        .compose(page.stream().map(CorpusArticle::story).toList());
                String name = entry.getKey() + "_v" + v + ".txt";
                Charset charset = random.nextDouble() < 0.1 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
                String text = random.nextDouble() < 0.1 ? composed.text().replace("\n", "\r\n") : composed.text();
                Files.write(pageDir.resolve(name), text.getBytes(charset));
                Files.writeString(goldDir.resolve(name.replace(".txt", ".json")), composed.goldJson(name));
                Map<String, Object> meta = new LinkedHashMap<>();
                meta.put("paper", paper);
                meta.put("date", head.date());
                meta.put("page", head.page());
                editions.put(name, meta);
                count++;
            }
        }
        JSON.writerWithDefaultPrettyPrinter().writeValue(pageDir.resolve("editions.json").toFile(), editions);
        System.out.println("composed " + count + " pages from " + pages.size() + " original pages (" + split + ") in "
                + out);
    }

    /** A corpus article: its edition and the story it tells. */
    record CorpusArticle(String date, int page, int seq, Story story) {
    }

    /** The corpus's pages of the split, each its articles in order, keyed date_page. */
    static Map<String, List<CorpusArticle>> read(Path file, String split) throws IOException {
        Map<String, List<CorpusArticle>> pages = new TreeMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                String date = n.get("date").asText();
                boolean holdout = HOLDOUT_DATES.contains(date);
                if (split.equals("holdout") && !holdout || split.equals("dev") && holdout) {
                    continue;
                }
                Story story = story(n);
                if (story == null) {
                    continue;
                }
                int page = n.get("page").asInt();
                String key = date + "_" + String.format("%02d", page);
                pages.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new CorpusArticle(date, page, n.get("seq").asInt(), story));
            }
        }
        pages.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(CorpusArticle::seq)));
        return pages;
    }

    static Story story(JsonNode n) {
        List<String> paragraphs = new ArrayList<>();
        List<String> credits = new ArrayList<>();
        List<String> signed = new ArrayList<>();
        for (JsonNode p : n.get("paragraphs")) {
            String text = tidy(p.asText());
            if (text.isEmpty()) {
                continue;
            }
            Matcher signature = SIGNATURE.matcher(text);
            if (CREDIT.matcher(text).matches()) {
                credits.add(text);
            } else if (signature.matches()) {
                signed.add(signature.group(1) + signature.group(2));
                signed.add(signature.group(3) + signature.group(4));
            } else {
                paragraphs.add(text);
            }
        }
        if (paragraphs.isEmpty()) {
            return null;
        }
        String dateline = null;
        List<String> reporters = List.of();
        String printed = text(n, "body_dateline");
        if (printed != null && paragraphs.get(0).startsWith(printed)) {
            String rest = paragraphs.get(0).substring(printed.length()).strip();
            Matcher m = BRACKET.matcher(printed);
            if (m.matches()) {
                dateline = m.group(1).strip();
                reporters = reporters(m.group(2));
            } else {
                dateline = printed;
            }
            if (rest.isEmpty()) {
                return null;
            }
            paragraphs.set(0, rest);
        }
        if (!signed.isEmpty()) {
            reporters = Stream.concat(reporters.stream(), signed.stream()).distinct().toList();
        }
        return new Story(text(n, "kicker"), text(n, "title"), text(n, "subtitle"), dateline, paragraphs, reporters,
                credits);
    }

    /** Names in a dateline's bracket: 记者张三、李四 → [张三, 李四]; a name spread as 王 珏 is one name. */
    static List<String> reporters(String bracket) {
        List<String> names = new ArrayList<>();
        String pending = null;
        for (String token : bracket.replaceAll("^(本报|新华社)?(记者|通讯员)", "").split("[、，,\\s]+")) {
            String t = token.replaceAll("^(本报|新华社)?(记者|通讯员)", "");
            if (t.isEmpty()) {
                continue;
            }
            if (t.length() == 1) {
                if (pending == null) {
                    pending = t;
                } else {
                    names.add(pending + t);
                    pending = null;
                }
                continue;
            }
            names.add(t);
        }
        return names;
    }

    private static String tidy(String s) {
        return SPACES.matcher(s).replaceAll(" ").strip();
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        String s = tidy(v.asText());
        return s.isEmpty() ? null : s;
    }

    private static String option(String[] args, String name, String fallback) {
        for (int i = 2; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
