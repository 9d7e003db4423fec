package dev.newsflow.enrich.tag;

import java.util.List;
import java.util.Set;

import dev.newsflow.enrich.segment.Token;

/**
 * What around a name shows it is a person's, each a fact of news writing: a verb of speech or action after it
 * (唐力说), a list with a person already found (市领导蒋敏、许峰), the segmenter's dictionary knowing it as a person
 * only, or, with none of these, a name that reads as nothing but a name (李明, not 施策 or 文旅) and stands apart
 * from the words around it. Pure apart from the lexicon and the dictionaries.
 */
final class PersonEvidence {

    /** Words after a name that show it is a person acting or speaking. */
    private static final Set<String> PERSON_VERBS = Set.of(
            "说", "表示", "指出", "强调", "认为", "介绍", "透露", "坦言", "告诉", "称", "说道", "提出", "要求", "希望",
            "主持", "出席", "会见", "会晤", "率", "率领", "带领", "带队", "参加", "调研", "考察", "来到", "回忆", "感慨",
            "谈到", "补充", "解释", "建议", "呼吁", "宣布", "致辞", "讲话", "看望", "慰问", "签署", "坦承", "笑称", "直言",
            "同志", "先生", "女士", "教授", "一行");
    /** Words that close a list of things rather than people: 阿斯利康和柯诺威等企业. */
    private static final Set<String> THINGS = Set.of("企业", "公司", "单位", "机构", "品牌", "项目", "产品", "地区", "城市",
            "国家", "部门", "行业", "领域", "时期", "阶段", "方面");
    /** How far after a name a list's closing 等 is looked for. */
    private static final int LIST_END_WINDOW = 8;
    /** A name alone has two or three characters. */
    private static final int MAX_NAME_ALONE = 3;

    private final Lexicon lexicon;
    private final NameReader names;

    PersonEvidence(Lexicon lexicon, NameReader names) {
        this.lexicon = lexicon;
        this.names = names;
    }

    static boolean isPersonVerb(String word) {
        return PERSON_VERBS.contains(word);
    }

    /**
     * Whether the name the segmenter tagged at token i (read as {@code name}) is a person's: a verb after it, a list
     * with a person, a public figure the dictionary knows, or a name that reads as one alone.
     */
    boolean supports(PersonMentions found, List<Token> toks, String text, int i, NameSpan name) {
        String s = name.of(text);
        return verbAfter(toks, text, name.end(), name.lastToken() + 1)
                || listNeighbourIsPerson(toks, i, name.lastToken(), found)
                || isKnownPerson(s) || readsAsNameAlone(toks, text, name);
    }

    /** 杜小/刚强/调: the segmenter glued a two-character name's last character to the verb after it. */
    NameSpan withCharacterTakenFromVerb(List<Token> toks, String text, NameSpan name) {
        if (name.end() - name.start() == 2 && verbAfter(toks, text, name.end() + 1, name.lastToken() + 1)
                && lexicon.looksLikeChineseName(text.substring(name.start(), name.end() + 1))) {
            return new NameSpan(name.start(), name.end() + 1, name.lastToken() + 1);
        }
        return name;
    }

    /** A verb of speech or action starts at {@code at} (the next token, or the raw text after a mis-cut name). */
    static boolean verbAfter(List<Token> toks, String text, int at, int nextToken) {
        if (nextToken < toks.size() && toks.get(nextToken).start() == at
                && PERSON_VERBS.contains(toks.get(nextToken).text())) {
            return true;
        }
        for (String v : PERSON_VERBS) {
            if (v.length() >= 2 && text.startsWith(v, at)) {
                return true;
            }
        }
        return false;
    }

    /** No evidence around it, but the name reads as a name alone, stands apart and is listed with no things. */
    private boolean readsAsNameAlone(List<Token> toks, String text, NameSpan name) {
        int first = firstToken(toks, name.start());
        return isPlausibleAlone(name.of(text), text, name.start(), name.end())
                && standsApart(toks, first, name.lastToken())
                && !listedWithThings(toks, first, name.lastToken());
    }

