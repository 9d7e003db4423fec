package dev.newsflow.enrich.split;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import dev.newsflow.enrich.split.HeadlineAssigner.ZoneLine;

/** Turns the lines of one headline group into kicker, title and subtitle. */
final class HeadlineBuilder {

    /** A space between two non-ASCII characters: units printed side by side on one line. */
    private static final Pattern SPACE_BETWEEN_WIDE = Pattern.compile("(?<=[^\\x00-\\x7F]) (?=[^\\x00-\\x7F])");

    private HeadlineBuilder() {
    }

    /**
     * Units are the printed blocks of the group; two lines of one block are one wrapped unit unless they are
     * parallel lines of (nearly) the same width or the second is the wider, and a line of a flowing page holds its
     * units separated by spaces. One unit is the title. With two, the one repeating more of the article's text is
     * the title, the other its kicker (above) or subtitle (below). With more, the first is the title and the rest the
     * subtitle, unless the text picks the second as title. A word spread over the title's width (四 川) is a kicker.
     * A device mark opening a title of one unit (■, ●: a brief's title in a column of them) is no part of it.
     *
     * @param body the bigrams of the article's text, as the assigner read them
     */
    static Headline build(List<ZoneLine> lines, Bigrams body) {
        if (lines == null || lines.isEmpty()) {
            return null;
        }
        List<String> units = units(lines);
        if (units.size() == 1) {
            return new Headline(null, withoutDevice(units.get(0)), null);
        }
        double first = coverage(units.get(0), body);
        double second = coverage(units.get(1), body);
        // a unit opening with a dash (——记…) is a subtitle's device, never a title
        boolean secondIsTitle = (second > first + 0.15 && Text.width(units.get(0)) < Text.width(units.get(1))
                || Headlines.isSpreadWord(units.get(0))) && !opensWithDash(units.get(1));
        if (secondIsTitle) {
            String subtitle = units.size() > 2 ? String.join(" ", units.subList(2, units.size())) : null;
            return new Headline(units.get(0), units.get(1), subtitle);
        }
        return new Headline(null, units.get(0), String.join(" ", units.subList(1, units.size())));
    }

    /**
     * The title without a device mark opening it and the space after it (■ 某某 → 某某), where words follow. Not a
     * kicker led into its title by a dash in the same unit (■ 某医院检验科主任——“…”): a package prints its items'
     * kickers so, the mark part of them.
     */
    private static String withoutDevice(String title) {
        if (!Headlines.opensWithDeviceMark(title) || title.contains("——")) {
            return title;
        }
        String words = title.substring(1).strip();
        return words.isEmpty() ? title : words;
    }

    private static List<String> units(List<ZoneLine> lines) {
        List<String> units = new ArrayList<>();
        String previous = null;
        for (ZoneLine line : lines) {
            String text = line.text();
            List<String> parts = Headlines.isSpreadWord(text) ? List.of(text.strip())
                    : withMarksJoined(SPACE_BETWEEN_WIDE.split(text));
            // a bracket left open by the line above is closed in this one: one unit, whatever the widths
            boolean inBracket = previous != null && PageLayout.continuesBracket(previous, text);
            boolean startsUnit = units.isEmpty()
                    || !inBracket && (line.newBlock() || isParallel(previous, text) || isWiderThan(text, previous));
            if (startsUnit) {
                units.addAll(parts);
            } else {
                int last = units.size() - 1;
                units.set(last, Text.joinWrapped(units.get(last), parts.get(0)));
                units.addAll(parts.subList(1, parts.size()));
            }
            previous = text;
        }
        units.removeIf(String::isBlank);
        return units;
    }

    /**
     * A mark set off by a space before a title (■ 标题) is no part of its own: it opens the part after it. Nor is a
     * space inside brackets a part's end: a column's name may hold one (…（我运动 我快乐）). Nor is a character
     * alone followed by another: together they are a word spread over the title's width, on the title's line (四 川
     * 春耕…).
     */
    private static List<String> withMarksJoined(String[] parts) {
        List<String> joined = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            boolean mark = part.length() == 1 && Headlines.isDeviceMark(part.charAt(0));
            boolean spread = part.length() == 1 && i + 1 < parts.length && parts[i + 1].length() == 1;
            if ((mark || spread || leavesBracketOpen(part)) && i + 1 < parts.length) {
                parts[i + 1] = part + " " + parts[i + 1];
            } else {
                joined.add(part);
            }
        }
        return joined;
    }

    private static boolean leavesBracketOpen(String part) {
        int open = Math.max(part.lastIndexOf('（'), part.lastIndexOf('('));
        return open >= 0 && part.indexOf('）', open) < 0 && part.indexOf(')', open) < 0;
    }

    /**
     * A line visibly wider than the one above it does not continue it: a wrapped title fills its first line,
     * so a short line above a longer one is a unit of its own (a kicker above its title).
     */
    private static boolean isWiderThan(String line, String above) {
        return above != null && Text.width(line) > Text.width(above) + 1;
    }

    /** Two headline lines of (nearly) the same width, each a unit of its own. */
    private static boolean isParallel(String a, String b) {
        if (a == null) {
            return false;
        }
        double wa = Text.width(a);
        double wb = Text.width(b);
        return wa >= 12 && wb >= 12 && Math.abs(wa - wb) <= 2;
    }

    private static boolean opensWithDash(String unit) {
        return unit.startsWith("—") || unit.startsWith("--");
    }

    private static double coverage(String unit, Bigrams body) {
        return Bigrams.of(unit).shareIn(body);
    }
}
