package dev.newsflow.bench.measure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class BenchReportTest {

    @Test
    void jvmOptionsNameTheFilesTheyPointToByTheirNameAlone() {
        assertThat(BenchReport.Machine.jvmOptions(List.of("-Xlog:all=warning:stderr", "-Xmx1g",
                "-XX:SharedArchiveFile=/home/someone/newsflow/app/target/cds/newsflow-123.jsa",
                        "-XX:+UseTransparentHugePages")))
                .isEqualTo("-Xlog:all=warning:stderr -Xmx1g -XX:SharedArchiveFile=…/newsflow-123.jsa "
                + "-XX:+UseTransparentHugePages");
    }
}
