package dev.glassbox.model.attention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeadPatternTest {

    private static final double TOLERANCE = 1e-6;

    @Test
    void a_head_that_looks_at_the_previous_token_is_named_with_its_averages() {
        // By hand, 3 tokens: row 0 all on itself; rows 1 and 2 give 0.8 to the token before, 0.2 to [CLS]
        // (row 1's token before is [CLS] itself, so it gives [CLS] 0.8 + 0.2 = 1.0).
        float[][] a = {{1f, 0f, 0f}, {1f, 0f, 0f}, {0.2f, 0.8f, 0f}};
        HeadPattern p = HeadPattern.of(a);
        assertThat(p.previous()).isCloseTo((1.0 + 0.8) / 2, within(TOLERANCE));
        assertThat(p.self()).isCloseTo(1.0 / 3, within(TOLERANCE));
        assertThat(p.cls()).isCloseTo((1 + 1 + 0.2) / 3, within(TOLERANCE));
        assertThat(p.sep()).isCloseTo(0, within(TOLERANCE));
        assertThat(p.describe(List.of("[CLS]", "a", "[SEP]"))).contains("the token just before it").contains("90%");
        assertThat(p.averages()).isEqualTo("On average a row gives 90% to the token before, 0% to the token after, "
                + "33% to itself, 73% to [CLS] and 0% to [SEP].");
    }
}
