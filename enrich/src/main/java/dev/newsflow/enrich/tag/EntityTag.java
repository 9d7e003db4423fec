package dev.newsflow.enrich.tag;

/**
 * A named entity in a text.
 *
 * @param start        offset of the first character (Java string index into the tagged text)
 * @param end          offset just past the last character
 * @param title        for a person: the title in apposition (市委书记 in 市委书记杜小刚), else null
 * @param organization for a person: the organization named with the title (上海外国语大学), else null
 */
public record EntityTag(String text, EntityType type, int start, int end, String title, String organization) {

    public EntityTag withTitle(String newTitle, String newOrganization) {
        return new EntityTag(text, type, start, end, newTitle, newOrganization);
    }
}
