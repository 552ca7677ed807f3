package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import dev.glassbox.model.decoder.CharDecoder;
import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.model.lstm.CharLstm;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.LstmStep;
import dev.glassbox.model.lstm.WhatIf;
import dev.glassbox.ui.base.Summaries;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.descriptive.moment.Mean;
import org.apache.commons.math3.stat.descriptive.moment.StandardDeviation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Predict, then check, in the decoder, generation, LSTM, z-score and normal lessons: each question hides its figures
 * until answered, a wrong and a right answer are judged, the truth it reveals is the model's own value (computed here
 * from the model classes or Commons Math, not from the view's question classes), and a reload keeps the answers.
 */
class LessonQuestionsIT extends BrowserTest {

    @Autowired
    private CharDecoder decoder;

    @Autowired
    private CharLstm lstm;

    private Locator result(String id) {
        return page.locator("#question-" + id + "-result");
    }

    private void choose(String id, String key) {
        page.locator("#question-" + id + "-choice-" + key).check();
        page.locator("#question-" + id + "-check").click();
        idle();
    }

    private void type(String id, String number) {
        page.locator("#question-" + id + "-number").fill(number);
        page.locator("#question-" + id + "-check").click();
        idle();
    }

    /** Reloads once the link holds an answer for each of {@code ids}. */
    private void reloadWithAnswers(String... ids) {
        for (String id : ids) {
            page.waitForURL(url -> url.contains(id + "."));
        }
        page.reload();
        idle();
    }

    /** The argmax of a logit row (the softmax keeps the order). */
    private static int argmax(float[] z) {
        int best = 0;
        for (int j = 1; j < z.length; j++) {
            if (z[j] > z[best]) {
                best = j;
            }
        }
        return best;
    }

    /** softmax(z / τ)[i] by the formula. */
    private static double softmax(float[] z, double tau, int i) {
        double max = Double.NEGATIVE_INFINITY;
        for (float x : z) {
            max = Math.max(max, x / tau);
        }
        double sum = 0;
        for (float x : z) {
            sum += Math.exp(x / tau - max);
        }
        return Math.exp(z[i] / tau - max) / sum;
    }

    @Test
    void decoder_asks_for_the_next_character_and_the_mask_before_showing_them() {
        String text = "Call me Ishmael";
        open("/decoder?s=" + encode(text));
        assertThat(page.locator("#next-bars")).isHidden();
        assertThat(page.locator("#mask-figures")).isHidden();
        assertThat(page.locator("#causal-weights")).isHidden();

        // the model's own first choice: the largest logit after the last character
        int best = argmax(decoder.run(decoder.encode(text)).logits()[text.length() - 1]);
        String symbol = decoder.vocabulary().symbol(best);
        String named = symbol.equals(" ") ? "“␣” (a space)" : "“" + symbol + "”";
        List<String> keys = page.locator("#question-next-first input[type=radio]").all().stream()
                .map(r -> r.getAttribute("value")).toList();
        assertThat(keys).hasSize(4).contains("c" + best);
        String wrong = keys.stream().filter(k -> !k.equals("c" + best)).findFirst().orElseThrow();
        choose("next-first", wrong);
        assertThat(result("next-first")).containsText("Not quite");
        assertThat(result("next-first")).containsText("the answer is " + named + ".");
        assertThat(page.locator("#next-bars")).isVisible();
        assertThat(page.locator("#mask-figures")).isHidden();

        // every weight above the diagonal of block 0, head 0 is exactly 0
        float[][] w = decoder.run(decoder.encode(text)).blocks().getFirst().attention().weights()[0];
        double above = 0;
        for (int i = 0; i < w.length; i++) {
            for (int j = i + 1; j < w.length; j++) {
                above += w[i][j];
            }
        }
        assertThat(above).isZero();
        choose("mask-above", "none");
        assertThat(result("mask-above")).containsText("Right: None: exactly 0.");
        assertThat(result("mask-above")).containsText("The 105 weights above the diagonal add up to 0");
        assertThat(page.locator("#causal-weights")).isVisible();

        reloadWithAnswers("next-first", "mask-above");
        assertThat(result("next-first")).containsText("Not quite");
        assertThat(result("mask-above")).containsText("Right");
        assertThat(page.locator("#next-bars")).isVisible();
        assertThat(page.locator("#causal-weights")).isVisible();
        assertThat(page.locator("#question-mask-above-choice-none")).isChecked();
        tall();
        screenshotParts("questions-decoder");
        assertNoScriptRan();
    }

