package dev.newsflow.enrich.split;

/**
 * The weights of {@link HeadlineAssigner}'s score: what each piece of evidence for giving a headline group to an
 * article is worth, in one place.
 *
 * @param overlap    per share of the headline's wording the article's lead repeats (the rest of its body counts half):
 *                   headlines sum up their lead
 * @param minOverlap below this share a headline repeats too little of an article to be its own by wording alone
 * @param mismatch   taken off, in proportion, as the share falls from minOverlap to none
 * @param convention for a headline standing where the page's own convention puts them (before or after)
 * @param adjacent   for a headline right next to its article (after it: nothing between them)
 * @param orphan     taken off for each group given to no article: a page prints few lines that belong to none
 * @param subheading taken off for each group kept as a sub-heading of the article after it, unless shaped like the
 *                   article's other sub-headings ({@code sameShape} is added instead)
 * @param sameShape  for a sub-heading printed like the article's others (same width and punctuation)
 * @param subtitle   taken off, besides {@code subheading}, for keeping a group under an article's headline as a
 *                   sub-heading while it is shaped like a subtitle (longer than a label, no summary's device)
 * @param headless   taken off, where headlines stand before their articles, for keeping groups right before an
 *                   article as its sub-headings while it is given no headline: the first lines a page prints
 *                   between an article and the next head the next
 * @param cutFlat    for cutting a printed block of headline lines where nothing marks a new headline
 * @param cutAtJump  for cutting it where the line width jumps, as it does between stacked headlines
 * @param extraUnit  taken off for each printed block beyond three in one headline (kicker, title, subtitle)
 * @param tagInside  taken off, in a cut of a zone's lines, for each printed block inside a group that closes with a
 *                   column's name in brackets: a column's name closes its headline, seldom with a subtitle below it
 * @param blankInside taken off, in a cut of a zone's lines, for each blank line inside a group, on a page that also
 *                   prints blocks of headline lines right under one another: there a blank line sets headlines
 *                   apart far more often than the parts of one
 * @param partMismatch taken off like {@code mismatch}, for each part of a headline of several parts (its lines, a
 *                   bracket's wrapped tail joined): each part of one headline sums up the same article, so a part that
 *                   repeats none of it more likely heads another
 * @param openingSubtitle taken off, besides {@code subheading}, for keeping a group shaped like a subtitle as a
 *                   sub-heading right before an article's first paragraph while no headline stands above it: an
 *                   article opens with its text or a label over it (核心阅读), not with a sub-heading, so such a group
 *                   more likely closes the headline of the article above
 */
record AssignerWeights(double overlap, double minOverlap, double mismatch, double convention, double adjacent,
                       double orphan, double subheading, double sameShape, double subtitle, double headless,
                       double cutFlat, double cutAtJump, double extraUnit, double tagInside,
                       double blankInside, double partMismatch, double openingSubtitle) {

    /**
     * The weights in use; see {@code docs/decisions} on how they were chosen and measured. {@code headless}, added
     * later, was set by a line search on the development pages: every value from 1.5 up splits them alike (it need
     * only outweigh a headline's mismatch less the convention's credit); 2 stands at the low end. {@code subtitle},
     * added after it, likewise: from 6 up the development pages split alike, lower values keep fewer subtitles.
     * {@code cutAtJump} was refitted by {@code SplitTuning} (the documented command, the seed pages and their
     * re-layout as must-keep pages) after the composer's gold counted signature lines as bylines; no other weight
     * moved. {@code tagInside}, added after it, was set by a line search on the development pages (0 to 20): from 8
     * up to 12 they split best. {@code blankInside}, added last, likewise (0 to 50): headlines come out better as it
     * rises to 5, alike up to 7, worse on some pages at 10; from 12 a seed page whose title and subtitle stand apart
     * with a blank line loses the subtitle. {@code partMismatch}, added after it, likewise (0.5 to 5):
     * from 1 to 3 headlines come out better on all three sets of development pages, at 2 best; 1 leans least on
     * wording, which a subtitle of images rather than facts (上元月正好) lacks. {@code openingSubtitle}, added after
     * it, likewise (2 to 6): headlines come out better on all three sets as it rises to 4; at 6, the value of
     * {@code subtitle}, one page of the third set splits worse.
     */
    static final AssignerWeights FITTED = new AssignerWeights(10, 0.2, 5.32, 4, 2.66, 14.1, 0.0625, 1.33, 6, 2, 3.99,
            1.0, 2, 8, 7, 1, 4);

    /** The weights as a vector, in the order of the record's components, for tuning. */
    double[] vector() {
        return new double[] {overlap, minOverlap, mismatch, convention, adjacent, orphan, subheading, sameShape,
            subtitle, headless, cutFlat, cutAtJump, extraUnit, tagInside, blankInside,
            partMismatch, openingSubtitle};
    }

    static AssignerWeights of(double[] v) {
        return new AssignerWeights(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9], v[10], v[11], v[12],
                v[13], v[14], v[15], v[16]);
    }
}
