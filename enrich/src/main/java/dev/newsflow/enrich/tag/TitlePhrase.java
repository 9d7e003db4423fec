package dev.newsflow.enrich.tag;

/**
 * A title in apposition to a name (市委书记, 教育局局长) starting at token {@code startToken}, with the organization
 * named at its head split off where there is one (上海外国语大学 | 党委书记): its text and offsets, else null and -1.
 */
record TitlePhrase(String text, int startToken, String organization, int orgStart, int orgEnd) {

    /** A title word alone, with no organization. */
    static TitlePhrase bare(String text, int startToken) {
        return new TitlePhrase(text, startToken, null, -1, -1);
    }

    /** The organization as an entity of its own, or null. */
    EntityTag organizationTag() {
        return organization == null ? null
                : new EntityTag(organization, EntityType.ORGANIZATION, orgStart, orgEnd, null, null);
    }
}
