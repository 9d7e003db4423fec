package dev.newsflow.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class StartCharsTest {

    /** A lookbehind before the start and an empty match possible, as the date pattern has. */
    private static final Pattern NUMBER_WORD = Pattern.compile("(?<![0-9第])(?<n>[0-9一二三]+)?(?:月|日)?");
    private static final StartChars NUMBER_STARTS = new StartChars("0123456789一二三");

    private static List<String> byFind(Pattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            out.add(m.start() + ":" + m.group());
            from = m.end() > m.start() ? m.end() : m.start() + 1;
        }
        return out;
    }

    private static List<String> byStarts(Pattern p, StartChars starts, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = StartChars.matcher(p, text);
        int from = 0;
        while (from < text.length() && starts.find(m, text, from)) {
            out.add(m.start() + ":" + m.group());
            from = m.end() > m.start() ? m.end() : m.start() + 1;
        }
        return out;
    }

    @Test
    void findsWhatFindFindsWhenEveryMatchStartsWithOneOfTheChars() {
        Pattern startsWithNumber = Pattern.compile("(?=[0-9一二三])" + NUMBER_WORD.pattern());
        Random random = new Random(7);
        String alphabet = "0123456789一二三月日第年的，";
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String text = sb.toString();
            assertThat(byStarts(startsWithNumber, NUMBER_STARTS, text)).as(text)
                    .isEqualTo(byFind(startsWithNumber, text));
        }
    }

    @Test
    void theLookbehindSeesTheTextBeforeTheCandidate() {
        Pattern p = Pattern.compile("(?<!第)[0-9]+版");
        StartChars digits = new StartChars("0123456789");
        // 第3版 is ruled out by the character before the candidate 3, which lies outside the region tried
        assertThat(byStarts(p, digits, "第3版和12版")).containsExactly("4:12版");
    }

    @Test
    void findsNothingWithoutAStartChar() {
        assertThat(byStarts(Pattern.compile("[0-9]+"), NUMBER_STARTS, "市委书记")).isEmpty();
    }
}
