package dev.newsflow.enrich.segment;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionaryTransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.TransformMatrix;

/**
 * Keeps HanLP's part-of-speech transition matrix as large as its set of tags, once, instead of on every call.
 *
 * <p>HanLP 1.8.6 ({@code Viterbi.compute}) grows the matrix whenever the number of known tags ({@code Nature})
 * differs from the length of the matrix's {@code states}, and growing it never updates {@code states}: as soon as
 * a tag exists beyond those of the model file (HanLP creates some itself, and every custom dictionary tag is
 * one), every call to the segmenter copies the whole matrix (hundreds of KB) again, for each line segmented. The
 * grown matrix holds the same probabilities with zero counts for the new tags, so growing it once, here, and
 * marking every tag as a state gives the same results without the copies. {@code states} is read nowhere else.
 * New tags created later are caught by the next {@link #fit()}.
 */
final class TagMatrix {

    private TagMatrix() {
    }

    /** Grows the matrix to the tags known now, if it is not that size yet; cheap when it is. */
    static void fit() {
        TransformMatrix matrix = CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary;
        if (matrix.states.length != Nature.values().length) {
            grow(matrix);
        }
    }

    private static synchronized void grow(TransformMatrix matrix) {
        int tags = Nature.values().length;
        if (matrix.states.length == tags) {
            return;
        }
        // what Viterbi.compute does on each call, done once; then states says the matrix covers every tag
        matrix.extend(tags);
        int[] states = new int[tags];
        for (int i = 0; i < tags; i++) {
            states[i] = i;
        }
        matrix.states = states;
    }
}
