package dev.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import dev.newsflow.enrich.segment.Span;
import dev.newsflow.enrich.segment.Token;

/**
 * The second recognizer's names (ansj's CRF reading, {@code Segmentation.nameHints()}): hints, taken only where they
 * read as a name on their own terms or have a title or a verb of speech beside them, and never when they name a
 * place or a company. Pure apart from the lexicon and the dictionaries.
 */
final class NameHints {

    /** Words that follow a company's or an institution's name (福伊特集团, 金玛特智能装备, 弗劳恩霍夫协会). */
    private static final Set<String> ORGANIZATION_WORDS = Set.of("集团", "公司", "协会", "学会", "研究所", "研究院", "大学",
            "学院", "银行", "基金会", "俱乐部", "股份", "科技", "智能", "电子", "医药", "汽车", "制造", "能源", "装备",
            "实验室", "中心", "队", "品牌", "企业", "工厂", "项目");
    /** The last character of a place's name: its unit (梁溪河, 太湖路). */
    private static final String PLACE_UNITS = "河江湖山路街村镇区县市省桥港湾岛";
    /** A transliteration of fewer characters is too likely an ordinary word read as one. */
    private static final int MIN_TRANSLITERATION = 3;

    private final Lexicon lexicon;
    private final TitleReader titles;

    NameHints(Lexicon lexicon, TitleReader titles) {
        this.lexicon = lexicon;
        this.titles = titles;
    }

    /**
     * Takes the hint as a person when it reads as a name: a Chinese name of likely characters, a transliteration, or
     * either with a title or a verb of speech beside it; a shorter name found inside it gives way to it (方权 → 梅方权)
     * and hands it its title. Returns the name taken, or null.
     */
    String take(PersonMentions found, List<Token> toks, String text, Span hint) {
        String s = hint.of(text);
        if (s.length() < 2 || !s.codePoints().allMatch(c -> Lexicon.isHan(c) || c == '·' || c == '•')) {
            return null;
        }
        List<PersonRecognizer.Found> overlapping = overlapping(found, hint);
        if (overlapping.size() > 1 || overlapping.stream().anyMatch(f -> !strictlyInside(f.person(), hint))) {
            return null;
        }
        int before = Token.indexAtOrAfter(toks, hint.start()) - 1;
        boolean titled = before >= 0 && toks.get(before).end() == hint.start() && lexicon.isTitleAt(toks, before);
        if (!readsAsName(s, toks, text, hint, titled)) {
            return null;
        }
        PersonRecognizer.Found inside = overlapping.isEmpty() ? null : overlapping.get(0);
        found.put(mention(found, inside, s, hint, titled ? titles.endingAt(toks, text, before) : null));
        return s;
    }

    private static List<PersonRecognizer.Found> overlapping(PersonMentions found, Span hint) {
        List<PersonRecognizer.Found> overlapping = new ArrayList<>();
        for (PersonRecognizer.Found f : found.all()) {
            if (f.person().start() < hint.end() && hint.start() < f.person().end()) {
                overlapping.add(f);
            }
        }
        return overlapping;
    }

    /** Inside the hint and shorter: the hint's name reads more of it (方权 in 梅方权). */
    private static boolean strictlyInside(EntityTag p, Span hint) {
        boolean within = p.start() >= hint.start() && p.end() <= hint.end();
        return within && !(p.start() == hint.start() && p.end() == hint.end());
    }

    /** A name by its characters, or with a title or a verb beside it; never a place with its unit. */
    private boolean readsAsName(String s, List<Token> toks, String text, Span hint, boolean titled) {
        if (isPlaceName(s, hint, toks)) {
            return false;
        }
        boolean chinese = lexicon.looksLikeChineseName(s) && !Senses.isOrdinaryWord(s)
                && !Senses.isOrdinaryWord(s.substring(1));
        boolean foreign = Lexicon.looksLikeForeignName(s) || (s.length() >= MIN_TRANSLITERATION
                && NameReader.readsAsTransliteration(s) && !Senses.isOrdinaryWord(s));
        boolean evidence = titled
                || PersonEvidence.verbAfter(toks, text, hint.end(), Token.indexAtOrAfter(toks, hint.end()));
        boolean likely = chinese && NameModel.likelihood(s) >= NameModel.PLAUSIBLE;
        return likely || (foreign && !namesAnOrganization(s, text, hint, toks)) || (evidence && (chinese || foreign));
    }

    /** The person of the hint, with the title of the name it replaces, else the title before it (may be null). */
    private static PersonRecognizer.Found mention(PersonMentions found, PersonRecognizer.Found inside, String s,
            Span hint,
                                                  TitlePhrase titleBefore) {
        String title = null;
        String organization = null;
        EntityTag orgTag = null;
        if (inside != null) {
            found.remove(inside);
            title = inside.person().title();
            organization = inside.person().organization();
            orgTag = inside.organization();
        }
        if (title == null && titleBefore != null) {
            title = titleBefore.text();
            organization = titleBefore.organization();
            orgTag = titleBefore.organizationTag();
        }
        return new PersonRecognizer.Found(
                new EntityTag(s, EntityType.PERSON, hint.start(), hint.end(), title, organization), orgTag);
    }

    /**
     * A transliterated name that names a company rather than a person: somewhere in the text it is followed
     * by a word for an organization (福伊特集团), it follows Latin letters (SK海力士), or it stands in a list
     * beside a company's name (博世、福伊特、西门子).
     */
    private static boolean namesAnOrganization(String s, String text, Span hint, List<Token> toks) {
        for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
            int end = at + s.length();
            for (String w : ORGANIZATION_WORDS) {
                if (text.startsWith(w, end)) {
                    return true;
                }
            }
        }
        if (hint.start() > 0 && Character.isLetterOrDigit(text.charAt(hint.start() - 1))
                && text.charAt(hint.start() - 1) < 128) {
            return true;
        }
        int first = Token.indexAtOrAfter(toks, hint.start());
        int next = Token.indexAtOrAfter(toks, hint.end());
        return (first >= 2 && PosTags.isCoordinator(toks.get(first - 1)) && isCompany(toks.get(first - 2)))
                || (next + 1 < toks.size() && PosTags.isCoordinator(toks.get(next)) && isCompany(toks.get(next + 1)));
    }

    private static boolean isCompany(Token t) {
        return t.pos().startsWith("nt") || t.pos().equals("nz");
    }

    /** A place with a unit after it (梁溪/河, 太湖/路): a place word of the segmenter, then a unit of place. */
    private static boolean isPlaceName(String s, Span hint, List<Token> toks) {
        if (PLACE_UNITS.indexOf(s.charAt(s.length() - 1)) < 0) {
            return false;
        }
        for (Token t : toks) {
            if (t.start() == hint.start() && t.end() == hint.end() - 1) {
                return t.pos().startsWith("ns");
            }
        }
        return false;
    }
}
