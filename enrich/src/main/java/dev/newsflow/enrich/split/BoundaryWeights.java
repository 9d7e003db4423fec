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

    static final BoundaryWeights FITTED = new BoundaryWeights(-2.7971, new double[] {
        54.1972, 20.2974, -2.4731, -0.4877, 0.2245, 1.6938, -0.0117, 2.1726, -0.4216, 0.7299, -0.6729, 1.7753, 1.2354, 0.7046, -4.8290, 0.1892, 3.8990, 0.9923});

    double score(double[] features) {
        double s = intercept;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i] * features[i];
        }
        return s;
    }
}