    /**
     * A recognized name with no evidence around it is kept only when nothing in it reads as ordinary words:
     * a frequent surname, and neither the whole, nor its first two characters, nor its given name is a word
     * of the core dictionary, and its edges make no word with the characters around it (高成长, 江南盛,
     * 位于梁溪, 施策 are not names; 李明 is).
     */
    boolean isPlausibleAlone(String s, String text, int start, int end) {
        if (lexicon.surnameLength(s) != 1 || s.length() < 2 || s.length() > MAX_NAME_ALONE
                || Senses.isOrdinaryWord(s)) {
            return false;
        }
        if (!readsClearlyAsName(s)) {
            return false;
        }
        if (s.length() == MAX_NAME_ALONE
                && (Senses.isOrdinaryWord(s.substring(0, 2)) || NameReader.readsAsTransliteration(s))) {
            return false;
        }
        // nor do its edges make words with the characters around it (位|于梁溪, 苏锡常|州)
        boolean wordBefore = start > 0 && Senses.isOrdinaryWord(text.substring(start - 1, start + 1));
        boolean wordAfter = end < text.length() && Senses.isOrdinaryWord(text.substring(end - 1, end + 1));
        return !wordBefore && !wordAfter;
    }

    /**
     * A one-character given name is nearly always a word of its own too, so there the name must read as a name the
     * more clearly (尹莉 0.70, 卢亮 0.73; 文旅 0.10) on a character common in given names.
     */
    private static boolean readsClearlyAsName(String s) {
        double likelihood = NameModel.likelihood(s);
        return s.length() == 2
                ? likelihood >= NameModel.CLEAR && NameModel.givenNameUses(s.charAt(1)) >= NameModel.COMMON_IN_NAMES
                : likelihood >= NameModel.PLAUSIBLE && !Senses.isOrdinaryWord(s.substring(1));
    }

    /**
     * The name stands as a word of its own: neither the token before nor the one after is a lone character
     * that would rather belong to it (因|时因地, 盛合晶|微), as in 因时因地 or 盛合晶微.
     */
    private boolean standsApart(List<Token> toks, int first, int last) {
        return names.endsName(toks, last + 1) && (first == 0 || PosTags.startsAfter(toks.get(first - 1)));
    }

    /**
     * Coordinated with a common noun (多发期、易发期), or in a list closed by 等 and a word for things
     * (A、B和C等企业): list members share their kind, and these are not people.
     */
    private static boolean listedWithThings(List<Token> toks, int first, int last) {
        if (first >= 2 && PosTags.isCoordinator(toks.get(first - 1)) && isCommonNoun(toks.get(first - 2))) {
            return true;
        }
        if (last + 2 < toks.size() && PosTags.isCoordinator(toks.get(last + 1)) && isCommonNoun(toks.get(last + 2))) {
            return true;
        }
        for (int k = last + 1; k < Math.min(toks.size() - 1, last + LIST_END_WINDOW); k++) {
            Token t = toks.get(k);
            if (t.text().equals("等") || t.text().equals("等等")) {
                return THINGS.contains(toks.get(k + 1).text());
            }
            if (PosTags.isHardStop(t) && !PosTags.isCoordinator(t)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isCommonNoun(Token t) {
        return t.text().length() >= 2 && (t.pos().equals("n") || t.pos().equals("vn"))
                && Senses.isOrdinaryWord(t.text());
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

    /** Names joined by 、 to a name already found are persons too (市领导蒋敏、许峰). */
    private static boolean listNeighbourIsPerson(List<Token> toks, int first, int last, PersonMentions found) {
        if (first >= 2 && toks.get(first - 1).text().equals("、") && found.endsWith(toks.get(first - 2))) {
            return true;
        }
        return last + 2 < toks.size() && toks.get(last + 1).text().equals("、")
                && found.startsAt(toks.get(last + 2).start());
    }
}
