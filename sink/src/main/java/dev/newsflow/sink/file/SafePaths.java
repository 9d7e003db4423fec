package dev.newsflow.sink.file;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Folder names made from data (a paper's name, an edition date) that cannot leave the output root:
 * no separators, no "..", no control characters, no hidden names.
 */
public final class SafePaths {

    private static final Pattern UNSAFE = Pattern.compile("[\\\\/:*?\"<>|\\p{Cntrl}\\s]+");
    private static final Pattern LEADING_DOTS = Pattern.compile("^[._]+");
    private static final Pattern TRAILING_DOTS = Pattern.compile("[._]+$");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final int MAX_LENGTH = 80;

    private SafePaths() {
    }

    /** A single folder name for a paper; "unknown-paper" when nothing safe is left. */
    public static String paper(String paper) {
        if (paper == null) {
            return "unknown-paper";
        }
        String s = Normalizer.normalize(paper, Normalizer.Form.NFKC);
        s = UNSAFE.matcher(s).replaceAll("_");
        s = s.replace("..", "_");
        s = TRAILING_DOTS.matcher(LEADING_DOTS.matcher(s).replaceAll("")).replaceAll("");
        if (s.length() > MAX_LENGTH) {
            s = s.substring(0, MAX_LENGTH);
        }
        return s.isEmpty() ? "unknown-paper" : s;
    }

    /** YYYY-MM-DD, or "unknown-date". */
    public static String date(String date) {
        return date != null && ISO_DATE.matcher(date).matches() ? date : "unknown-date";
    }

    /** {@code root/paper/date}, checked to lie under root. */
    public static Path editionDir(Path root, String paper, String date) {
        Path normalizedRoot = root.toAbsolutePath().normalize();
        Path dir = normalizedRoot.resolve(paper(paper)).resolve(date(date)).normalize();
        if (!dir.startsWith(normalizedRoot) || dir.equals(normalizedRoot)) {
            throw new IllegalArgumentException("refusing to write outside " + normalizedRoot + ": " + dir);
        }
        return dir;
    }
}
