package dev.glassbox.model.oop;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.model.text.InvalidInputException;

/** {@link CodeLink} on any link and any code: code or one sentence, and code survives its own link. */
class CodeLinkFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_link_is_code_or_one_sentence(FuzzedDataProvider data) {
        String link = data.consumeRemainingAsString();
        try {
            String code = CodeLink.decode(link);
            assertThat(code.codePointCount(0, code.length())).isLessThanOrEqualTo(CodeLink.MAX_CODE_CHARACTERS);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_code_that_fits_in_a_link_reads_back_unchanged(FuzzedDataProvider data) {
        String code = data.consumeRemainingAsString();
        String link;
        try {
            link = CodeLink.encode(code);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        try {
            assertThat(CodeLink.decode(link)).isEqualTo(code);
        } catch (InvalidInputException e) {
            // Only code the reader refuses anyway (over the character limit) may be written and then refused.
            assertThat(code.codePointCount(0, code.length())).isGreaterThan(CodeLink.MAX_CODE_CHARACTERS);
        }
    }
}
