package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.newsflow.enrich.split.PageSplitter;
import picocli.CommandLine;

/** {@code newsflow split} in process: what it prints when the splitter fails on one of the pages. */
class SplitCommandTest {

    @TempDir
    Path dir;

    @Test
    void aPageTheSplitterFailsOnIsNamedAndThePagesAfterItAreStillSplit() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "市图书馆夜间开放\n\n　　本报讯 市图书馆本周起每周五延长开放时间。\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("b.txt"), "春季花市开张\n\n　　本报讯 城东花市本周六开张，新增摊位四十个。\n",
                StandardCharsets.UTF_8);
        SplitCommand command = new SplitCommand();
        new CommandLine(command).parseArgs(dir.toString());
        PageSplitter splitter = new PageSplitter();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int exit = command.run(text -> {
            if (text.contains("图书馆")) {
                throw new IllegalStateException("a fault of the splitter");
            }
            return splitter.split(text);
        }, out, new PrintStream(err, true, StandardCharsets.UTF_8));

        String stdout = out.toString(StandardCharsets.UTF_8);
        String stderr = err.toString(StandardCharsets.UTF_8);
        assertThat(exit).isEqualTo(1);
        assertThat(stdout.strip().lines()).singleElement().asString().contains("春季花市开张", "b.txt");
        assertThat(stderr).contains("cannot split " + dir.resolve("a.txt"), "a fault of the splitter",
                "split 2 pages into 1 articles; 0 doubtful, 0 refused, 1 failed");
    }
}
