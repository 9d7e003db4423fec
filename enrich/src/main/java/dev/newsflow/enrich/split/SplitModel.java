package dev.newsflow.enrich.split;

/**
 * The weights the splitter decides by where evidence is weighed against evidence: whether heading lines inside an
 * article are a sub-heading ({@link BoundaryWeights}), and which article a headline belongs to
 * ({@link AssignerWeights}).
 */
record SplitModel(BoundaryWeights boundaries, AssignerWeights assigner) {

    static final SplitModel FITTED = new SplitModel(BoundaryWeights.FITTED, AssignerWeights.FITTED);
}
