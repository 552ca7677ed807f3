package dev.glassbox.model.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glassbox.model.text.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Random;
import java.util.zip.Deflater;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CodeLinkTest {

    @Property
    void any_code_that_fits_comes_back_unchanged(@ForAll @StringLength(max = 1500) String code) {
        String link;
        try {
            link = CodeLink.encode(code);
        } catch (InvalidInputException tooLong) {
            return; // random text compresses badly; the limit is tested below
        }
        assertThat(link).matches("[A-Za-z0-9_-]*").hasSizeLessThanOrEqualTo(CodeLink.MAX_LINK_CHARACTERS);
        assertThat(CodeLink.decode(link)).isEqualTo(code);
    }

    @Test
    void every_lesson_program_fits_in_a_link() {
        for (PythonLesson lesson : PythonLessons.all()) {
            assertThat(CodeLink.decode(CodeLink.encode(lesson.example()))).isEqualTo(lesson.example());
            for (Exercise e : lesson.exercises()) {
                assertThat(CodeLink.decode(CodeLink.encode(e.solution()))).isEqualTo(e.solution());
            }
        }
    }

    @Test
    void python_code_shrinks_in_the_link() {
        // The Dog example: about 1,000 characters of code; DEFLATE roughly halves Python source, base64 adds a third.
        String code = PythonLessons.OBJECTS.example();
        assertThat(CodeLink.encode(code).length()).isLessThan(code.length());
    }

    @Test
    void code_too_long_for_a_link_gets_one_sentence() {
        StringBuilder noise = new StringBuilder();
        Random random = new Random(42);
        for (int i = 0; i < 6000; i++) {
            noise.append((char) ('!' + random.nextInt(90)));
        }
        assertThatThrownBy(() -> CodeLink.encode(noise.toString()))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than the 4000 a link can hold");
    }

    @Test
    void a_damaged_link_gets_one_sentence() {
        assertThatThrownBy(() -> CodeLink.decode("not-a-real-link!")).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("could not be read");
        String cut = CodeLink.encode(PythonLessons.OBJECTS.example());
        assertThatThrownBy(() -> CodeLink.decode(cut.substring(0, cut.length() / 2)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("could not be read");
    }

    @Test
    void a_link_that_unpacks_to_megabytes_is_refused() {
        byte[] zeros = new byte[1 << 20]; // 1 MB of the same byte compresses to about a kilobyte
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        deflater.setInput(zeros);
        deflater.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            out.write(buffer, 0, deflater.deflate(buffer));
        }
        String bomb = Base64.getUrlEncoder().withoutPadding().encodeToString(out.toByteArray());
        assertThat(bomb.length()).isLessThan(CodeLink.MAX_LINK_CHARACTERS);
        assertThatThrownBy(() -> CodeLink.decode(bomb)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("more than 20000 characters");
    }
}
