package dev.newsflow.enrich.split;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chinese surnames, single and compound: a name on a byline line starts with one. The list is the one the tagger
 * ships ({@code dev/newsflow/enrich/tag/surnames.txt}), read once.
 */
final class Surnames {

    private static final String RESOURCE = "/dev/newsflow/enrich/tag/surnames.txt";
    private static final Set<String> SURNAMES = read();

    /** Characters of a run that may hold two names: each of two or three characters. */
    private static final int MIN_RUN = 4;
    private static final int MAX_RUN = 6;
    /** A name here is a surname and a given name of one or two characters. */
    private static final int MIN_GIVEN = 1;
    private static final int MAX_NAME = 3;

    private Surnames() {
    }

    /** Starts with a surname of one or two characters. */
    static boolean startsName(String name) {
        return name.length() >= 2 && (SURNAMES.contains(name.substring(0, 1))
                || name.length() >= 3 && SURNAMES.contains(name.substring(0, 2)));
    }

    /**
     * Reads as a name: a surname and a given name of one or two characters (张三, 欧阳明月); longer runs are names
     * only where the surname is one of two characters (欧阳明月) — or words (权威发布).
     */
    static boolean isName(String name) {
        int n = name.length();
        return startsName(name) && (n <= MAX_NAME || n == MAX_NAME + 1 && SURNAMES.contains(name.substring(0, 2)));
    }

    /**
     * A run of Han characters that may be two names printed without a space between them (邹璐邵倩 in a bracket where the
     * space was lost): four to six characters that do not open with a compound surname, split where both parts are
     * names of two or three characters opening with a surname, when exactly one place does. Otherwise the run as it is.
     */
    static List<String> splitRun(String run) {
        int n = run.length();
        if (n < MIN_RUN || n > MAX_RUN || !run.codePoints().allMatch(Text::isCjk)
                || SURNAMES.contains(run.substring(0, 2))) {
            return List.of(run);
        }
        int at = -1;
        for (int cut = MIN_GIVEN + 1; cut <= n - MIN_GIVEN - 1; cut++) {
            boolean names = cut <= MAX_NAME && n - cut <= MAX_NAME && SURNAMES.contains(run.substring(0, 1))
                    && SURNAMES.contains(run.substring(cut, cut + 1));
            if (names && at >= 0) {
                return List.of(run);
            }
            at = names ? cut : at;
        }
        return at < 0 ? List.of(run) : List.of(run.substring(0, at), run.substring(at));
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
