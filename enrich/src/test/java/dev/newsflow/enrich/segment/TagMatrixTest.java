package dev.newsflow.enrich.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionaryTransformMatrixDictionary;
import com.hankcs.hanlp.dictionary.TransformMatrix;

class TagMatrixTest {

    private static final HanLpSegmenter SEGMENTER = new HanLpSegmenter();

    @Test
    void thePartOfSpeechMatrixIsNotCopiedAgainOnEveryCall() {
        TransformMatrix matrix = CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary;
        SEGMENTER.segment("市委书记杜小刚会见国开行江苏省分行行长唐力。");
        double[][] before = matrix.transititon_probability;
        for (int i = 0; i < 5; i++) {
            SEGMENTER.segment("惠山区召开全区经济运行座谈会。\n下午，市长赵建军主持会议。");
        }
        // HanLP alone replaces the matrix with a grown copy on each call once a tag beyond its model exists
        assertThat(matrix.transititon_probability).isSameAs(before);
        assertThat(matrix.states).hasSize(Nature.values().length);
    }

    @Test
    void aTagCreatedLaterIsCoveredByTheNextSegmentation() {
        Nature added = Nature.create("newsflow_test_tag");
        SEGMENTER.segment("全市经济运行平稳。");
        TransformMatrix matrix = CoreDictionaryTransformMatrixDictionary.transformMatrixDictionary;
        assertThat(matrix.states).hasSize(Nature.values().length);
        assertThat(matrix.transititon_probability.length).isGreaterThan(added.ordinal());
    }
}
