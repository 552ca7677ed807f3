package dev.glassbox.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** {@link LearnerText#require} on any text: the text unchanged, or one sentence saying why a lesson cannot read it. */
class LearnerTextFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_text_is_accepted_unchanged_or_refused_with_a_sentence(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        try {
            assertThat(LearnerText.require(text)).isSameAs(text);
            assertThat(text).isNotBlank();
            assertThat(text.codePointCount(0, text.length())).isLessThanOrEqualTo(LearnerText.MAX_CHARACTERS);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
