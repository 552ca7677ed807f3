package dev.glassbox.model.lesson;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.google.zxing.qrcode.encoder.ByteMatrix;
import com.google.zxing.qrcode.encoder.Encoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A QR code of a link, as an SVG drawing (ZXing's encoder). Error correction M (15 % of the code may be lost) while
 * the code stays at version {@value #MAX_VERSION_AT_M} (117 modules a side) or smaller; longer links (a lesson link)
 * get level L (7 %), which keeps the modules as large as possible, so that a phone reads it from the back of a room.
 * The drawing has a quiet zone of {@value #QUIET} modules, one path of unit squares, and scales to any size.
 */
public final class QrCode {

    /** The largest version drawn at level M. */
    public static final int MAX_VERSION_AT_M = 25;
    /** The white margin around the code, in modules (the standard asks for 4). */
    public static final int QUIET = 4;
    /** The longest link a QR code holds here (version 40 at level L holds 2,953 bytes). */
    public static final int MAX_BYTES = 2_953;

    /** The drawing and what it is: modules a side (without the margin), the level and the version. */
    public record Drawing(String svg, int modules, String level, int version) {
    }

    private QrCode() {
    }

    /**
     * The QR code of {@code text}.
     *
     * @throws IllegalArgumentException when the text is empty or too long for a QR code
     */
    public static Drawing of(String text) {
        if (text == null || text.isEmpty()) {
            throw new LessonProblem("problem-qr-none");
        }
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new LessonProblem("problem-qr-long", java.util.Map.of("max", MAX_BYTES));
        }
        try {
            com.google.zxing.qrcode.encoder.QRCode code = encode(text, ErrorCorrectionLevel.M);
            if (code.getVersion().getVersionNumber() > MAX_VERSION_AT_M) {
                code = encode(text, ErrorCorrectionLevel.L);
            }
            return draw(code);
        } catch (WriterException e) {
            throw new IllegalArgumentException("This link is too long for a QR code.", e);
        }
    }

    private static com.google.zxing.qrcode.encoder.QRCode encode(String text, ErrorCorrectionLevel level)
            throws WriterException {
        return Encoder.encode(text, level, Map.of(EncodeHintType.CHARACTER_SET, "UTF-8"));
    }

    private static Drawing draw(com.google.zxing.qrcode.encoder.QRCode code) {
        ByteMatrix m = code.getMatrix();
        int n = m.getWidth();
        int size = n + 2 * QUIET;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < n; y++) {
            int x = 0;
            while (x < n) {
                if (m.get(x, y) != 1) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < n && m.get(x, y) == 1) {
                    x++;
                }
                // One horizontal run of dark modules as one rectangle.
                path.append('M').append(start + QUIET).append(' ').append(y + QUIET)
                        .append('h').append(x - start).append("v1h-").append(x - start).append('z');
            }
        }
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + size + " " + size
                + "\" shape-rendering=\"crispEdges\" role=\"img\">"
                + "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
        return new Drawing(svg, n, code.getECLevel().name(), code.getVersion().getVersionNumber());
    }
}
