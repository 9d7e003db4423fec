package dev.newsflow.sink.file;

import java.util.Collection;

import org.apache.avro.generic.GenericRecord;
import org.apache.avro.util.Utf8;

/**
 * The few fields of an article the sink and its listeners read, from an {@code EnrichedArticle} or from a generic
 * record of its schema (whose strings are Avro {@link Utf8} as the sink decodes them).
 */
public final class ArticleFields {

    private ArticleFields() {
    }

    public static String pageId(GenericRecord article) {
        return string(page(article).get("id"));
    }

    public static String paper(GenericRecord article) {
        return string(page(article).get("paper"));
    }

    public static String date(GenericRecord article) {
        return string(page(article).get("date"));
    }

    /** Entity mentions tagged in the article. */
    public static int entities(GenericRecord article) {
        return ((Collection<?>) article.get("entities")).size();
    }

    /** Unicode code points of the article's text, counted without decoding a {@link Utf8}. */
    public static long textCodePoints(GenericRecord article) {
        Object text = article.get("text");
        if (text instanceof Utf8 utf8) {
            byte[] bytes = utf8.getBytes();
            long count = 0;
            for (int i = 0; i < utf8.getByteLength(); i++) {
                // every byte but a continuation byte (10xxxxxx) starts a code point
                if ((bytes[i] & 0xC0) != 0x80) {
                    count++;
                }
            }
            return count;
        }
        String s = string(text);
        return s.codePointCount(0, s.length());
    }

    private static GenericRecord page(GenericRecord article) {
        return (GenericRecord) article.get("page");
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
