package dev.newsflow.enrich.tag;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sums of money, percentages and measured quantities in Chinese text and normalizes them: the scale words
 * 万, 亿, 千万… are applied, in decimal arithmetic so that the value is exactly what was printed (7052.8亿元 →
 * 705280000000 元, not the nearest binary double of 7052.8 × 10⁸), currencies get their ISO 4217 code
 * (美元 → USD), 百分之三十 and 82.5% are percentages. Only numbers with a known unit count: bare numbers, years
 * (2024年), ordinals (第3) and dates are not amounts. Pure.
 */
public final class AmountNormalizer {

    /** Currency words, longest first, with their ISO codes. */
    private static final Map<String, String> CURRENCIES = ordered(
            "元人民币", "CNY", "人民币", "CNY", "美元", "USD", "欧元", "EUR", "日元", "JPY", "英镑", "GBP",
            "港元", "HKD", "港币", "HKD", "澳元", "AUD", "韩元", "KRW", "卢布", "RUB", "加元", "CAD",
            "新台币", "TWD", "瑞士法郎", "CHF", "新加坡元", "SGD", "元", "CNY");
    /** Units of measure that make a number a quantity; longest first. Counters like 个 need Arabic digits. */
    private static final List<String> UNITS = List.of(
            "平方公里", "平方千米", "平方米", "立方米", "千瓦时", "万千瓦", "标准箱", "人次", "架次", "公里", "千米", "公顷",
            "千克", "公斤", "千瓦", "兆瓦", "吉瓦", "GWh", "MWh", "kWh", "GW", "MW", "kW", "TEU",
            "吨", "亩", "米", "克", "升", "倍", "家", "个", "项", "辆", "台", "件", "套", "户", "座", "所", "艘",
            "名", "位", "人", "条", "部", "场", "次", "株", "头", "只", "份", "册", "本", "篇", "款", "批", "栋");
    /** Scale words and the power of ten each multiplies by. */
    private static final Map<String, Integer> SCALES = ordered(
            "万亿", 12, "千亿", 11, "百亿", 10, "千万", 7, "百万", 6, "亿", 8, "万", 4, "千", 3, "百", 2);
    /** 万千瓦 (ten thousand kilowatts) is a scale inside a unit: the amount is in 千瓦. */
    private static final int TEN_THOUSAND = 4;

    private static final String ARABIC = "[0-9０-９]+(?:,[0-9]{3})*(?:[.．][0-9０-９]+)?";
    private static final String CHINESE = "[" + ChineseNumbers.NUMERAL_CHARS + "]+";
    private static final String NUMBER_STARTS = "0123456789０１２３４５６７８９" + ChineseNumbers.NUMERAL_CHARS;
    private static final Pattern AMOUNT = Pattern.compile(
            // a number starts here, and does not go on from before
            "(?=[" + NUMBER_STARTS + "])(?<![0-9０-９.．第])(?<num>" + ARABIC + "|" + CHINESE + ")"
                    + "(?<approx1>多|余)?(?<scale>万亿|千亿|百亿|千万|百万|亿|万|千(?!瓦|米|克)|百(?!分))?(?<approx2>多|余)?"
                    + "(?<unit>%|％|‰|个百分点|百分点|" + String.join("|", CURRENCIES.keySet()) + "|"
                    + String.join("|", UNITS) + ")");
    /** Only where a number starts is an amount tried: most positions are ruled out by a bit. */
    private static final StartChars AMOUNT_STARTS = new StartChars(NUMBER_STARTS);
    private static final Pattern PERCENT_WORDS = Pattern.compile("百分之(?<num>" + ARABIC + "|" + CHINESE + ")");

    private AmountNormalizer() {
    }

    /** @return the amounts in order of position */
    public static List<AmountTag> find(String text) {
        List<AmountTag> out = new ArrayList<>();
        Matcher m = StartChars.matcher(AMOUNT, text);
        for (int from = 0; AMOUNT_STARTS.find(m, text, from); from = m.end()) {
            AmountTag tag = amount(m);
            if (tag != null) {
                out.add(tag);
            }
        }
        Matcher p = PERCENT_WORDS.matcher(text);
        while (p.find()) {
            BigDecimal v = ChineseNumbers.exact(p.group("num"));
            if (v != null) {
                out.add(new AmountTag(p.group(), p.start(), p.end(), "percent", canonical(v), "%", null));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static AmountTag amount(Matcher m) {
        String num = m.group("num");
        String scaleWord = m.group("scale");
        String unit = m.group("unit");
        String currency = CURRENCIES.get(unit);
        boolean percent = isPercent(unit);
        if (isCountingWord(num, scaleWord, currency != null || percent)) {
            return null;
        }
        BigDecimal v = ChineseNumbers.exact(num);
        if (v == null) {
            return null;
        }
        if (scaleWord != null) {
            v = v.movePointRight(SCALES.get(scaleWord));
        }
        if (unit.equals("万千瓦")) {
            v = v.movePointRight(TEN_THOUSAND);
            unit = "千瓦";
        }
        String kind = currency != null ? "money" : percent ? "percent" : "quantity";
        // a percentage is a number of percent: the scale word belongs to the unit phrase only for money/quantities
        return new AmountTag(m.group(), m.start(), m.end(), kind, canonical(v), normalizedUnit(unit), currency);
    }

    private static boolean isPercent(String unit) {
        return unit.equals("%") || unit.equals("％") || unit.equals("‰") || unit.endsWith("百分点");
    }

    /**
     * A number in Chinese numerals with neither a currency, a percent nor a scale word (一个, 三家, 十) counts things
     * in running text: it is no measured amount.
     */
    private static boolean isCountingWord(String num, String scaleWord, boolean moneyOrPercent) {
        boolean chinese = !Character.isDigit(ChineseNumbers.toAsciiDigits(num.substring(0, 1)).charAt(0));
        if (!chinese || scaleWord != null) {
            return false;
        }
        return !moneyOrPercent || (num.length() == 1 && num.charAt(0) == '十');
    }

    /**
     * One spelling per number: 82.50 and 82.5 are the same percentage, 1.20亿 and 1.2亿 the same sum; no fraction
     * digits for a whole number (scale 0, not 2.06632E+11).
     */
    private static BigDecimal canonical(BigDecimal v) {
        BigDecimal stripped = v.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String normalizedUnit(String unit) {
        return switch (unit) {
            case "％" -> "%";
            case "个百分点" -> "百分点";
            case "元人民币", "人民币" -> "元";
            default -> unit;
        };
    }

    @SuppressWarnings("unchecked")
    private static <V> Map<String, V> ordered(Object... pairs) {
        Map<String, V> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (V) pairs[i + 1]);
        }
        return map;
    }
}
