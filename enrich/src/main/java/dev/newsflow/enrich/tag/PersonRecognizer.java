package dev.newsflow.enrich.tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.nr.TranslatedPersonDictionary;

import dev.newsflow.enrich.segment.Segmentation;
import dev.newsflow.enrich.segment.Span;
import dev.newsflow.enrich.segment.Token;

/**
 * People in news text, on evidence rather than on the segmenter's word alone. The segmenter's person tags
 * (nr) are candidates; what makes a candidate a person is what news writing puts around names:
 * <ul>
 *   <li>a title in apposition, before the name (市委书记杜小刚, 教育局局长吴萍) or after it (习近平总书记,
 *       吴萍局长); names the segmenter broke apart next to a title are read back from the characters
 *       (省委书记信长星 → 信/长/星 → 信长星, 国防部长王毅 → 王毅);</li>
 *   <li>a list sharing one title or joined to a titled name (副主席许立新、吴红星、毛加弘);</li>
 *   <li>a verb of speech or action straight after the name (唐力说, 张俊告诉记者);</li>
 *   <li>a name already accepted elsewhere in the same text (every later 杜小刚 is a person too).</li>
 * </ul>
 * A candidate with none of these is kept only when it is shaped like a name, starts with a frequent surname
 * and is not an ordinary dictionary word: this is what keeps 文旅, 施策, 保交楼 out. The article's bylines are
 * credits, not mentions. Pure apart from the dictionaries, which are loaded once.
 */
final class PersonRecognizer {

    /** Words after a name that show it is a person acting or speaking. */
    private static final Set<String> PERSON_VERBS = Set.of(
            "说", "表示", "指出", "强调", "认为", "介绍", "透露", "坦言", "告诉", "称", "说道", "提出", "要求", "希望",
            "主持", "出席", "会见", "会晤", "率", "率领", "带领", "带队", "参加", "调研", "考察", "来到", "回忆", "感慨",
            "谈到", "补充", "解释", "建议", "呼吁", "宣布", "致辞", "讲话", "看望", "慰问", "签署", "坦承", "笑称", "直言",
            "同志", "先生", "女士", "教授", "一行");
    /** Parts of speech that end a name or a title phrase. */
    private static final Set<String> HARD_STOPS = Set.of("w", "p", "c", "cc", "ude1", "ude2", "ude3", "udeng", "ule",
            "uzhe", "uguo", "uls", "usuo", "uyy", "udh", "uzhi", "y", "e", "o");
    private static final int MAX_TITLE_CHARS = 30;

    private final Lexicon lexicon = Lexicon.INSTANCE;

    /** A person mention, and the organization named in its title (if any) with its offsets. */
    record Found(EntityTag person, EntityTag organization) {
    }

    private record Name(int start, int end, int lastToken) {
    }

    private record Title(String text, int startToken, String organization, int orgStart, int orgEnd) {
    }

