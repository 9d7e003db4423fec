package dev.newsflow.ingest.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import dev.newsflow.ingest.source.RejectedPageException.Reason;

/**
 * Turns the bytes of a page file into text: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030
 * (the Chinese national standard, a superset of GBK and GB2312); line ends normalized to LF. Files that
 * are empty, larger than the limit, binary, or valid in none of those encodings are rejected with a reason;
 * so is UTF-8 with damaged bytes, which GB18030 would often accept as mojibake.
 */
public final class PageDecoder {

    /** What a page's bytes decoded to and how. */
    public record Decoded(String text, String charset) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** More control characters than this share of the text means it is not a page of text. */
    private static final double MAX_CONTROL_SHARE = 0.01;
    /**
     * Bytes that are not UTF-8 but of which at least this share of the non-ASCII bytes form well-formed UTF-8
     * sequences are damaged UTF-8, not GB18030: in GB18030 Chinese text about 40 % do, by chance.
     */
    private static final double DAMAGED_UTF8_SHARE = 0.9;

    private final long maxBytes;

    public PageDecoder(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public Decoded decode(byte[] bytes) throws RejectedPageException {
        if (bytes.length == 0) {
            throw new RejectedPageException(Reason.EMPTY, "file is empty");
        }
        if (bytes.length > maxBytes) {
            throw new RejectedPageException(Reason.TOO_LARGE, "page of " + bytes.length
                    + " bytes is larger than the limit of " + maxBytes + " bytes (--max-page-bytes)");
        }
        Decoded decoded = decodeText(bytes);
        String text = normalizeLineEnds(decoded.text());
        checkTextual(text);
        if (text.isBlank()) {
            throw new RejectedPageException(Reason.EMPTY, "file holds only whitespace");
        }
        return new Decoded(text, decoded.charset());
    }

    private static Decoded decodeText(byte[] bytes) throws RejectedPageException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(StandardCharsets.UTF_8, bytes, 3, "UTF-8 (after its BOM)"), "UTF-8+BOM");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(StandardCharsets.UTF_16LE, bytes, 2, "UTF-16LE"), "UTF-16LE+BOM");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(StandardCharsets.UTF_16BE, bytes, 2, "UTF-16BE"), "UTF-16BE+BOM");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new RejectedPageException(Reason.BINARY, "file contains NUL bytes: binary, not text");
            }
        }
        try {
            return new Decoded(decodeOrThrow(StandardCharsets.UTF_8, bytes, 0), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            if (utf8Share(bytes) >= DAMAGED_UTF8_SHARE) {
                throw new RejectedPageException(Reason.INVALID_ENCODING,
                        "text is UTF-8 with damaged bytes (invalid byte "
                        + firstInvalid(StandardCharsets.UTF_8, bytes) + "), not GB18030");
            }
            try {
                return new Decoded(decodeOrThrow(GB18030, bytes, 0), "GB18030");
            } catch (CharacterCodingException notGb) {
                throw new RejectedPageException(Reason.INVALID_ENCODING, "text is neither valid UTF-8 (invalid byte "
                        + firstInvalid(StandardCharsets.UTF_8, bytes) + ") nor valid GB18030 (invalid byte "
                        + firstInvalid(GB18030, bytes) + ")");
            }
        }
    }

    private static String strict(Charset charset, byte[] bytes, int offset, String what) throws RejectedPageException {
        try {
            return decodeOrThrow(charset, bytes, offset);
        } catch (CharacterCodingException e) {
            throw new RejectedPageException(Reason.INVALID_ENCODING, "text is not valid " + what
                    + " (invalid byte at offset " + firstInvalid(charset, bytes) + ")");
        }
    }

    private static String decodeOrThrow(Charset charset, byte[] bytes, int offset) throws CharacterCodingException {
        return newDecoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
    }

    private static CharsetDecoder newDecoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The share of non-ASCII bytes that are part of well-formed UTF-8 sequences; 0 when there are none. */
    static double utf8Share(byte[] bytes) {
        long nonAscii = 0;
        long wellFormed = 0;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                i++;
                continue;
            }
            int length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
            boolean ok = length > 0 && i + length <= bytes.length;
            for (int k = 1; ok && k < length; k++) {
                ok = (bytes[i + k] & 0xC0) == 0x80;
            }
            int step = ok ? length : 1;
            nonAscii += step;
            wellFormed += ok ? length : 0;
            i += step;
        }
        return nonAscii == 0 ? 0 : (double) wellFormed / nonAscii;
    }

    /** Offset of the first byte the charset cannot decode, for the error message. */
    private static String firstInvalid(Charset charset, byte[] bytes) {
        CharsetDecoder decoder = newDecoder(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? "at offset " + in.position() : "none";
    }

    private static void checkTextual(String text) throws RejectedPageException {
        long control = text.chars()
                .filter(c -> Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t' && c != '\f')
                .count();
        if (control > Math.max(2, text.length() * MAX_CONTROL_SHARE)) {
            throw new RejectedPageException(Reason.BINARY, "text holds " + control
                    + " control characters: binary, not a page of text");
        }
    }

    /** CRLF and lone CR become LF; a BOM character left inside is dropped. */
    static String normalizeLineEnds(String text) {
        String s = text.indexOf('\r') >= 0 ? text.replace("\r\n", "\n").replace('\r', '\n') : text;
        return s.indexOf('\uFEFF') >= 0 ? s.replace("\uFEFF", "") : s;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
