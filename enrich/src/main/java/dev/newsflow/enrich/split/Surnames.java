package dev.newsflow.enrich.split;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Chinese surnames, single and compound: a name on a byline line starts with one. The list is the one the tagger
 * ships ({@code dev/newsflow/enrich/tag/surnames.txt}), read once.
 */
final class Surnames {

    private static final String RESOURCE = "/dev/newsflow/enrich/tag/surnames.txt";
    private static final Set<String> SURNAMES = read();

    private Surnames() {
    }

    /** Starts with a surname of one or two characters. */
    static boolean startsName(String name) {
        return name.length() >= 2 && (SURNAMES.contains(name.substring(0, 1))
                || name.length() >= 3 && SURNAMES.contains(name.substring(0, 2)));
    }

    private static Set<String> read() {
        try (InputStream in = Surnames.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            Set<String> names = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    names.add(s);
                }
            }
            return Set.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
