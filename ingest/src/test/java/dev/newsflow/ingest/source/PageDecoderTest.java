package dev.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.newsflow.ingest.source.RejectedPageException.Reason;
import dev.newsflow.testkit.Seeds;

class PageDecoderTest {

    private final PageDecoder decoder = new PageDecoder(1024 * 1024);
    private static final String PAGE = "本报讯 2月14日，市长赵建军主持召开\n市政府常务会议。（陈菁菁）\n";

    @Test
    void decodesUtf8() throws Exception {
        var d = decoder.decode(PAGE.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(PAGE);
        assertThat(d.charset()).isEqualTo("UTF-8");
    }

    @Test
    void dropsUtf8ByteOrderMarkAndNormalizesCrlf() throws Exception {
        byte[] body = PAGE.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);
        var d = decoder.decode(bytes);
        assertThat(d.text()).isEqualTo(PAGE);
        assertThat(d.charset()).isEqualTo("UTF-8+BOM");
    }

    @Test
    void fallsBackToGb18030WhenTheBytesAreNoUtf8() throws Exception {
        var d = decoder.decode(PAGE.getBytes(Charset.forName("GB18030")));
        assertThat(d.text()).isEqualTo(PAGE);
        assertThat(d.charset()).isEqualTo("GB18030");
    }

    @Test
    void readsEverySeedPageWrittenInGb18030AsGb18030() throws Exception {
        for (var page : Seeds.pages()) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            var d = decoder.decode(text.getBytes(Charset.forName("GB18030")));
            assertThat(d.charset()).as(page.getFileName().toString()).isEqualTo("GB18030");
            assertThat(d.text()).isEqualTo(PageDecoder.normalizeLineEnds(text));
        }
    }

    @Test
    void readsUtf16WithByteOrderMark() throws Exception {
        byte[] body = PAGE.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        assertThat(decoder.decode(bytes).text()).isEqualTo(PAGE);
    }

    @Test
    void rejectsEmptyWhitespaceBinaryAndOversizeFilesWithAReason() {
        assertThatThrownBy(() -> decoder.decode(new byte[0])).isInstanceOf(RejectedPageException.class)
                .satisfies(e -> assertThat(((RejectedPageException) e).reason()).isEqualTo(Reason.EMPTY));
        assertThatThrownBy(() -> decoder.decode(" \n\n\t ".getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(((RejectedPageException) e).reason()).isEqualTo(Reason.EMPTY));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> decoder.decode(png))
                .satisfies(e -> assertThat(((RejectedPageException) e).reason()).isEqualTo(Reason.BINARY));
        assertThatThrownBy(() -> new PageDecoder(10).decode(PAGE.getBytes(StandardCharsets.UTF_8)))
                .satisfies(e -> assertThat(((RejectedPageException) e).reason()).isEqualTo(Reason.TOO_LARGE))
                .hasMessageContaining("larger than the limit of 10 bytes");
    }

    @Test
    void rejectsBytesValidInNoSupportedEncoding() {
        byte[] bytes = {(byte) 0xE5, (byte) 0xB8, (byte) 0x82, (byte) 0xFF, (byte) 0xFF, 0x41};
        assertThatThrownBy(() -> decoder.decode(bytes))
                .satisfies(e -> assertThat(((RejectedPageException) e).reason()).isEqualTo(Reason.INVALID_ENCODING))
                .hasMessageContaining("neither valid UTF-8");
    }

    @Test
    void rejectsDamagedUtf8EvenWhereGb18030WouldReadItAsMojibake() throws Exception {
        byte[] utf8 = "我市举行二季度重大项目观摩".getBytes(StandardCharsets.UTF_8);
        // its last byte lost: no longer UTF-8, but 19 well-formed GB18030 characters of nonsense (鎴戝競涓捐…)
        byte[] cut = Arrays.copyOf(utf8, utf8.length - 1);
        assertThat(Charset.forName("GB18030").newDecoder().decode(ByteBuffer.wrap(cut)).toString())
                .as("GB18030 alone would accept it").isNotEmpty();
        assertThatThrownBy(() -> decoder.decode(cut))
                .satisfies(e -> assertThat(((RejectedPageException) e).reason()).isEqualTo(Reason.INVALID_ENCODING))
                .hasMessageContaining("UTF-8 with damaged bytes (invalid byte at offset 36)");
    }

    @Test
    void rejectsTextFullOfControlCharacters() {
        byte[] bytes = "abc\u0001\u0002\u0003\u0004\u0005def".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> decoder.decode(bytes))
                .satisfies(e -> assertThat(((RejectedPageException) e).reason()).isEqualTo(Reason.BINARY));
    }
}