    @Test
    void a_new_text_asks_the_decoder_question_again() {
        open("/decoder?s=" + encode("Call me Ishmael"));
        page.locator("#question-next-first-show").click();
        idle();
        assertThat(page.locator("#next-bars")).isVisible();
        page.waitForURL(url -> url.contains("next-first.shown."));
        typeSentence("It was the best of times");
        assertThat(page.locator("#next-bars")).isHidden();
        assertThat(page.locator("#question-next-first-check")).isVisible();
    }

    @Test
    void generation_asks_about_temperature_two_and_the_characters_left_before_the_bars() {
        String prompt = "Call me Ishmael. ";
        open("/generate?s=" + encode(prompt) + "&topP=0.9");
        assertThat(page.locator("#question-temperature-two")).isVisible();
        assertThat(page.locator("#distribution")).isHidden();
        assertThat(page.locator("#kept-sentence")).isHidden();
        assertThat(page.locator("#temperature-sentence")).isHidden();

        float[] z = decoder.run(decoder.encode(prompt)).logits()[prompt.length() - 1];
        int top = argmax(z);
        // by the softmax formula, at τ = 2 against τ = 1
        assertThat(softmax(z, 2, top)).isLessThan(softmax(z, 1, top));
        choose("temperature-two", "more");
        assertThat(result("temperature-two")).containsText("Not quite: you said More likely; the answer is Less likely.");
        assertThat(result("temperature-two")).containsText(Summaries.number(softmax(z, 1, top)) + " at τ = 1 and "
                + Summaries.number(softmax(z, 2, top)) + " at τ = 2");
        assertThat(page.locator("#temperature-sentence")).isVisible();
        assertThat(page.locator("#distribution")).isHidden();

        // top-p 0.9 by hand: the fewest most likely characters whose probabilities reach 0.9
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = softmax(z, 1, i);
        }
        double[] sorted = Arrays.stream(p).map(x -> -x).sorted().map(x -> -x).toArray();
        int kept = 0;
        double mass = 0;
        while (mass < 0.9) {
            mass += sorted[kept++];
        }
        assertThat(new Sampling(1, 0, 0.9).candidates(z)).hasSize(kept);
        type("kept-count", String.valueOf(kept));
        assertThat(result("kept-count")).containsText("Right: " + kept + ".");
        assertThat(page.locator("#distribution")).isVisible();
        assertThat(page.locator("#kept-sentence")).containsText(kept + " of " + z.length);

        reloadWithAnswers("temperature-two", "kept-count");
        assertThat(result("temperature-two")).containsText("Not quite");
        assertThat(result("kept-count")).containsText("Right: " + kept + ".");
        assertThat(page.locator("#question-kept-count-number")).hasValue(String.valueOf(kept));
        assertThat(page.locator("#distribution")).isVisible();
        tall();
        screenshotParts("questions-generate");

