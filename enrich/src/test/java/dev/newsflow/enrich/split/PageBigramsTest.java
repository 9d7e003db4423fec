package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageBigramsTest {

    @Test
    void sharedWordsMakeCohesionButSharedDatesAndFiguresDoNot() {
        String blast = "2月18日晚，老城区发生一起爆炸，造成3人死亡。";
        String airline = "2月18日，一家小型航空公司进入破产程序，3人失业。";
        String blastFollowUp = "爆炸发生后，老城区加强了安保。";
        PageBigrams page = new PageBigrams(List.of(blast, airline, blastFollowUp));
        assertThat(page.cohesion(Bigrams.of(blast), Bigrams.of(airline))).isZero();
        assertThat(page.cohesion(Bigrams.of(blast), Bigrams.of(blastFollowUp))).isPositive();
    }
}
