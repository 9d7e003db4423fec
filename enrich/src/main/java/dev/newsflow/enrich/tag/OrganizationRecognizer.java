package dev.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import dev.newsflow.enrich.segment.Span;
import dev.newsflow.enrich.segment.Token;

/**
 * Organizations as news text names them: a proper name (a place, a brand, an abbreviation) or a national
 * qualifier, then the words that describe the body, ending in an institution word — 上海市/浦东/新区/人民法院,
 * 江苏省/教育厅, 南京/大学, 国家/统计局, 吉林/大学/…/实验室, 青岛/海牛/队. The segmenter marks institution words
 * (nis: 大学, 法院, 教育厅, 分局…) and known organizations (nt); its own organization recognizer over-fires
 * (新吴区调研重点企业), so it stays off and this chunker reads the words instead. Pure.
 */
final class OrganizationRecognizer {

    /** Words that open an organization's name without being proper names themselves. */
    private static final Set<String> NATIONAL = Set.of("国家", "中央", "全国", "中共", "世界", "国际", "联合国", "省", "市",
            "县", "区", "镇", "乡", "村", "人民");
    /** Party and government bodies named by their level alone: 市委, 县政府, 团县委, 区政协, 镇党委. */
    private static final Pattern GOVERNMENT = Pattern.compile(
            "^(?:[省市县区镇乡村]|团[省市县区]?)(?:委|党委|纪委|政府|人大|人大常委会|政协)$");
    /** One-character units of an institution, written after its name: 日报社/影视/部, 公司/飞行/部. */
    private static final String SUB_UNITS = "部处科室组厂站";
    /** Ends of institution names the segmenter tags as ordinary nouns. */
    private static final List<String> SUFFIXES = List.of("组织", "公司", "集团", "银行", "分行", "支行", "协会", "学会",
            "商会", "联合会", "委员会", "基金会", "俱乐部", "代表团", "政府", "法院", "检察院", "研究院", "研究所", "实验室",
            "大学", "学院", "中学", "小学", "医院", "电视台", "电台", "报社", "出版社", "通讯社", "日报", "晚报", "联盟",
            "交易所", "队");
    /** Endings that make no name on their own after a description (全国性/日报, 挪威/政府, 基金会/组织). */
    private static final Set<String> BARE = Set.of("政府", "日报", "晚报", "组织");
    /** Parts of speech that may stand inside an organization's name. */
    private static final Set<String> INSIDE = Set.of("n", "nz", "ns", "nsf", "nt", "nis", "ntc", "ntcb", "ntcf", "ntch",
            "nto", "ntu", "nts", "nth", "nit", "nic", "nnd", "j", "b", "vn", "an", "gi", "gm", "nmc", "nhd", "nf",
                    "nb");
    private static final int MAX_CHARS = 24;

    private OrganizationRecognizer() {
    }

    /** Organizations in the tokens, left to right, not overlapping. */
    static List<EntityTag> recognize(String text, List<Token> toks) {
        List<EntityTag> out = new ArrayList<>();
        int i = 0;
        while (i < toks.size()) {
            int end = opens(toks.get(i)) ? lastEnd(toks, i) : -1;
            if (end < 0 && Lexicon.INSTANCE.isOrganization(toks.get(i).text())) {
                end = i;
            }
            if (end >= 0 && qualifies(toks, i, end)) {
                Token first = toks.get(i);
                Token last = toks.get(end);
                out.add(new EntityTag(text.substring(first.start(), last.end()), EntityType.ORGANIZATION,
                        first.start(), last.end(), null, null));
                i = end + 1;
            } else {
                i++;
            }
        }
        return out;
    }

    /** Last words of the organizations a second recognizer's hints may name (出版社, 委员会, 纺纱厂). */
    private static final List<String> HINT_ENDINGS = List.of("公司", "集团", "厂", "所", "院", "会", "部", "局", "委", "办",
            "处", "站", "队", "社", "台", "中心", "大学", "学院", "学校", "中学", "小学", "银行", "协会", "学会", "组织", "联盟",
            "党", "军", "署", "厅", "团");

    /**
     * Organizations from a second recognizer's hints (ansj's CRF): only those of three or more characters that
     * end the way institutions' names end; the CRF alone also calls 美国西北部 or 电子商务 organizations.
     */
    static List<EntityTag> fromHints(String text, List<Token> toks, List<Span> hints) {
        List<EntityTag> out = new ArrayList<>();
        for (Span h : hints) {
            String s = h.of(text);
            if (s.length() >= 3 && HINT_ENDINGS.stream().anyMatch(s::endsWith)
                    && s.codePoints().allMatch(c -> Character.isLetterOrDigit(c)) && onWordEdges(toks, h)) {
                out.add(new EntityTag(s, EntityType.ORGANIZATION, h.start(), h.end(), null, null));
            }
        }
        return out;
    }