    List<Found> recognize(Segmentation segmentation, Collection<String> bylines) {
        String text = segmentation.text();
        List<Token> toks = segmentation.tokens();
        TreeMap<Integer, Found> found = new TreeMap<>();

        // titled names: title then name (lists sharing it), or name then title
        for (int i = 0; i < toks.size(); i++) {
            if (!lexicon.isTitleAt(toks, i)) {
                continue;
            }
            Title title = titleEndingAt(toks, text, i);
            Name name = nameAfter(toks, text, i + 1);
            if (name != null) {
                add(found, text, name, title);
                // 副主席许立新、吴红星、毛加弘: the names listed after share the title
                Name listed = name;
                while (listed.lastToken + 2 < toks.size() && toks.get(listed.lastToken + 1).text().equals("、")) {
                    Name next = nameAfter(toks, text, listed.lastToken + 2);
                    if (next == null) {
                        break;
                    }
                    add(found, text, next, title);
                    listed = next;
                }
                continue;
            }
            Name before = lexicon.hasTitleHead(toks.get(i).text()) ? nameBefore(toks, text, i - 1) : null;
            if (before != null && !found.containsKey(before.start)) {
                add(found, text, before, new Title(toks.get(i).text(), i, null, -1, -1));
            }
        }

        Set<String> accepted = new LinkedHashSet<>();
        found.values().forEach(f -> accepted.add(f.person().text()));
        propagate(found, accepted, text, toks);

        // names the segmenter recognized, with evidence around them
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!t.pos().startsWith("nr") || overlaps(found, t.start(), t.end())) {
                continue;
            }
            Name name = foreignAround(toks, text, i, false);
            if (name == null) {
                name = t.pos().equals("nrf") ? transliteration(toks, i) : repaired(toks, text, i);
            }
            if (overlaps(found, name.start, name.end)) {
                continue;
            }
            String s = text.substring(name.start, name.end);
            boolean foreign = Lexicon.looksLikeForeignName(s) || (isTransliterated(t, s) && s.length() >= 3);
            if (!foreign && !lexicon.looksLikeChineseName(s)) {
                continue;
            }
            if (!foreign && s.length() == 2 && verbAfter(toks, text, name.end + 1, name.lastToken + 1)
                    && lexicon.looksLikeChineseName(text.substring(name.start, name.end + 1))) {
                // 杜小/刚强/调: the segmenter glued the name's last character to the verb after it
                name = new Name(name.start, name.end + 1, name.lastToken + 1);
                s = text.substring(name.start, name.end);
            }
            boolean verb = verbAfter(toks, text, name.end, name.lastToken + 1);
            boolean listedWithPerson = listNeighbourIsPerson(toks, i, name.lastToken, found);
            if (verb || listedWithPerson || foreign || isKnownPerson(s) || (isPlausibleAlone(s, text, name.start, name.end)
                    && standsApart(toks, firstToken(toks, name.start), name.lastToken)
                    && !listedWithThings(toks, firstToken(toks, name.start), name.lastToken))) {
                add(found, text, name, null);
                accepted.add(s);
                i = name.lastToken;
            }
        }
        for (Span hint : segmentation.nameHints()) {
            String name = fromHint(found, toks, text, hint);
            if (name != null) {
                accepted.add(name);
            }
        }
        propagate(found, accepted, text, toks);

        Set<String> credited = Set.copyOf(bylines);
        return found.values().stream()
                .filter(f -> !credited.contains(f.person().text()))
                .sorted(Comparator.comparingInt(f -> f.person().start()))
                .toList();
    }

    /**
     * A name the second recognizer read (a hint), taken when it reads as a name on its own terms — a Chinese name
     * of likely characters, a transliteration — or has a title or a verb of speech beside it; a shorter name
     * found inside it gives way to it (方权 → 梅方权) and hands it its title. Returns the name taken, or null.
     */
    private String fromHint(TreeMap<Integer, Found> found, List<Token> toks, String text, Span hint) {
        String s = hint.of(text);
        if (s.length() < 2 || !s.codePoints().allMatch(c -> Lexicon.isHan(c) || c == '·' || c == '•')) {
            return null;
        }
        Found inside = null;
        for (Found f : found.values()) {
            EntityTag p = f.person();
            if (p.start() < hint.end() && hint.start() < p.end()) {
                if (p.start() < hint.start() || p.end() > hint.end() || (p.start() == hint.start() && p.end() == hint.end())) {
                    return null;
                }
                if (inside != null) {
                    return null;
                }
                inside = f;
            }
        }
        boolean chinese = lexicon.looksLikeChineseName(s) && !isOrdinaryWord(s) && !isOrdinaryWord(s.substring(1));
        boolean foreign = Lexicon.looksLikeForeignName(s) || (s.length() >= 3 && readsAsTransliteration(s) && !isOrdinaryWord(s));
        int next = Token.indexAtOrAfter(toks, hint.end());
        int before = Token.indexAtOrAfter(toks, hint.start()) - 1;
        boolean titled = before >= 0 && toks.get(before).end() == hint.start() && lexicon.isTitleAt(toks, before);
        boolean evidence = titled || verbAfter(toks, text, hint.end(), next);
        if (isPlaceName(s, hint, toks)) {
            return null;
        }
        boolean likely = chinese && NameModel.likelihood(s) >= NameModel.PLAUSIBLE;
        if (!(likely || (foreign && !namesAnOrganization(s, text, hint, toks)) || (evidence && (chinese || foreign)))) {
            return null;
        }
        String title = null;
        String organization = null;
        EntityTag orgTag = null;
        if (inside != null) {
            found.remove(inside.person().start());
            title = inside.person().title();
            organization = inside.person().organization();
            orgTag = inside.organization();
        }
        if (title == null && titled) {
            Title t = titleEndingAt(toks, text, before);
            title = t.text();
            organization = t.organization();
            orgTag = t.organization() == null ? null
                    : new EntityTag(t.organization(), EntityType.ORGANIZATION, t.orgStart(), t.orgEnd(), null, null);
        }
        found.put(hint.start(), new Found(new EntityTag(s, EntityType.PERSON, hint.start(), hint.end(), title, organization),
                orgTag));
        return s;
    }

    /** Words that follow a company's or an institution's name (福伊特集团, 金玛特智能装备, 弗劳恩霍夫协会). */
    private static final Set<String> ORGANIZATION_WORDS = Set.of("集团", "公司", "协会", "学会", "研究所", "研究院", "大学",
            "学院", "银行", "基金会", "俱乐部", "股份", "科技", "智能", "电子", "医药", "汽车", "制造", "能源", "装备",
            "实验室", "中心", "队", "品牌", "企业", "工厂", "项目");

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
        return (first >= 2 && isCoordinator(toks.get(first - 1)) && isCompany(toks.get(first - 2)))
                || (next + 1 < toks.size() && isCoordinator(toks.get(next)) && isCompany(toks.get(next + 1)));
    }

    private static boolean isCompany(Token t) {
        return t.pos().startsWith("nt") || t.pos().equals("nz");
    }

    /** A place with a unit after it (梁溪/河, 太湖/路): a place word of the segmenter, then a unit of place. */
    private static boolean isPlaceName(String s, Span hint, List<Token> toks) {
        if ("河江湖山路街村镇区县市省桥港湾岛".indexOf(s.charAt(s.length() - 1)) < 0) {
            return false;
        }
        for (Token t : toks) {
            if (t.start() == hint.start() && t.end() == hint.end() - 1) {
                return t.pos().startsWith("ns");
            }
        }
        return false;
    }

    /** Every other occurrence of an accepted name, unless inside a longer word or another mention. */
    private static void propagate(TreeMap<Integer, Found> found, Set<String> accepted, String text, List<Token> toks) {
        for (String name : accepted) {
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
                int end = at + name.length();
                if (!overlaps(found, at, end) && !insideLongerWord(toks, at, end)) {
                    found.put(at, new Found(new EntityTag(name, EntityType.PERSON, at, end, null, null), null));
                }
            }
        }
    }

    private static boolean overlaps(TreeMap<Integer, Found> found, int start, int end) {
        for (Found f : found.headMap(end, false).values()) {
            if (f.person().end() > start) {
                return true;
            }
        }
        return false;
    }

    /** A verb of speech or action starts at {@code at} (the next token, or the raw text after a mis-cut name). */
    private static boolean verbAfter(List<Token> toks, String text, int at, int nextToken) {
        if (nextToken < toks.size() && toks.get(nextToken).start() == at && PERSON_VERBS.contains(toks.get(nextToken).text())) {
            return true;
        }
        for (String v : PERSON_VERBS) {
            if (v.length() >= 2 && text.startsWith(v, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A recognized name with no evidence around it is kept only when nothing in it reads as ordinary words:
     * a frequent surname, and neither the whole, nor its first two characters, nor its given name is a word
     * of the core dictionary, and its edges make no word with the characters around it (高成长, 江南盛,
     * 位于梁溪, 施策 are not names; 李明 is).
     */
    private boolean isPlausibleAlone(String s, String text, int start, int end) {
        if (lexicon.surnameLength(s) != 1 || s.length() < 2 || s.length() > 3 || isOrdinaryWord(s)) {
            return false;
        }
        // a one-character given name is nearly always a word of its own too, so there the name must read as a
        // name the more clearly (尹莉 0.70, 卢亮 0.73; 文旅 0.10) on a character common in given names
        double likelihood = NameModel.likelihood(s);
        boolean clear = s.length() == 2
                ? likelihood >= NameModel.CLEAR && NameModel.givenNameUses(s.charAt(1)) >= NameModel.COMMON_IN_NAMES
                : likelihood >= NameModel.PLAUSIBLE && !isOrdinaryWord(s.substring(1));
        if (!clear) {
            return false;
        }
        if (s.length() == 3 && (isOrdinaryWord(s.substring(0, 2)) || readsAsTransliteration(s))) {
            return false;
        }
        // nor do its edges make words with the characters around it (位|于梁溪, 苏锡常|州)
        boolean wordBefore = start > 0 && isOrdinaryWord(text.substring(start - 1, start + 1));
        boolean wordAfter = end < text.length() && isOrdinaryWord(text.substring(end - 1, end + 1));
        return !wordBefore && !wordAfter;
    }

    /**
     * The name stands as a word of its own: neither the token before nor the one after is a lone character
     * that would rather belong to it (因|时因地, 盛合晶|微), as in 因时因地 or 盛合晶微.
     */
    private boolean standsApart(List<Token> toks, int first, int last) {
        return endsName(toks, last + 1) && (first == 0 || startsAfter(toks.get(first - 1)));
    }

    /** Words that close a list of things rather than people: 阿斯利康和柯诺威等企业. */
    private static final Set<String> THINGS = Set.of("企业", "公司", "单位", "机构", "品牌", "项目", "产品", "地区", "城市",
            "国家", "部门", "行业", "领域", "时期", "阶段", "方面");

    /**
     * Coordinated with a common noun (多发期、易发期), or in a list closed by 等 and a word for things
     * (A、B和C等企业): list members share their kind, and these are not people.
     */
    private static boolean listedWithThings(List<Token> toks, int first, int last) {
        if (first >= 2 && isCoordinator(toks.get(first - 1)) && isCommonNoun(toks.get(first - 2))) {
            return true;
        }
        if (last + 2 < toks.size() && isCoordinator(toks.get(last + 1)) && isCommonNoun(toks.get(last + 2))) {
            return true;
        }
        for (int k = last + 1; k < Math.min(toks.size() - 1, last + 8); k++) {
            Token t = toks.get(k);
            if (t.text().equals("等") || t.text().equals("等等")) {
                return THINGS.contains(toks.get(k + 1).text());
            }
            if (HARD_STOPS.contains(t.pos()) && !isCoordinator(t)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isCoordinator(Token t) {
        return t.text().equals("、") || t.text().equals("和") || t.text().equals("与") || t.text().equals("及");
    }

    private static boolean isCommonNoun(Token t) {
        return t.text().length() >= 2 && (t.pos().equals("n") || t.pos().equals("vn")) && isOrdinaryWord(t.text());
    }

    private static boolean startsAfter(Token before) {
        String pos = before.pos();
        return before.text().length() >= 2 || HARD_STOPS.contains(pos) || pos.startsWith("v") || pos.startsWith("p")
                || pos.startsWith("c") || pos.startsWith("u") || pos.startsWith("d") || pos.equals("m") || pos.equals("q");
    }

    /** The index of the token holding offset start. */
    private static int firstToken(List<Token> toks, int start) {
        int k = Token.indexAtOrAfter(toks, start + 1) - 1;
        return Math.max(0, Math.min(k, toks.size() - 1));
    }

    /** A name the segmenter's own dictionary lists as a person and as nothing else (a public figure). */
    private static boolean isKnownPerson(String s) {
        return Senses.of(s).only("nr");
    }

    private static void add(TreeMap<Integer, Found> found, String text, Name name, Title title) {
        if (found.containsKey(name.start)) {
            return;
        }
        String s = text.substring(name.start, name.end);
        EntityTag org = null;
        String titleText = null;
        String orgText = null;
        if (title != null) {
            titleText = title.text();
            if (title.organization() != null) {
                orgText = title.organization();
                org = new EntityTag(orgText, EntityType.ORGANIZATION, title.orgStart(), title.orgEnd(), null, null);
            }
        }
        found.put(name.start, new Found(new EntityTag(s, EntityType.PERSON, name.start, name.end, titleText, orgText), org));
    }

    /** The name starting at token j: a recognized person word, a foreign name, or Han characters shaped like a name. */
    private Name nameAfter(List<Token> toks, String text, int j) {
        if (j >= toks.size()) {
            return null;
        }
        Name foreign = foreignAround(toks, text, j, true);
        if (foreign != null) {
            return foreign;
        }
        Token t = toks.get(j);
        if (isTransliterated(t, t.text())) {
            return transliteration(toks, j);
        }
        if (t.pos().startsWith("nr") && lexicon.looksLikeChineseName(t.text()) && endsName(toks, j + 1)) {
            return repaired(toks, text, j);
        }
        // the segmenter broke the name up (信/长/星, 华安/东): read 2-3 characters made of short pieces
        Name best = null;
        int end = j;
        StringBuilder s = new StringBuilder();
        boolean place = false;
        while (end < toks.size() && s.length() < 3) {
            Token p = toks.get(end);
            if (s.isEmpty() && (p.pos().startsWith("v") || lexicon.surnameLength(p.text()) == 0
                    || (p.pos().startsWith("ns") && p.text().length() >= 2 && isOrdinaryWord(p.text())))) {
                // a place the dictionary knows (江苏/行) opens no name; one it does not (华安/东) may
                break;
            }
            if (HARD_STOPS.contains(p.pos()) || lexicon.isTitle(p) || p.text().length() > 2
                    || !p.text().codePoints().allMatch(Lexicon::isHan) || p.pos().equals("nis") || p.pos().startsWith("nt")
                    || (p.text().length() == 2 && s.length() > 0 && !p.pos().startsWith("n"))) {
                break;
            }
            place |= p.pos().startsWith("ns");
            s.append(p.text());
            end++;
            String candidate = s.toString();
            if (candidate.length() >= 2 && lexicon.looksLikeChineseName(candidate) && endsName(toks, end)
                    && !isOrdinaryWord(candidate) && !(place && candidate.length() < 3)) {
                best = new Name(t.start(), toks.get(end - 1).end(), end - 1);
            }
        }
        return best;
    }

    /** The name ending at token j, written before a title (吴萍局长, 习近平总书记). */
    private Name nameBefore(List<Token> toks, String text, int j) {
        if (j < 0) {
            return null;
        }
        Token t = toks.get(j);
        if (t.text().contains("·") || (j > 0 && toks.get(j - 1).text().equals("·"))) {
            Name foreign = foreignAround(toks, text, j, true);
            if (foreign != null && foreign.lastToken == j) {
                return foreign;
            }
        }
        if (isTransliterated(t, t.text())) {
            return transliteration(toks, j);
        }
        if (t.pos().startsWith("nr") && lexicon.looksLikeChineseName(t.text())) {
            return repaired(toks, text, j);
        }
        int start = j;
        int length = 0;
        while (start >= 0 && length < 3) {
            Token p = toks.get(start);
            if (HARD_STOPS.contains(p.pos()) || lexicon.isTitle(p) || p.text().length() > 1
                    || p.pos().equals("nis") || p.pos().startsWith("ns") || p.pos().startsWith("v")) {
                break;
            }
            length += p.text().length();
            start--;
        }
        int first = start + 1;
        if (first > j) {
            return null;
        }
        int from = toks.get(first).start();
        String s = text.substring(from, t.end());
        boolean boundary = first == 0 || HARD_STOPS.contains(toks.get(first - 1).pos()) || lexicon.isTitle(toks.get(first - 1))
                || toks.get(first - 1).pos().equals("nis") || toks.get(first - 1).pos().startsWith("v");
        return boundary && s.length() >= 2 && lexicon.looksLikeChineseName(s) ? new Name(from, t.end(), j) : null;
    }

    /**
     * Whether what follows token index {@code k} can end a name: punctuation, a particle, a preposition, a verb,
     * any word of two or more characters, the end. A lone character of another kind (东, 萍) more likely
     * belongs to the name.
     */
    private boolean endsName(List<Token> toks, int k) {
        if (k >= toks.size()) {
            return true;
        }
        Token n = toks.get(k);
        String pos = n.pos();
        if (n.text().length() >= 2 || HARD_STOPS.contains(pos) || PERSON_VERBS.contains(n.text())) {
            return true;
        }
        return pos.startsWith("v") || pos.startsWith("d") || pos.startsWith("p") || pos.startsWith("c")
                || pos.startsWith("u") || pos.equals("q") || pos.equals("qt") || pos.equals("rr") || pos.equals("m");
    }

    /**
     * A transliterated name around token j, joined across the middle dot (奥利/弗/·/沃尔拉特): Han pieces on
     * both sides of a dot, at least one of them tagged as a (foreign) person name.
     */
    private Name foreignAround(List<Token> toks, String text, int j, boolean titled) {
        if (!titled && !toks.get(j).pos().equals("nrf")) {
            // pieces of the first part the segmenter split off before the tagged one (托/拉/尔夫)
            while (j > 0 && toks.get(j - 1).text().length() == 1 && isNamePiece(toks.get(j - 1))
                    && !HARD_STOPS.contains(toks.get(j - 1).pos())) {
                j--;
            }
        }
        Token t = toks.get(j);
        if (Lexicon.looksLikeForeignName(t.text())) {
            return new Name(t.start(), t.end(), j);
        }
        int dot = -1;
        for (int k = j; k < toks.size() && k <= j + 3; k++) {
            if (isDot(toks.get(k))) {
                dot = k;
                break;
            }
            if (!isNamePiece(toks.get(k))) {
                return null;
            }
        }
        if (dot < 0 || dot == j || dot + 1 >= toks.size()) {
            return null;
        }
        int last = dot;
        int right = 0;
        for (int k = dot + 1; k < toks.size() && right < 8; k++) {
            Token p = toks.get(k);
            if (isDot(p) && k + 1 < toks.size()) {
                last = k;
                continue;
            }
            if (!isNamePiece(p) || (right > 0 && p.text().length() >= 2 && !p.pos().startsWith("nr"))) {
                break;
            }
            right += p.text().length();
            last = k;
        }
        if (last == dot) {
            return null;
        }
        boolean tagged = titled;
        for (int k = j; k <= last; k++) {
            tagged |= toks.get(k).pos().startsWith("nr");
        }
        String s = text.substring(t.start(), toks.get(last).end());
        return tagged && Lexicon.looksLikeForeignName(s) ? new Name(t.start(), toks.get(last).end(), last) : null;
    }

    private static boolean isDot(Token t) {
        return t.text().equals("·") || t.text().equals("•");
    }

    private static boolean isNamePiece(Token t) {
        return t.text().codePoints().allMatch(Lexicon::isHan) && t.text().length() <= 8 && !t.pos().equals("nnt")
                && !t.pos().equals("nis");
    }

    /**
     * A name the segmenter recognized as transliterated (克林顿, 基里延科, 若斯潘): Han characters only, and no
     * ordinary word of the dictionary.
     */
    private static boolean isTransliterated(Token t, String s) {
        return t.pos().equals("nrf") && s.length() >= 2 && s.length() <= 10 && s.codePoints().allMatch(Lexicon::isHan)
                && !isOrdinaryWord(s);
    }

    /**
     * The transliterated name around token j, with the pieces the segmenter cut off it on either side
     * (普里/马科夫, 费尔南/德斯): adjacent short words made only of characters transliterations use.
     */
    private Name transliteration(List<Token> toks, int j) {
        int first = j;
        int last = j;
        int length = toks.get(j).text().length();
        while (first > 0 && length < 10 && isTransliterationPiece(toks.get(first - 1))
                && toks.get(first - 1).end() == toks.get(first).start()) {
            length += toks.get(--first).text().length();
        }
        while (last + 1 < toks.size() && length < 10 && isTransliterationPiece(toks.get(last + 1))
                && toks.get(last).end() == toks.get(last + 1).start()) {
            length += toks.get(++last).text().length();
        }
        return new Name(toks.get(first).start(), toks.get(last).end(), last);
    }

    /**
     * The name at the segmenter's person word i, with a character it cut off put back when the whole reads
     * more like a name: the surname before it (梅/方权 → 梅方权, 张/孝华 → 张孝华) or the last character of
     * the given name after it (陈伊/玲 → 陈伊玲, 果永/毅 → 果永毅).
     */
    private Name repaired(List<Token> toks, String text, int i) {
        Token t = toks.get(i);
        String w = t.text();
        if (i > 0 && w.length() <= 2) {
            Token before = toks.get(i - 1);
            String merged = before.text() + w;
            boolean cutOff = before.text().length() == 1 && before.end() == t.start() && !before.pos().startsWith("nr")
                    && !HARD_STOPS.contains(before.pos()) && !before.pos().startsWith("v") && lexicon.surnameLength(merged) == 1
                    && (i < 2 || startsAfter(toks.get(i - 2)));
            double whole = NameModel.likelihood(merged);
            if (cutOff && whole >= NameModel.PLAUSIBLE
                    && (lexicon.surnameLength(w) == 0 || whole > NameModel.likelihood(w))) {
                return new Name(before.start(), t.end(), i);
            }
        }
        if (i + 1 < toks.size() && w.length() == 2) {
            Token after = toks.get(i + 1);
            String merged = w + after.text();
            if (after.text().length() == 1 && after.start() == t.end() && !HARD_STOPS.contains(after.pos())
                    && !after.pos().startsWith("v") && !after.pos().startsWith("p") && !after.pos().startsWith("c")
                    && !after.pos().startsWith("u") && !after.pos().startsWith("q") && !after.pos().startsWith("m")
                    && NameModel.probability(after.text().charAt(0), NR.D) >= 0.5
                    && NameModel.likelihood(merged) >= NameModel.PLAUSIBLE && endsName(toks, i + 2)) {
                return new Name(t.start(), after.end(), i + 1);
            }
        }
        return new Name(t.start(), t.end(), i);
    }

    /** Every character one that transliterations use (阿斯利, 柯诺威): a foreign brand or name, not a Chinese name. */
    private static boolean readsAsTransliteration(String s) {
        return s.chars().allMatch(c -> TranslatedPersonDictionary.containsKey(String.valueOf((char) c)));
    }

    private boolean isTransliterationPiece(Token t) {
        String pos = t.pos();
        if (t.text().length() > 3 || HARD_STOPS.contains(pos) || pos.startsWith("v") || pos.startsWith("d") || pos.equals("b")
                || pos.startsWith("m") || pos.startsWith("q") || pos.startsWith("ns") || pos.startsWith("nt")
                || pos.equals("nis") || lexicon.isTitle(t) || (t.text().length() >= 2 && isOrdinaryWord(t.text()))) {
            return false;
        }
        return readsAsTransliteration(t.text());
    }

    /** Names joined by 、 to a name already found are persons too (市领导蒋敏、许峰). */
    private static boolean listNeighbourIsPerson(List<Token> toks, int first, int last, TreeMap<Integer, Found> found) {
        if (first >= 2 && toks.get(first - 1).text().equals("、")) {
            Found f = found.floorEntry(toks.get(first - 2).start()) == null ? null
                    : found.floorEntry(toks.get(first - 2).start()).getValue();
            if (f != null && f.person().end() == toks.get(first - 2).end()) {
                return true;
            }
        }
        return last + 2 < toks.size() && toks.get(last + 1).text().equals("、")
                && found.containsKey(toks.get(last + 2).start());
    }

    /**
     * The title phrase ending with the title word at token i: the words of the title and of its organization,
     * back to punctuation, a verb or a preposition; titles chained with 、 are one phrase
     * (市委常委、常务副市长). A named organization at its head is split off (上海外国语大学 | 党委书记).
     */
    private Title titleEndingAt(List<Token> toks, String text, int i) {
        int first = i;
        for (int k = i - 1; k >= 0; k--) {
            Token t = toks.get(k);
            if (text.substring(t.start(), toks.get(i).end()).length() > MAX_TITLE_CHARS
                    || t.end() != toks.get(k + 1).start()) {
                break; // a title is one run of words: 本报讯 | 市委书记
            }
            if (t.text().equals("、") && k > 0 && lexicon.isTitle(toks.get(k - 1))) {
                first = k - 1;
                k--;
                continue;
            }
            if (!isTitlePart(t)) {
                break;
            }
            first = k;
        }
        String phrase = text.substring(toks.get(first).start(), toks.get(i).end());
        if (hasChain(toks, first, i)) {
            return new Title(phrase, first, null, -1, -1);
        }
        // the organization is the phrase up to an institution word with a proper name in it
        boolean proper = false;
        for (int k = first; k < i; k++) {
            Token t = toks.get(k);
            proper |= isProper(t);
            if (proper && isInstitution(t) && !isProper(toks.get(k + 1)) && k + 1 <= i) {
                int orgStart = toks.get(first).start();
                int orgEnd = t.end();
                return new Title(text.substring(toks.get(k + 1).start(), toks.get(i).end()), first,
                        text.substring(orgStart, orgEnd), orgStart, orgEnd);
            }
        }
        return new Title(phrase, first, null, -1, -1);
    }

    private static boolean hasChain(List<Token> toks, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (toks.get(k).text().equals("、")) {
                return true;
            }
        }
        return false;
    }

    private boolean isTitlePart(Token t) {
        String pos = t.pos();
        if (pos.startsWith("nr") || HARD_STOPS.contains(pos) || t.text().length() > 8) {
            return false;
        }
        return pos.startsWith("n") || pos.equals("b") || pos.equals("a") || pos.equals("vn") || pos.equals("j")
                || pos.equals("gi") || pos.equals("m") || pos.equals("x") || pos.equals("f") && t.text().length() > 1
                || lexicon.isTitle(t);
    }

    private static boolean isProper(Token t) {
        String pos = t.pos();
        return pos.startsWith("ns") || pos.equals("nz") || pos.equals("nx") || pos.startsWith("nt") || pos.equals("nrf");
    }

    private static boolean isInstitution(Token t) {
        String pos = t.pos();
        if (pos.equals("nis") || pos.startsWith("nt")) {
            return true;
        }
        String w = t.text();
        return w.length() >= 2 && (w.endsWith("公司") || w.endsWith("集团") || w.endsWith("大学") || w.endsWith("中心")
                || "行局院部委厅办所司会社校馆团".indexOf(w.charAt(w.length() - 1)) >= 0);
    }

    /** An ordinary word of the core dictionary that is not a name (施策, 文旅). */
    private static boolean isOrdinaryWord(String s) {
        return Senses.isOrdinaryWord(s);
    }

    /** Whether [start, end) lies strictly inside a longer word of the segmentation (杜小刚 in 杜小刚同志 is not). */
    private static boolean insideLongerWord(List<Token> toks, int start, int end) {
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

    static List<EntityTag> people(List<Found> found) {
        List<EntityTag> out = new ArrayList<>();
        for (Found f : found) {
            out.add(f.person());
        }
        return out;
    }
}
