package dev.glassbox.model.decoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class GenerationTest {

    private static CharDecoder model;

    @BeforeAll
    static void load() {
        model = CharDecoder.load();
    }

    @Test
    void the_same_seed_writes_the_same_text_and_another_seed_another() {
        int[] prompt = model.encode("The whale ");
        Sampling s = new Sampling(1, 0, 1);
        assertThat(ids(Generation.generate(model, prompt, 60, s, 42, x -> { })))
                .isEqualTo(ids(Generation.generate(model, prompt, 60, s, 42, x -> { })))
                .isNotEqualTo(ids(Generation.generate(model, prompt, 60, s, 43, x -> { })));
    }

    @Test
    void greedy_writing_always_takes_the_largest_logit() {
        for (Generation.Step step : Generation.generate(model, model.encode("Call me "), 20, new Sampling(0, 0, 1), 0,
                x -> { })) {
            assertThat(step.chosen().id()).isEqualTo(Sampling.argmax(step.logits()));
        }
    }

    @Test
    void writing_past_the_context_reads_the_last_n_characters() {
        int[] prompt = new int[model.context() - 5];
        java.util.Arrays.fill(prompt, model.encode("a")[0]);
        List<Generation.Step> steps = Generation.generate(model, prompt, 20, new Sampling(0, 0, 1), 0, x -> { });
        assertThat(steps).hasSize(20);
        // the last step's logits are those of a fresh pass over the last N characters
        int[] text = java.util.Arrays.copyOf(prompt, prompt.length + 19);
        for (int s = 0; s < 19; s++) {
            text[prompt.length + s] = steps.get(s).chosen().id();
        }
        assertThat(steps.get(19).logits()).containsExactly(model.nextLogits(text));
    }

    @Test
    void every_step_is_reported_as_it_is_written() {
        List<Generation.Step> seen = new ArrayList<>();
        List<Generation.Step> steps = Generation.generate(model, model.encode("Ahab"), 5, Sampling.PLAIN, 3, seen::add);
        assertThat(seen).isEqualTo(steps);
    }

    @Test
    void steps_and_prompts_out_of_range_are_refused() {
        assertThatThrownBy(() -> Generation.generate(model, model.encode("a"), 201, Sampling.PLAIN, 0, x -> { }))
                .hasMessageContaining("200");
        assertThatThrownBy(() -> Generation.generate(model, new int[0], 5, Sampling.PLAIN, 0, x -> { }))
                .hasMessageContaining("prompt");
    }

    private static List<Integer> ids(List<Generation.Step> steps) {
        return steps.stream().map(s -> s.chosen().id()).toList();
    }
}
