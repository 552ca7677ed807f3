package dev.glassbox.ui.decoder;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.decoder.Generation;
import dev.glassbox.model.decoder.Sampling;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The view's slice-at-a-time writing against the reference, {@link Generation#generate}, for the same arguments. */
class GenerateRunTest {

    private static CharDecoder model;

    @BeforeAll
    static void load() {
        model = CharDecoder.load();
    }

    static Stream<Arguments> settings() {
        return Stream.of(Arguments.of(Sampling.PLAIN, 0L), Arguments.of(new Sampling(0, 0, 1), 0L),
                Arguments.of(new Sampling(0.7, 0, 1), 42L), Arguments.of(new Sampling(1.5, 3, 1), -5L),
                Arguments.of(new Sampling(1, 0, 0.6), 7L), Arguments.of(new Sampling(2, 10, 0.9), 123_456_789_012L));
    }

    @ParameterizedTest
    @MethodSource("settings")
    void it_writes_exactly_what_generate_writes(Sampling sampling, long seed) {
        int[] prompt = model.encode("Call me Ishmael. Some years ago");
        List<Generation.Step> expected = Generation.generate(model, prompt, 40, sampling, seed, s -> { });
        GenerateRun run = new GenerateRun(model, prompt, sampling, seed);
        // in slices that end after one unit of work each, as a very slow machine would
        int units = 0;
        while (!run.advance(40, 0)) {
            units++;
        }
        assertThat(units).as("one unit per prompt character and per written one").isEqualTo(prompt.length + 40 - 1);
        assertThat(run.written()).isEqualTo(40);
        for (int i = 0; i < 40; i++) {
            assertThat(run.step(i).chosen()).isEqualTo(expected.get(i).chosen());
            assertThat(run.step(i).candidates()).isEqualTo(expected.get(i).candidates());
            assertThat(run.step(i).logits()).containsExactly(expected.get(i).logits());
        }
    }

    @Test
    void past_the_context_it_still_writes_what_generate_writes() {
        int[] prompt = model.encode("The whale! The whale! ".repeat(12).substring(0, model.context() - 3));
        Sampling sampling = new Sampling(0.9, 0, 0.95);
        List<Generation.Step> expected = Generation.generate(model, prompt, 8, sampling, 11, s -> { });
        GenerateRun run = new GenerateRun(model, prompt, sampling, 11);
        assertThat(run.advance(8, Long.MAX_VALUE)).isTrue();
        assertThat(Arrays.stream(run.writtenIds()).boxed().toList())
                .isEqualTo(expected.stream().map(s -> s.chosen().id()).toList());
        assertThat(run.step(7).logits()).containsExactly(expected.get(7).logits());
    }

    @Test
    void writing_more_later_continues_the_same_text() {
        int[] prompt = model.encode("Ahab");
        GenerateRun run = new GenerateRun(model, prompt, Sampling.PLAIN, 3);
        run.advance(5, Long.MAX_VALUE);
        run.advance(12, Long.MAX_VALUE);
        List<Generation.Step> expected = Generation.generate(model, prompt, 12, Sampling.PLAIN, 3, s -> { });
        assertThat(Arrays.stream(run.writtenIds()).boxed().toList())
                .isEqualTo(expected.stream().map(s -> s.chosen().id()).toList());
    }

    @Test
    void each_draws_number_falls_in_the_slice_of_the_character_it_drew() {
        Sampling sampling = new Sampling(1.2, 8, 0.95);
        GenerateRun run = new GenerateRun(model, model.encode("It was"), sampling, 99);
        run.advance(30, Long.MAX_VALUE);
        for (int i = 0; i < 30; i++) {
            Generation.Step step = run.step(i);
            GenerateDistribution d = GenerateDistribution.of(step.logits(), sampling, model.vocabulary(), step.chosen().id());
            double[] slice = d.slice(step.chosen().id());
            assertThat(run.u(i)).isGreaterThanOrEqualTo(slice[0]).isLessThan(slice[1]);
        }
    }

    @Test
    void before_anything_is_written_the_first_distribution_is_the_one_after_the_prompt() {
        int[] prompt = model.encode("Call me");
        GenerateRun run = new GenerateRun(model, prompt, Sampling.PLAIN, 0);
        assertThat(run.advance(0, Long.MAX_VALUE)).isTrue();
        assertThat(run.written()).isZero();
        assertThat(run.firstLogits()).containsExactly(model.nextLogits(prompt));
    }
}
