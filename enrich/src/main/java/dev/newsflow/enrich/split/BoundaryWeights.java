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

    static final BoundaryWeights FITTED = new BoundaryWeights(8.6474, new double[] {
        2.2010, 0.3827, -3.6741, -0.6464, 0.9573, 1.1249, -0.0529, 2.2759, -0.7214, 0.5880, -0.6679, 2.7949, 1.0376, 0.7587, -4.4645, -0.0078, 5.2377, 1.3662});

    double score(double[] features) {
        double s = intercept;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i] * features[i];
        }
        return s;
    }
}
