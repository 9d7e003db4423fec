package dev.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.List;


import dev.newsflow.enrich.segment.Token;

/**
 * Places: the segmenter's place words, with an administrative unit written after them joined on
 * (浦东/新区 → 浦东新区), and without the fragments its place recognizer makes of ordinary text (轮单, 的藏区,
 * 右路): a place the dictionary does not know must look like one — three or more characters, ending in a unit
 * of place, opening with no particle. Pure apart from the dictionary, which is loaded once.
 */
final class PlaceRecognizer {

    /** Units written after a place name as a word of their own. */
    private static final List<String> UNITS = List.of("新区", "地区", "自治区", "自治州", "自治县", "特别行政区", "开发区",
            "高新区", "街道", "镇", "乡", "村", "县", "区", "市", "省", "州");
    /** Last characters of place names. */
    private static final String PLACE_ENDS = "省市县区镇乡村州岛山湖河江港湾街路洲海峡岭峰";
    /** Characters that never open a place name: particles and the like the recognizer swallows. */
    private static final String NEVER_FIRST = "的了在和与是及或把被对从向于将就都也又还";

    private PlaceRecognizer() {
    }

    static List<EntityTag> recognize(String text, List<Token> toks) {
        List<EntityTag> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!(t.pos().equals("ns") || t.pos().equals("nsf")) || t.text().length() < 2 || !plausible(t.text())) {
                continue;
            }
            int end = t.end();
            if (i + 1 < toks.size() && toks.get(i + 1).start() == end && isUnit(toks.get(i + 1))) {
                end = toks.get(++i).end();
            }
            out.add(new EntityTag(text.substring(t.start(), end), EntityType.LOCATION, t.start(), end, null, null));
        }
        return out;
    }

    private static boolean isUnit(Token t) {
        return (t.pos().startsWith("n") && !t.pos().startsWith("nr")) && UNITS.contains(t.text());
    }

    /** A dictionary place, or a recognized one shaped like a place name. */
    static boolean plausible(String s) {
        if (isDictionaryPlace(s)) {
            return true;
        }
        return s.length() >= 3 && NEVER_FIRST.indexOf(s.charAt(0)) < 0
                && PLACE_ENDS.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /** A place of the core dictionary, or of the regional places added to the custom dictionary. */
    private static boolean isDictionaryPlace(String s) {
        return Senses.ofAnyDictionary(s).any("ns");
    }
}
