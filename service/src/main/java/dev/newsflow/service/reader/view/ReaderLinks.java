package dev.newsflow.service.reader.view;

import dev.newsflow.service.http.Links;

/**
 * The reader's addresses. An edition key ({@code paper/date}, or {@code unknown/<page id>}) is two path segments, each
 * encoded on its own, so that a paper's name may hold any character:
 * <ul>
 *   <li>{@code /editions/{paper}/{date}}: an edition</li>
 *   <li>{@code /pages/{paper}/{date}/{page id}}: a page</li>
 *   <li>{@code /articles/{paper}/{date}/{article id}}: an article</li>
 *   <li>{@code /stories/{paper}/{date}/{story id}}: a stitched story</li>
 *   <li>{@code /people/{name}}, {@code /people?q=prefix}: a person, a search</li>
 * </ul>
 */
public final class ReaderLinks {

    private ReaderLinks() {
    }

    public static String edition(String edition) {
        return "/editions/" + path(edition);
    }

    public static String page(String edition, String pageId) {
        return "/pages/" + path(edition) + "/" + Links.segment(pageId);
    }

    public static String article(String edition, String articleId) {
        return "/articles/" + path(edition) + "/" + Links.segment(articleId);
    }

    public static String story(String edition, String storyId) {
        return "/stories/" + path(edition) + "/" + Links.segment(storyId);
    }

    public static String person(String name) {
        return "/people/" + Links.segment(name);
    }

    /** The edition key of an address's two edition segments. */
    public static String edition(String paperSegment, String dateSegment) {
        return paperSegment + "/" + dateSegment;
    }

    private static String path(String edition) {
        int slash = edition.lastIndexOf('/');
        return Links.segment(edition.substring(0, slash)) + "/" + Links.segment(edition.substring(slash + 1));
    }
}
