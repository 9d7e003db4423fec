package dev.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import dev.newsflow.enrich.segment.Segmentation;
import dev.newsflow.enrich.segment.Token;

/**
 * Named entities from the segmenter's name recognition: person (nr, nrf), place (ns) and organization (nt)
 * words. The article's own bylines are credits, not mentions, and are left out.
 */
public final class EntityRecognizer {

    private EntityRecognizer() {
    }

    public static List<EntityTag> recognize(Segmentation segmentation, Collection<String> bylines) {
        Set<String> credited = Set.copyOf(bylines);
        List<EntityTag> entities = new ArrayList<>();
        for (Token t : segmentation.tokens()) {
            EntityType type = type(t.pos());
            if (type == null || t.text().length() < 2 || (type == EntityType.PERSON && credited.contains(t.text()))) {
                continue;
            }
            entities.add(new EntityTag(t.text(), type, t.start(), t.end(), null, null));
        }
        return entities;
    }

    static EntityType type(String pos) {
        if (pos.equals("nr") || pos.equals("nrf") || pos.equals("nrj")) {
            return EntityType.PERSON;
        }
        if (pos.equals("ns") || pos.equals("nsf")) {
            return EntityType.LOCATION;
        }
        if (pos.startsWith("nt")) {
            return EntityType.ORGANIZATION;
        }
        return null;
    }
}