        // the answers stay while the text is written: Step keeps the bars
        page.locator("#step").click();
        idle();
        assertThat(page.locator("#generate-status")).containsText("1 character written");
        assertThat(page.locator("#distribution")).isVisible();
        assertThat(result("kept-count")).containsText("Right");
        assertNoScriptRan();
    }

    @Test
    void lstm_asks_which_gate_is_most_closed_and_what_f_zero_does_to_the_memory() {
        String text = "Call me Ishmael.";
        open("/lstm?s=" + encode(text) + "&t=5&unit=3");
        assertThat(page.locator("#heatmap")).isHidden();
        // f, i, g and o are shown; the lines of cₜ and hₜ (which holds cₜ too) wait for the answer
        Locator lines = page.locator("#equation-lines .gb-equation-line:visible");
        assertThat(lines).hasCount(4);

        LstmReading reading = lstm.read(text, WhatIf.NONE);
        LstmStep last = reading.step(text.length() - 1);
        double f = Arrays.stream(last.f()).average().orElseThrow();
        double i = Arrays.stream(last.i()).average().orElseThrow();
        double o = Arrays.stream(last.o()).average().orElseThrow();
        String closed = f <= i && f <= o ? "f" : i <= o ? "i" : "o";
        choose("closed-gate", closed);
        assertThat(result("closed-gate")).containsText("Right: " + closed + ", the ");
        assertThat(page.locator("#heatmap")).isVisible();

        // with f = 0: cₜ = i·g of step 5, unit 3
        LstmStep step = reading.step(4);
        double c = step.i()[3] * step.g()[3];
        type("forget-zero", Summaries.number(c + 0.5));
        assertThat(result("forget-zero")).containsText("Not quite");
        assertThat(result("forget-zero")).containsText("the answer is " + Summaries.number(c) + ".");
        assertThat(lines).hasCount(6);

        reloadWithAnswers("closed-gate", "forget-zero");
        assertThat(result("closed-gate")).containsText("Right");
        assertThat(result("forget-zero")).containsText("Not quite");
        assertThat(page.locator("#heatmap")).isVisible();
        assertThat(lines).hasCount(6);
        tall();
        screenshotParts("questions-lstm");

        // another step is another question: its cₜ line waits again
        page.locator("#next-step").click();
        idle();
        assertThat(lines).hasCount(4);
        assertThat(page.locator("#question-forget-zero-prompt")).containsText("At step 6, unit 3");
        assertThat(page.locator("#heatmap")).isVisible();
        assertNoScriptRan();
    }

    @Test
    void zscores_ask_about_the_highest_and_the_lowest_value_before_the_table() {
        double[] x = {62, 75, 71, 88, 94, 55, 79, 83, 68, 90};
        open("/zscores?v=" + encode("62, 75, 71, 88, 94, 55, 79, 83, 68, 90") + "&sd=population");
        assertThat(page.locator("#zscore-table")).isHidden();
        assertThat(page.locator("#question-percentile")).isHidden();
        assertThat(page.locator("#dot-plot")).isHidden();

        // Commons Math: μ, σ (population) and Φ
        double mu = new Mean().evaluate(x);
        double sigma = new StandardDeviation(false).evaluate(x);
        assertThat((94 - mu) / sigma).isGreaterThan(1);
        choose("above-one", "no");
        assertThat(result("above-one")).containsText("Not quite: you said No; the answer is Yes.");
        assertThat(result("above-one")).containsText(Summaries.number((94 - mu) / sigma) + ", more than 1");
        assertThat(page.locator("#question-percentile")).isVisible();
        assertThat(page.locator("#zscore-table")).isHidden();

        double percent = 100 * new NormalDistribution(0, 1).cumulativeProbability((55 - mu) / sigma);
        type("percentile", Summaries.number(percent + 3, 1));
        assertThat(result("percentile")).containsText("Right: " + Summaries.number(percent, 2) + "%.");
        assertThat(page.locator("#zscore-table")).isVisible();
        assertThat(page.locator("#dot-plot")).isVisible();

        reloadWithAnswers("above-one", "percentile");
        assertThat(result("above-one")).containsText("Not quite");
        assertThat(result("percentile")).containsText("Right");
        assertThat(page.locator("#zscore-table")).isVisible();
        tall();
        screenshotParts("questions-zscores");
        assertNoScriptRan();
    }

    @Test
    void the_normal_lesson_asks_about_the_area_before_drawing_it() {
        open("/normal?mu=100&sigma=15&a=85&b=130");
        assertThat(page.locator("#bell")).isHidden();
        assertThat(page.locator("#probability")).isHidden();
        assertThat(page.locator("#question-area")).isHidden();

        // Commons Math: P(85 ≤ X ≤ 130) for N(100, 15²) = Φ(2) − Φ(−1) = 0.8186
        double area = new NormalDistribution(100, 15).probability(85, 130);
        assertThat(area).isGreaterThan(0.5);
        choose("half", "yes");
        assertThat(result("half")).containsText("Right: Yes.");
        assertThat(page.locator("#question-area")).isVisible();
        assertThat(page.locator("#bell")).isHidden();

        type("area", "0.7");
        assertThat(result("area")).containsText("Not quite: you said 0.7; the answer is " + Summaries.number(area) + ".");
        assertThat(page.locator("#bell")).isVisible();
        assertThat(page.locator("#probability")).containsText(Summaries.number(area));

        reloadWithAnswers("half", "area");
        assertThat(result("half")).containsText("Right");
        assertThat(result("area")).containsText("Not quite");
        assertThat(page.locator("#bell")).isVisible();
        tall();
        screenshotParts("questions-normal");

        // a new interval is a new question
        page.locator("#b input").fill("100");
        page.locator("#b input").press("Enter");
        idle();
        assertThat(page.locator("#bell")).isHidden();
        assertThat(page.locator("#question-half-prompt")).containsText("P(85 ≤ X ≤ 100)");
        assertNoScriptRan();
    }
}
