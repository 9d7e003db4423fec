package dev.newsflow.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import dev.newsflow.enrich.segment.HanLpSegmenter;
import dev.newsflow.enrich.segment.Segmentation;
import dev.newsflow.enrich.segment.Segmenter;
import dev.newsflow.enrich.tag.AmountTag;
import dev.newsflow.enrich.tag.DateTag;
import dev.newsflow.enrich.tag.EntityTag;
import dev.newsflow.enrich.tag.Tagger;
import dev.newsflow.enrich.tag.Tags;
import dev.newsflow.json.PlainJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsflow tag}: stdin lines → one JSON object per line with entities, dates and amounts. */
@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Reads lines on stdin and prints one JSON object per line:",
                "{\"entities\":[{\"text\",\"type\",\"start\",\"end\",\"title\"}],\"dates\":[…],\"amounts\":[…]}",
                "Offsets count characters (Unicode code points) of that line."})
final class TagCommand implements Callable<Integer> {

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Date to resolve relative dates against (default: today).")
    LocalDate date;

    @Override
    public Integer call() throws IOException {
        Segmenter segmenter = new HanLpSegmenter();
        Tagger tagger = new Tagger();
        LocalDate edition = date != null ? date : LocalDate.now();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                Segmentation seg = segmenter.segment(line);
                Tags tags = tagger.tag(seg, edition, List.of());
                Stdio.OUT.println(PlainJson.mapper().writeValueAsString(toJson(line, tags)));
            }
        }
        return 0;
    }

    static Map<String, Object> toJson(String line, Tags tags) {
        Map<String, Object> out = new LinkedHashMap<>();
        List<Object> entities = new ArrayList<>();
        for (EntityTag e : tags.entities()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", e.text());
            m.put("type", e.type().name());
            m.put("start", cp(line, e.start()));
            m.put("end", cp(line, e.end()));
            m.put("title", e.title());
            if (e.organization() != null) {
                m.put("organization", e.organization());
            }
            entities.add(m);
        }
        List<Object> dates = new ArrayList<>();
        for (DateTag d : tags.dates()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", d.text());
            m.put("start", cp(line, d.start()));
            m.put("end", cp(line, d.end()));
            m.put("value", d.value());
            m.put("end_value", d.endValue());
            m.put("precision", d.precision());
            dates.add(m);
        }
        List<Object> amounts = new ArrayList<>();
        for (AmountTag a : tags.amounts()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", a.text());
            m.put("start", cp(line, a.start()));
            m.put("end", cp(line, a.end()));
            m.put("kind", a.kind());
            m.put("value", a.value());
            m.put("exact_value", a.exactValue());
            m.put("unit", a.unit());
            m.put("currency", a.currency());
            amounts.add(m);
        }
        out.put("entities", entities);
        out.put("dates", dates);
        out.put("amounts", amounts);
        return out;
    }

    private static int cp(String line, int index) {
        return line.codePointCount(0, index);
    }
}
