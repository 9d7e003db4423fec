package dev.newsflow.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;

import dev.newsflow.enrich.segment.HanLpSegmenter;
import dev.newsflow.enrich.segment.Segmenter;
import dev.newsflow.enrich.tag.EntityRecognizer;
import picocli.CommandLine.Command;

/** {@code newsflow segment}: stdin lines → the same lines with words separated by single spaces. */
@Command(name = "segment", mixinStandardHelpOptions = true,
        description = {"Reads lines on stdin and prints each with its words separated by single spaces.",
                "One output line per input line; the characters are unchanged (whitespace inside a line becomes a "
                        + "word break)."})
final class SegmentCommand implements Callable<Integer> {

    @Override
    public Integer call() throws IOException {
        Segmenter segmenter = new HanLpSegmenter();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                Stdio.OUT.println(String.join(" ", EntityRecognizer.wordsJoiningNames(segmenter.segment(line))));
            }
        }
        return 0;
    }
}
