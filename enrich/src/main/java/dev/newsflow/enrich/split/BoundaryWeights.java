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

    static final BoundaryWeights FITTED = new BoundaryWeights(8.2010, new double[] {
        2.2684, 0.3741, -3.5979, -0.7179, 1.0582, 1.2464, -0.0621, 2.4791, -0.5371, 0.6598, -0.6788, 2.7978,
        1.0809, 1.1553, -4.4912, -0.1494, 5.5839, 1.4760});

    double score(double[] features) {
        double s = intercept;
        for (int i = 0; i < weights.length; i++) {
            s += weights[i] * features[i];
        }
        return s;
    }
}
