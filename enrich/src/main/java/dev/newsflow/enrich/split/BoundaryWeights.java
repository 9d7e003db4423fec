package dev.newsflow.enrich.split;

/**
 * Weights of a logistic model over {@link BoundaryFeatures}: above 0, heading lines inside a running article are a
 * sub-heading of it; below, the headline of a new article.
 *
 * <p>Fitted, not set by hand: by L2-regularised logistic regression (tools/fit_boundaries.py) on the heading lines
 * that stand inside running articles on pages composed from the development split of the corpus (testkit
 * {@code CorpusPages --split dev}, every convention drawn at random) and on the seed pages, each labelled by the
 * pages' known answers. The held-out split is never fitted on. Refit when the features change.
 *
 * @param intercept the bias
 * @param weights   one per feature, in {@link BoundaryFeatures#NAMES} order
 */
record BoundaryWeights(double intercept, double[] weights) {

    static final BoundaryWeights FITTED = new BoundaryWeights(-1.5350, new double[] {
        55.5836, 8.7912, -2.3516, -0.3253, 0.2065, 1.0750, -0.0145, 2.3893, -0.3893, 0.7449, -0.6088, 2.0231, 0.2760, 0.5443, -3.6363, 0.0730, 3.8190, 0.4125});

    double score(double[] features) {
        double s = intercept;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i] * features[i];
        }
        return s;
    }
}
