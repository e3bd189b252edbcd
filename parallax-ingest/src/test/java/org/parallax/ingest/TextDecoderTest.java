package org.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

    private static final String SENTENCE = "“It is high time now for that meeting of the presidents to take place,” Yermak said in Kyiv.";

    @Test
    void decodesUtf8() throws Exception {
        assertThat(TextDecoder.decode(SENTENCE.getBytes(StandardCharsets.UTF_8))).isEqualTo(SENTENCE);
    }

    @Test
    void dropsAUtf8ByteOrderMark() throws Exception {
        byte[] body = SENTENCE.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xef;
        withBom[1] = (byte) 0xbb;
        withBom[2] = (byte) 0xbf;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertThat(TextDecoder.decode(withBom)).isEqualTo(SENTENCE);
    }

    @Test
    void decodesUtf16WithByteOrderMark() throws Exception {
        assertThat(TextDecoder.decode(("\uFEFF" + SENTENCE).getBytes(StandardCharsets.UTF_16BE))).isEqualTo(SENTENCE);
    }

    @Test
    void detectsAndConvertsWindows1252() throws Exception {
        String text = "Le président ukrainien a rencontré à Kiev l’ambassadeur d’Israël, a indiqué le ministère des affaires étrangères. "
                + "« Nous sommes en contact avec toutes les parties », a-t-il déclaré à la télévision publique.";
        byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
        assertThat(TextDecoder.decode(bytes)).isEqualTo(text);
    }

    @Test
    void usesTheCharsetAnHtmlPageDeclares() throws Exception {
        String page = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Ça coûte très cher.</p></body></html>";
        byte[] bytes = page.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.declaredHtmlCharset(bytes)).contains("iso-8859-1");
        assertThat(TextDecoder.decode(bytes, TextDecoder.declaredHtmlCharset(bytes))).isEqualTo(page);
    }

    @Test
    void refusesUtf8BrokenInTheMiddleWithTheByteOffset() {
        byte[] good = SENTENCE.getBytes(StandardCharsets.UTF_8);
        byte[] broken = good.clone();
        broken[20] = (byte) 0xff;
        assertThatThrownBy(() -> TextDecoder.decode(broken))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("invalid UTF-8")
                .satisfies(e -> assertThat(((BadInputException) e).position()).contains("byte 20"));
    }

    @Test
    void refusesBinaryContent() {
        byte[] bytes = {0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00};
        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("binary file");
    }

    @Test
    void namesKnownBinaryFormats() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.decode(pdf)).hasMessageContaining("PDF");
    }

    @Test
    void refusesEmptyAndBlankInput() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessage("empty file");
        assertThatThrownBy(() -> TextDecoder.decode(" \n\n\t ".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("only white space");
    }

    @Test
    void declaredUtf8ThatIsBrokenIsRefused() {
        byte[] bytes = "caf\u00e9 ok".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> TextDecoder.decode(bytes, Optional.of("utf-8"))).hasMessageContaining("invalid UTF-8");
    }

    @Test
    void aPageWithAStrayByteIsReadAsBrowsersReadIt() throws BadInputException {
        byte[] good = ("<p>Gr\u00fc\u00dfe aus M\u00fcnchen, " + SENTENCE + "</p>").getBytes(StandardCharsets.UTF_8);
        byte[] stray = good.clone();
        stray[good.length - 8] = (byte) 0xfc;
        assertThat(TextDecoder.decodePage(stray, Optional.of("utf-8"))).contains("Grüße aus München", "\ufffd");
    }

    @Test
    void aPageThatDeclaresUtf8WithoutHoldingAnyIsReadInTheCharsetDetected() throws BadInputException {
        byte[] bytes = ("<p>Der Caf\u00e9 in M\u00fcnchen \u00f6ffnet wieder, sagte die Stadt am Montag.</p>")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(TextDecoder.decodePage(bytes, Optional.of("utf-8"))).contains("München", "öffnet");
    }
}
