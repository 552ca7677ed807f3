package dev.glassbox.model.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * A lesson link and a lesson file, whatever they hold: never an exception, a lesson (possibly empty) and at most
 * one sentence about what could not be read; and the lesson read writes a link and a file that read back the same.
 */
class LessonLinkFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_link_gives_a_lesson_that_survives_its_own_link(FuzzedDataProvider data) {
        String link = data.consumeRemainingAsString();
        LessonLink.Reading reading = LessonLink.decode(link);
        assertThat(reading.lesson()).isNotNull();
        reading.problem().ifPresent(p -> assertThat(p).isNotBlank());
        LessonLink.Reading again = LessonLink.decode(LessonLink.encode(reading.lesson()));
        assertThat(again.problem()).isEmpty();
        assertThat(again.lesson()).isEqualTo(reading.lesson());
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_file_gives_a_lesson_that_survives_its_own_file(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        LessonLink.Reading reading = LessonFile.read(text);
        assertThat(reading.lesson()).isNotNull();
        reading.problem().ifPresent(p -> assertThat(p).isNotBlank());
        LessonLink.Reading again = LessonFile.read(LessonFile.write(reading.lesson()));
        assertThat(again.problem()).isEmpty();
        assertThat(again.lesson()).isEqualTo(reading.lesson());
    }
}
