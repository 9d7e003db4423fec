package dev.newsflow.enrich.segment;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * Words with HanLP 1.x portable: its Viterbi segmenter with the core dictionary, person and place name
 * recognition, part-of-speech tags and character offsets. HanLP's dictionaries are loaded once per JVM, on
 * first use.
 */
public final class HanLpSegmenter implements Segmenter {

    private final Segment segment;

    public HanLpSegmenter() {
        this(true);
    }

    /** @param recognizeNames person, translated-name and place recognition on (slower, needed for tagging) */
    public HanLpSegmenter(boolean recognizeNames) {
        this.segment = hanlp(recognizeNames);
    }

    /**
     * HanLP's own segmenter, configured as newsflow uses it: the library alone, for comparing newsflow's cost
     * with the library's (the bench and the JMH benchmarks).
     */
    public static Segment hanlp(boolean recognizeNames) {
        return HanLP.newSegment()
                .enableOffset(true)
                .enablePartOfSpeechTagging(true)
                .enableNameRecognize(recognizeNames)
                .enableTranslatedNameRecognize(recognizeNames)
                .enablePlaceRecognize(recognizeNames)
                .enableOrganizationRecognize(false)
                .enableNumberQuantifierRecognize(false);
    }

    @Override
    public Segmentation segment(String text) {
        List<Token> tokens = new ArrayList<>();
        // one paragraph at a time: a line end is a hard boundary HanLP's lattice would otherwise ignore
        int from = 0;
        while (from <= text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            if (to > from) {
                segmentLine(text.substring(from, to), from, tokens);
            }
            if (nl < 0) {
                break;
            }
            from = nl + 1;
        }
        return new Segmentation(text, tokens, Sentences.split(text));
    }

    private void segmentLine(String line, int offset, List<Token> tokens) {
        for (Term term : segment.seg(line)) {
            if (term.word.isBlank()) {
                continue;
            }
            String pos = term.nature == null ? "x" : term.nature.toString();
            Term shifted = new Term(term.word, term.nature);
            shifted.offset = term.offset + offset;
            // HanLP keeps whitespace inside some terms; a token never holds whitespace
            if (term.word.chars().anyMatch(Character::isWhitespace)) {
                splitOnWhitespace(shifted, pos, tokens);
            } else {
                tokens.add(new Token(term.word, shifted.offset, pos));
            }
        }
    }

    private static void splitOnWhitespace(Term term, String pos, List<Token> tokens) {
        int i = 0;
        String w = term.word;
        while (i < w.length()) {
            while (i < w.length() && Character.isWhitespace(w.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < w.length() && !Character.isWhitespace(w.charAt(i))) {
                i++;
            }
            if (i > start) {
                tokens.add(new Token(w.substring(start, i), term.offset + start, pos));
            }
        }
    }
}
