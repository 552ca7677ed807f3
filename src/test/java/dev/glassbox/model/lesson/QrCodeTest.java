package dev.glassbox.model.lesson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QrCodeTest {

    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-\\d+z");
    private static final int PIXELS_PER_MODULE = 4;

    @Test
    void a_view_link_is_drawn_at_level_m_and_reads_back() throws Exception {
        String link = "http://192.168.1.20:8080/attention?s=The%20animal%20didn%27t%20cross&layer=3&head=1";
        QrCode.Drawing d = QrCode.of(link);
        assertThat(d.level()).isEqualTo("M");
        assertThat(read(d)).isEqualTo(link);
    }

    @Test
    void a_long_lesson_link_switches_to_level_l_and_still_reads_back() throws Exception {
        String link = "http://192.168.1.20:8080/lesson?l=" + LessonLink.encode(LessonLinkTest.tenSteps());
        QrCode.Drawing d = QrCode.of(link);
        System.out.printf("QR of a %d-character lesson link: level %s, version %d, %d modules a side%n",
                link.length(), d.level(), d.version(), d.modules());
        assertThat(d.level()).isEqualTo("L");
        assertThat(d.modules()).isEqualTo(17 + 4 * d.version());
        assertThat(read(d)).isEqualTo(link);
    }

    @Test
    void too_long_or_empty_is_one_sentence() {
        assertThatThrownBy(() -> QrCode.of("")).hasMessage("There is no link to show as a QR code.");
        assertThatThrownBy(() -> QrCode.of("x".repeat(3_000))).hasMessage(
                "This link is too long for a QR code (at most 2,953 bytes).");
    }

    /** Draws the SVG's runs of dark modules as pixels (the SVG's own geometry) and reads them with ZXing's reader. */
    private static String read(QrCode.Drawing d) throws Exception {
        int size = (d.modules() + 2 * QrCode.QUIET) * PIXELS_PER_MODULE;
        int[] pixels = new int[size * size];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher m = RUN.matcher(d.svg());
        while (m.find()) {
            int x0 = Integer.parseInt(m.group(1)), y = Integer.parseInt(m.group(2)), w = Integer.parseInt(m.group(3));
            for (int py = y * PIXELS_PER_MODULE; py < (y + 1) * PIXELS_PER_MODULE; py++) {
                for (int px = x0 * PIXELS_PER_MODULE; px < (x0 + w) * PIXELS_PER_MODULE; px++) {
                    pixels[py * size + px] = 0xFF000000;
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
