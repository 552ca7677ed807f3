package dev.glassbox.model.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.model.text.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * {@link NumberList} on any text: a list of at most {@value NumberList#MAX_VALUES} finite numbers within
 * ±{@value NumberList#MAX_MAGNITUDE} that reads back the same when written out, or one sentence saying why not.
 */
class NumberListFuzzTest {

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_text_is_a_list_of_numbers_or_one_sentence(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        double[] x;
        try {
            x = NumberList.parse(text);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(x.length).isBetween(1, NumberList.MAX_VALUES);
        assertThat(Arrays.stream(x).allMatch(v -> Math.abs(v) <= NumberList.MAX_MAGNITUDE)).as("within ±1e100").isTrue();
        String written = Arrays.stream(x).mapToObj(Double::toString).collect(Collectors.joining(", "));
        assertThat(NumberList.parse(written)).containsExactly(x);
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void any_text_is_two_columns_of_numbers_or_one_sentence(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        double[][] groups;
        try {
            groups = NumberList.parseColumns(text);
        } catch (InvalidInputException e) {
            assertThat(e.getMessage()).isNotBlank();
            return;
        }
        assertThat(groups.length).isEqualTo(2);
        for (double[] g : groups) {
            assertThat(g.length).isLessThanOrEqualTo(NumberList.MAX_VALUES);
            assertThat(Arrays.stream(g).allMatch(v -> Math.abs(v) <= NumberList.MAX_MAGNITUDE)).as("within ±1e100").isTrue();
        }
    }
}
