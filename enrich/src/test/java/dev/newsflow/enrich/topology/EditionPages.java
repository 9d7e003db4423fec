package dev.newsflow.enrich.topology;

import java.time.Instant;
import java.util.Map;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import dev.newsflow.schemas.RawPage;
import dev.newsflow.topics.EditionKey;
import dev.newsflow.topics.Topics;

/** Raw pages for tests: two pages of one edition whose articles continue from the first onto the second. */
final class EditionPages {

    static final String PAPER = "测试日报";
    static final String DATE = "2024-06-07";

    /** Two articles, each continued on page 2 (（下转第2版）). */
    static final String FRONT_PAGE = String.join("\n",
            "本报讯 昨天，市政府召开全市安全生产",
            "工作会议，部署今冬明春安全生产工作。",
            "会议要求，各地要压紧压实责任。（下转第2版）",
            "",
            "全市安全生产工作会议召开",
            "",
            "本报讯 近日，我市启动冬季文化惠民",
            "活动，推出演出展览等活动三百余场。",
            "各区将陆续开展特色活动。（下转第2版）",
            "",
            "冬季文化惠民活动启动");
    /** The ends of both articles of the front page (（上接第1版）). */
    static final String SECOND_PAGE = String.join("\n",
            "（上接第1版）冬季文化惠民活动还将走进乡村，",
            "送戏下乡五十场。 （李华）",
            "",
            "（上接第1版）安全生产工作会议强调，要加强",
            "隐患排查整治，确保安全形势稳定。 （王明）");

    private EditionPages() {
    }

    static RawPage page(String id, String text) {
        return page(id, PAPER, DATE, 1, text);
    }

    static RawPage page(String id, String paper, String date, int number, String text) {
        return RawPage.newBuilder().setId(id).setPaper(paper).setEditionDate(date).setPageNumber(number)
                .setFileName(id + ".txt").setCharset("UTF-8").setSha256(id + "0".repeat(48)).setSizeBytes(text.length())
                .setText(text).setIngestTime(Instant.parse("2024-06-07T00:00:00Z")).build();
    }

    /** Publishes the pages to raw-pages, keyed by edition as ingest keys them, and waits for the broker's acks. */
    static void send(Map<String, Object> client, Topics topics, RawPage... pages) throws Exception {
        try (var producer = new KafkaProducer<>(client, new StringSerializer(), new ByteArraySerializer())) {
            for (RawPage page : pages) {
                producer.send(new ProducerRecord<>(topics.rawPages().name(),
                        EditionKey.of(page.getPaper(), page.getEditionDate(), page.getId()),
                        topics.rawPages().valueSerializer().serialize(topics.rawPages().name(), page))).get();
            }
        }
    }
}
