package dev.newsflow.enrich.segment;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Words with HanLP 1.x portable: its Viterbi segmenter with the core dictionary, person and place name
 * recognition, part-of-speech tags and character offsets; with name recognition on, ansj's CRF reads the
 * person names a second time ({@link AnsjNameFinder}) as hints for the tagger. The libraries' models are
 * loaded once per JVM, on first use.
 */
public final class HanLpSegmenter implements Segmenter {

    private final Segment segment;
    private final AnsjNameFinder names;

    public HanLpSegmenter() {
        this(true);
    }

    /** @param recognizeNames person, translated-name and place recognition on (slower, needed for tagging) */
    public HanLpSegmenter(boolean recognizeNames) {
        this.names = recognizeNames ? new AnsjNameFinder() : null;
        this.segment = hanlp(recognizeNames);
    }

    /**
     * HanLP's own segmenter, configured as newsflow uses it: the library alone, for comparing newsflow's cost
     * with the library's (the bench and the JMH benchmarks).
     */
    public static Segment hanlp(boolean recognizeNames) {
        Dictionaries.ready();
        return HanLP.newSegment()
                .enableOffset(true)
                .enablePartOfSpeechTagging(true)
                .enableNameRecognize(recognizeNames)
                .enableTranslatedNameRecognize(recognizeNames)
                .enablePlaceRecognize(recognizeNames)
                .enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false);
    }

    /**
     * HanLP's dictionaries as newsflow uses them (regional places added, the part-of-speech matrix grown), set up
     * once per JVM by the first segmenter made, on that thread (not on the one that merely starts a background load).
     */
    private static final class Dictionaries {
        static {
            RegionalPlaces.addToDictionary();
            TagMatrix.fit();
        }

        static void ready() {
            // the static initializer has run
        }
    }

    private static volatile boolean modelsLoaded;

    /**
     * Loads both libraries' dictionaries and models now (seconds), rather than on the first text; once per process:
     * a second caller waits for the first one's load.
     */
    public static synchronized void loadModels() {
        if (!modelsLoaded) {
            new HanLpSegmenter().segment("市委书记杜小刚会见国家开发银行江苏省分行行长唐力。");
            modelsLoaded = true;
        }
    }

    /** Whether {@link #loadModels()} has completed in this process. */
    public static boolean modelsLoaded() {
        return modelsLoaded;
    }

    /** Starts {@link #loadModels()} on a thread of its own, e.g. while a broker starts. */
    public static void loadModelsInBackground() {
        Thread loader = new Thread(HanLpSegmenter::loadModels, "newsflow-load-models");
        loader.setDaemon(true);
        loader.start();
    }

    @Override
    public Segmentation segment(String text) {
        TagMatrix.fit();
        List<Token> tokens = new ArrayList<>();
        // one paragraph at a time: a line end is a hard boundary HanLP's lattice would otherwise ignore
        Lines.forEach(text, (line, offset) -> segmentLine(line, offset, tokens));
        if (names == null) {
            return new Segmentation(text, tokens, Sentences.split(text));
        }
        AnsjNameFinder.Names hints = names.names(text);
        return new Segmentation(text, tokens, Sentences.split(text), hints.people(), hints.organizations());
    }

    private void segmentLine(String line, int offset, List<Token> tokens) {
        for (Term term : segment.seg(line)) {
            String word = term.word;
            if (word.isBlank()) {
                continue;
            }
            String pos = term.nature == null ? "x" : term.nature.toString();
            int start = term.offset + offset;
            // HanLP keeps whitespace inside some terms; a token never holds whitespace
            if (hasWhitespace(word)) {
                splitOnWhitespace(word, start, pos, tokens);
            } else if (isDateUnit(word) && !tokens.isEmpty() && isDigits(tokens.get(tokens.size() - 1).text())
                    && tokens.get(tokens.size() - 1).end() == start) {
                // １２/月 → １２月: a number and its unit of date are one word, as the core dictionary has 12月
                Token number = tokens.remove(tokens.size() - 1);
                tokens.add(new Token(number.text() + word, number.start(), "t"));
            } else {
                tokens.add(new Token(word, start, pos));
            }
        }
    }

    private static boolean hasWhitespace(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isWhitespace(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDateUnit(String w) {
        return w.equals("年") || w.equals("月") || w.equals("日");
    }

    private static boolean isDigits(String w) {
        return !w.isEmpty() && w.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= '０' && c <= '９'));
    }

    private static void splitOnWhitespace(String w, int offset, String pos, List<Token> tokens) {
        int i = 0;
        while (i < w.length()) {
            while (i < w.length() && Character.isWhitespace(w.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < w.length() && !Character.isWhitespace(w.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new Token(w.substring(start, i), offset + start, pos));
            }
        }
    }
}
