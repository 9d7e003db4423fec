package dev.newsflow.enrich.split;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Marks that open or close an article: 本报讯, agency datelines, （上接第N版）, （下转第N版）. */
final class Markers {

    /** Openers of a report: the paper's own (本报讯) or an agency's dateline. */
    private static final Pattern START = Pattern.compile(
            "^(本报讯|本报消息|本报综合消息|本报综合|据新华社|新华社[^，。,]{0,16}电|中新社[^，。,]{0,16}电|中新网[^，。,]{0,16}电"
                    + "|人民网[^，。,]{0,16}电|央视网消息|据央视新闻)");
    private static final String NUMBER = "([0-9０-９一二三四五六七八九十]{1,3})";
    private static final Pattern CONTINUED_FROM = Pattern.compile("^[（(]\\s*(?:上接|紧接|接)第?\\s*" + NUMBER + "\\s*版\\s*[）)]");
    private static final Pattern CONTINUED_TO = Pattern.compile("[（(]\\s*(?:下转|转)第?\\s*" + NUMBER + "\\s*版\\s*[）)]\\s*$");

    private Markers() {
    }

    static boolean startsReport(String line) {
        return START.matcher(line.strip()).lookingAt();
    }

    /** Opens an article: a report opener or a continuation from another page. */
    static boolean opensArticle(String line) {
        return startsReport(line) || continuedFrom(line) != null;
    }

    /** N of a leading （上接第N版）, else null. */
    static Integer continuedFrom(String line) {
        String s = line.strip();
        // the pattern needs an opening bracket first: most lines are ruled out without it
        if (s.isEmpty() || (s.charAt(0) != '（' && s.charAt(0) != '(')) {
            return null;
        }
        Matcher m = CONTINUED_FROM.matcher(s);
        return m.lookingAt() ? number(m.group(1)) : null;
    }

    /** N of a trailing （下转第N版）, else null. */
    static Integer continuedTo(String line) {
        String s = line.strip();
        if (!Bylines.endsWithClosingBracket(s)) {
            return null;
        }
        Matcher m = CONTINUED_TO.matcher(s);
        return m.find() ? number(m.group(1)) : null;
    }

    static String stripContinuedTo(String line) {
        return CONTINUED_TO.matcher(line.strip()).replaceFirst("").strip();
    }

    /** The body text without its opener, for comparing it with headlines. */
    static String withoutOpeners(String text) {
        String s = CONTINUED_FROM.matcher(text.strip()).replaceFirst("").strip();
        return START.matcher(s).replaceFirst("").strip();
    }

    static int number(String digits) {
        String s = digits.strip();
        if (s.chars().allMatch(c -> Character.isDigit(c))) {
            return Integer.parseInt(s.chars().map(c -> Character.getNumericValue(c))
                    .collect(StringBuilder::new, StringBuilder::append, StringBuilder::append).toString());
        }
        return chineseNumber(s);
    }

    /** 一 to 九十九. */
    static int chineseNumber(String s) {
        String digits = "零一二三四五六七八九";
        int ten = s.indexOf('十');
        if (ten < 0) {
            return digits.indexOf(s.charAt(0));
        }
        int tens = ten == 0 ? 1 : digits.indexOf(s.charAt(0));
        int ones = ten == s.length() - 1 ? 0 : digits.indexOf(s.charAt(ten + 1));
        return tens * 10 + ones;
    }
}