    /**
     * The hint starts and ends where the segmenter's words do, and starts with no particle or preposition:
     * 雅迪|数字智能化工厂 and 的|无锡经贸代表团 are cut in the wrong places.
     */
    private static boolean onWordEdges(List<Token> toks, Span h) {
        int first = Token.indexAtOrAfter(toks, h.start());
        int last = Token.indexAtOrAfter(toks, h.end()) - 1;
        if (first >= toks.size() || toks.get(first).start() != h.start() || last < 0
                || toks.get(last).end() != h.end()) {
            return false;
        }
        String pos = toks.get(first).pos();
        return !(pos.startsWith("u") || pos.startsWith("p") || pos.startsWith("c") || pos.startsWith("v")
                || pos.equals("w") || pos.startsWith("r"));
    }

    /** A token that may begin an organization's name. */
    private static boolean opens(Token t) {
        return isProperName(t) || NATIONAL.contains(t.text()) || isInstitution(t);
    }

    /** A proper name to open with: two characters or more, and a place only if it looks like one (not 的无锡). */
    private static boolean isProperName(Token t) {
        return isProper(t) && t.text().length() >= 2
                && (!t.pos().startsWith("ns") || PlaceRecognizer.plausible(t.text()));
    }

    /** The index of the last institution word of the longest name starting at i, or -1. */
    private static int lastEnd(List<Token> toks, int i) {
        int last = -1;
        int chars = 0;
        for (int k = i; k < toks.size(); k++) {
            Token t = toks.get(k);
            boolean adjacent = k == i || toks.get(k - 1).end() == t.start();
            chars += t.text().length();
            boolean subUnit = last >= 0 && t.text().length() == 1 && SUB_UNITS.contains(t.text());
            if (!adjacent || chars > MAX_CHARS || mostlyAVerb(t) || !(canBeInside(t) || subUnit)) {
                break;
            }
            if (subUnit || closesName(toks, i, k)) {
                last = k;
            }
        }
        return last;
    }

    /**
     * A word that can stand inside an organization's name: a noun of the kind, a national qualifier, an institution.
     */
    private static boolean canBeInside(Token t) {
        return INSIDE.contains(t.pos()) || NATIONAL.contains(t.text()) || isInstitution(t);
    }

    /**
     * The token at k is an institution word that ends the name begun at i; past the first word, a word the segmenter
     * tags as an organization (nt) counts only when that is its main sense.
     */
    private static boolean closesName(List<Token> toks, int i, int k) {
        Token t = toks.get(k);
        return isInstitution(t) && endsName(toks, i, k)
                && (k == i || !t.pos().startsWith("nt") || ntIsItsMainSense(t.text()));
    }

    /**
     * Whether the institution word at k ends a name begun at i. A bare ending ({@link #BARE}) ends one only
     * straight after a proper name or a longer name (挪威/政府 is the country's
     * government, a place; 全国性/日报 is any daily; 基金会/组织 is a verb), unless it is a level of government.
     */
    private static boolean endsName(List<Token> toks, int i, int k) {
        Token t = toks.get(k);
        if (!BARE.contains(t.text())) {
            return true;
        }
        if (k == i) {
            return false;
        }
        Token before = toks.get(k - 1);
        if (t.text().equals("政府")) {
            return k - i >= 2 || NATIONAL.contains(before.text());
        }
        if (t.text().equals("组织") && isInstitution(before)) {
            return false;
        }
        return isProper(before) || NATIONAL.contains(before.text()) || before.pos().equals("nz");
    }

    /**
     * A name, not a bare common noun: it starts with a proper name or a national qualifier and has an
     * institution word after it, or is a known organization, or chains institution words (市委宣传部).
     */
    private static boolean qualifies(List<Token> toks, int from, int to) {
        Token first = toks.get(from);
        if (from == to) {
            String w = first.text();
            return (first.pos().startsWith("nt") && w.length() >= 2 && ntIsItsMainSense(w))
                    || GOVERNMENT.matcher(w).matches() || Lexicon.INSTANCE.isOrganization(w);
        }
        if (isProperName(first) || NATIONAL.contains(first.text())) {
            return true;
        }
        int institutions = 0;
        for (int k = from; k <= to; k++) {
            institutions += isInstitution(toks.get(k)) ? 1 : 0;
        }
        return institutions >= 2;
    }

    /** A noun the dictionary knows mostly as a verb (组织 organize): it ends the name before it. */
    private static boolean mostlyAVerb(Token t) {
        // the segmenter's own verbal nouns (开发/vn 银行) belong in names
        return t.pos().equals("n") && Senses.of(t.text()).mostly("v");
    }

    /** 现代 (modern) is also a company's name; only a word that is mostly an organization stands alone as one. */
    private static boolean ntIsItsMainSense(String w) {
        Senses senses = Senses.of(w);
        return senses.known() ? senses.share("nt") * 2 >= 1 : true;
    }

    static boolean isProper(Token t) {
        String pos = t.pos();
        return pos.equals("ns") || pos.equals("nsf") || pos.equals("nz") || pos.startsWith("nt") || pos.equals("j")
                || pos.equals("nrf");
    }

    /** A word that ends an institution's name: the segmenter's institution words, or a known ending. */
    static boolean isInstitution(Token t) {
        if (t.pos().equals("nis") || t.pos().startsWith("nt")) {
            return true;
        }
        if (!t.pos().startsWith("n")) {
            return false;
        }
        for (String s : SUFFIXES) {
            if (t.text().endsWith(s)) {
                return true;
            }
        }
        return false;
    }
}
