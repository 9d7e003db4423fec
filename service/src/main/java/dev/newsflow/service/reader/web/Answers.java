package dev.newsflow.service.reader.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;

import dev.newsflow.json.PlainJson;
import dev.newsflow.service.http.Reply;
import dev.newsflow.service.reader.view.MessageView;
import dev.newsflow.service.reader.view.Templates;

/** The reader's answers: rendered pages, messages, the stylesheet, JSON lists between instances. */
final class Answers {

    /** How long a browser may keep the stylesheet: it changes only with the build. */
    private static final String STYLESHEET_CACHE = "max-age=3600";
    private static final byte[] STYLESHEET = resource("/dev/newsflow/service/reader/style.css");

    private Answers() {
    }

    static Reply page(String template, Object model) {
        return Reply.html(200, Templates.render(template, model));
    }

    static Reply message(int status, String title, String message) {
        return Reply.html(status, Templates.render("message", new MessageView(title, status, message)));
    }

    static Reply notFound(String what) {
        return message(404, "Not found", what);
    }

    static Reply unavailable(String why) {
        return message(503, "Not available yet", why + " Try again in a moment.").with("Retry-After", "2");
    }

    static Reply stylesheet() {
        return new Reply(200, "text/css; charset=utf-8", STYLESHEET, Map.of("Cache-Control", STYLESHEET_CACHE));
    }

    static <T> List<T> readList(byte[] json, Class<T> type) throws IOException {
        JavaType list = PlainJson.mapper().getTypeFactory().constructCollectionType(List.class, type);
        return PlainJson.mapper().readerFor(list).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .readValue(json);
    }

    private static byte[] resource(String name) {
        try (InputStream in = Answers.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
