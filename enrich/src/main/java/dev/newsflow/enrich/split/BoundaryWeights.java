package dev.newsflow.enrich.split;

import java.util.Arrays;

/**
 * Weights of a logistic model over {@link BoundaryFeatures}: above 0, heading lines inside a running article are a
 * sub-heading of it; below, the headline of a new article.
 *
 * <p>Fitted, not set by hand: by L2-regularised logistic regression (tools/fit_boundaries.py) on the heading lines
 * that stand inside running articles on pages composed from the development split of the corpus (testkit
 * {@code CorpusPages --split dev}, every convention drawn at random) and on the seed pages, each labelled by the
 * pages' known answers. The held-out split is never fitted on. Refit when the features change. The weights of
 * {@code apart} and {@code flush}, added later, and the intercept were then set on the end measure (a line search,
 * then {@code SplitTuning --boundaries}) on the same development pages, with the seed pages and their relayouts kept
 * whole.
 *
 * @param intercept the bias
 * @param weights   one per feature, in {@link BoundaryFeatures#NAMES} order
 */
record BoundaryWeights(double intercept, double[] weights) {

    static final BoundaryWeights FITTED = new BoundaryWeights(8.8744, new double[] {
        2.2280, 0.3503, -3.7585, -0.7030, 0.9657, 1.1024, -0.0514, 2.1820, -0.7151, 0.5951, -0.7120, 2.7359, 1.0980,
        0.7681, -4.4783, -0.0089, 5.2334, 1.4250, -3.0, -3.0});

    /** The intercept, then the weights: for tuning. */
    double[] vector() {
        double[] v = new double[weights.length + 1];
        v[0] = intercept;
        System.arraycopy(weights, 0, v, 1, weights.length);
        return v;
    }

    static BoundaryWeights of(double[] v) {
        return new BoundaryWeights(v[0], Arrays.copyOfRange(v, 1, v.length));
    }

    double score(double[] features) {
        double s = intercept;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i] * features[i];
        }
        return s;
    }
}
