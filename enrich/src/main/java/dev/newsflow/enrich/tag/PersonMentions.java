package dev.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import dev.newsflow.enrich.segment.Token;

/**
 * The people found so far in one text, by start offset: a name is added once, and no two overlap. One per call of
 * {@link PersonRecognizer#recognize}, never shared.
 */
final class PersonMentions {

    private final String text;
    private final List<Token> toks;
    private final TreeMap<Integer, PersonRecognizer.Found> found = new TreeMap<>();

    PersonMentions(String text, List<Token> toks) {
        this.text = text;
        this.toks = toks;
    }

    /** Adds the name with its title (may be null), unless a mention starts there already. */
    void add(NameSpan name, TitlePhrase title) {
        if (found.containsKey(name.start())) {
            return;
        }
        String titleText = title == null ? null : title.text();
        String orgText = title == null ? null : title.organization();
        EntityTag org = title == null ? null : title.organizationTag();
        found.put(name.start(), new PersonRecognizer.Found(
                new EntityTag(name.of(text), EntityType.PERSON, name.start(), name.end(), titleText, orgText), org));
    }

    void put(PersonRecognizer.Found f) {
        found.put(f.person().start(), f);
    }

    void remove(PersonRecognizer.Found f) {
        found.remove(f.person().start());
    }

    boolean startsAt(int start) {
        return found.containsKey(start);
    }

    /** Whether a mention overlaps [start, end). */
    boolean overlaps(int start, int end) {
        for (PersonRecognizer.Found f : found.headMap(end, false).values()) {
            if (f.person().end() > start) {
                return true;
            }
        }
        return false;
    }

    /** Whether a mention ends exactly where the token does and holds its start (the 蒋敏 of 蒋敏、许峰). */
    boolean endsWith(Token t) {
        Map.Entry<Integer, PersonRecognizer.Found> floor = found.floorEntry(t.start());
        return floor != null && floor.getValue().person().end() == t.end();
    }

    Collection<PersonRecognizer.Found> all() {
        return found.values();
    }

    /** The names found, in order of position. */
    List<String> names() {
        List<String> names = new ArrayList<>();
        found.values().forEach(f -> names.add(f.person().text()));
        return names;
    }

    /** Every other occurrence of an accepted name, unless inside a longer word or another mention. */
    void propagate(Set<String> accepted) {
        for (String name : accepted) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                int end = at + name.length();
                if (!overlaps(at, end) && !insideLongerWord(at, end)) {
                    found.put(at, new PersonRecognizer.Found(
                            new EntityTag(name, EntityType.PERSON, at, end, null, null), null));
                }
            }
        }
    }

    /** Whether [start, end) lies strictly inside a longer word of the segmentation (杜小刚 in 杜小刚同志 is not). */
    private boolean insideLongerWord(int start, int end) {
        for (Token t : toks) {
            if (t.start() >= end) {
                break;
            }
            if (t.end() > start && (t.start() < start || t.end() > end) && t.start() <= start && t.end() >= end) {
                return true;
            }
        }
        return false;
    }

    /** The mentions in order of position, without the article's bylines (credits, not mentions). */
    List<PersonRecognizer.Found> without(Collection<String> bylines) {
        Set<String> credited = Set.copyOf(bylines);
        return found.values().stream()
                .filter(f -> !credited.contains(f.person().text()))
                .sorted(Comparator.comparingInt(f -> f.person().start()))
                .toList();
    }
}
