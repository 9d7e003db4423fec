package dev.newsflow.service.reader.view;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheFactory;

/**
 * The reader's HTML, from Mustache templates ({@code src/main/resources/dev/newsflow/service/reader/templates}). Every
 * value a template shows goes through Mustache's HTML escaping ({@code {{value}}}); the templates use no unescaped
 * form, so text from a page (untrusted input) is always shown as text. Compiled templates are cached and shared by
 * the request threads.
 */
public final class Templates {

    private static final MustacheFactory FACTORY = new DefaultMustacheFactory("dev/newsflow/service/reader/templates");

    private Templates() {
    }

    /** The template {@code name} (without {@code .mustache}) filled from {@code model}. */
    public static String render(String name, Object model) {
        StringWriter out = new StringWriter();
        try {
            FACTORY.compile(name + ".mustache").execute(out, model).flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + name, e);
        }
        return out.toString();
    }
}
