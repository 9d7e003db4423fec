package dev.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import dev.newsflow.enrich.segment.Segmentation;
import dev.newsflow.enrich.segment.Token;

/**
 * Named entities of a segmented text: people with their titles ({@link PersonRecognizer}), organizations
 * ({@link OrganizationRecognizer}, and the organizations named in people's titles) and places
 * ({@link PlaceRecognizer}). Entities never overlap; people win over what they overlap, organizations over the
 * places inside them. The article's bylines are credits, not mentions.
 */
public final class EntityRecognizer {

    private static final PersonRecognizer PEOPLE = new PersonRecognizer();

    private EntityRecognizer() {
    }

    public static List<EntityTag> recognize(Segmentation segmentation, Collection<String> bylines) {
        List<EntityTag> entities = new ArrayList<>();
        List<PersonRecognizer.Found> people = PEOPLE.recognize(segmentation, bylines);
        for (PersonRecognizer.Found f : people) {
            entities.add(f.person());
        }
        for (EntityTag org : OrganizationRecognizer.recognize(segmentation.text(), segmentation.tokens())) {
            addUnlessOverlapping(entities, org);
        }
        for (PersonRecognizer.Found f : people) {
            if (f.organization() != null) {
                addUnlessOverlapping(entities, f.organization());
            }
        }
        for (EntityTag org : OrganizationRecognizer.fromHints(segmentation.text(), segmentation.tokens(),
                segmentation.organizationHints())) {
            addUnlessOverlapping(entities, org);
        }
        for (EntityTag place : PlaceRecognizer.recognize(segmentation.text(), segmentation.tokens())) {
            addUnlessOverlapping(entities, place);
        }
        entities.sort(Comparator.comparingInt(EntityTag::start));
        return entities;
    }

    /**
     * The words of a segmentation with every recognized person name as one word: word breaks inside a name
     * (王/毅, 信/长/星) are removed, and breaks are added at its edges (杜小/刚强/调 → 杜小刚/强/调).
     */
    public static List<String> wordsJoiningNames(Segmentation segmentation) {
        String text = segmentation.text();
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>();
        for (Token t : segmentation.tokens()) {
            cuts.add(t.start());
            cuts.add(t.end());
        }
        for (PersonRecognizer.Found f : PEOPLE.recognize(segmentation, List.of())) {
            cuts.subSet(f.person().start(), false, f.person().end(), false).clear();
            cuts.add(f.person().start());
            cuts.add(f.person().end());
        }
        List<String> words = new ArrayList<>();
        Integer from = null;
        for (int cut : cuts) {
            if (from != null) {
                String w = text.substring(from, cut).strip();
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
            from = cut;
        }
        return words;
    }

    private static void addUnlessOverlapping(List<EntityTag> entities, EntityTag e) {
        for (EntityTag o : entities) {
            if (o.start() < e.end() && e.start() < o.end()) {
                return;
            }
        }
        entities.add(e);
    }
}
