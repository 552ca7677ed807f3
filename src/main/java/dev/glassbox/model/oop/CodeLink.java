package dev.glassbox.model.oop;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.text.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * The learner's code as a link parameter: UTF-8, compressed with raw DEFLATE (RFC 1951), then base64url
 * without padding (RFC 4648 §5). A link holds at most {@value #MAX_LINK_CHARACTERS} characters of it, which
 * keeps the whole address well under the 8 KB request line and headers most servers accept.
 */
public final class CodeLink {

    /** The most characters the code may take in a link. */
    public static final int MAX_LINK_CHARACTERS = 4000;

    /** The most characters of code a link may unpack to (the editor runs at most this much too). */
    public static final int MAX_CODE_CHARACTERS = 20_000;

    private CodeLink() {
    }

    /** {@link #encode(String, Language)} with its error sentence in English. */
    public static String encode(String code) {
        return encode(code, Language.ENGLISH);
    }

    /**
     * The link form of {@code code}.
     *
     * @throws InvalidInputException when it does not fit in a link (its sentence in {@code language})
     */
    public static String encode(String code, Language language) {
        byte[] utf8 = code.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(utf8);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        String link = Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        if (link.length() > MAX_LINK_CHARACTERS) {
            throw new InvalidInputException(text(language).plain("link-too-long",
                    Map.of("n", link.length(), "max", MAX_LINK_CHARACTERS)));
        }
        return link;
    }

    /** {@link #decode(String, Language)} with its error sentences in English. */
    public static String decode(String link) {
        return decode(link, Language.ENGLISH);
    }

    /**
     * The code in {@code link}.
     *
     * @throws InvalidInputException when the link is damaged or too long (its sentence in {@code language})
     */
    public static String decode(String link, Language language) {
        if (link.length() > MAX_LINK_CHARACTERS) {
            throw new InvalidInputException(text(language).plain("link-longer", Map.of("max", MAX_LINK_CHARACTERS)));
        }
        byte[] packed;
        try {
            packed = Base64.getUrlDecoder().decode(link.strip());
        } catch (IllegalArgumentException e) {
            throw damaged(language);
        }
        Inflater inflater = new Inflater(true);
        inflater.setInput(packed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        int limit = MAX_CODE_CHARACTERS * 4; // UTF-8 takes at most 4 bytes per character
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && !inflater.finished() && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw damaged(language);
                }
                out.write(buffer, 0, n);
                if (out.size() > limit) {
                    throw unpacksLong(language);
                }
            }
        } catch (DataFormatException e) {
            throw damaged(language);
        } finally {
            inflater.end();
        }
        String code = out.toString(StandardCharsets.UTF_8);
        if (code.codePointCount(0, code.length()) > MAX_CODE_CHARACTERS) {
            throw unpacksLong(language);
        }
        return code;
    }

    private static LessonText text(Language language) {
        return LessonText.of("python", language);
    }

    private static InvalidInputException unpacksLong(Language language) {
        return new InvalidInputException(text(language).plain("link-unpacks-long", Map.of("max", MAX_CODE_CHARACTERS)));
    }

    private static InvalidInputException damaged(Language language) {
        return new InvalidInputException(text(language).plain("link-damaged"));
    }
}
