package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EncoderIT extends ModelBrowserTest {

    /** The figures stand behind the lesson's questions: these tests show them without answering (see *QuestionsIT). */
    @Override
    protected void open(String pathAndQuery) {
        super.open(pathAndQuery);
        Questions.showAll(page, this::idle);
    }

    @Override
    protected void typeSentence(String text) {
        super.typeSentence(text);
        Questions.showAll(page, this::idle);
    }


    /** The model loads in the background from start-up; these tests start once it has. */

    private Locator steps() {
        return page.locator("main #encoder-steps");
    }

    @Test
    void the_layer_norm_box_shows_each_tokens_mean_sd_and_z_values_and_a_click_opens_another_box() {
        open("/encoder?s=The%20cat%20sat%20on%20the%20mat.&layer=2&box=norm-1");
        assertThat(steps()).containsText("standard deviation σ");
        assertThat(steps().locator("#step-norm-1-z")).containsText("z-scores");
        assertThat(steps()).containsText("cat");
        screenshot("encoder-layernorm");
        page.locator("#box-ffn").click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*box=ffn.*"));
        assertThat(page).hasURL(Pattern.compile(".*layer=2.*"));
        assertThat(steps().locator("#step-gelu")).containsText("GELU");
        // GELU(1) = 1·Φ(1) = 0.841345 (standard normal table); layer 2 reads x², written by layer 1
        assertThat(steps().locator("#step-gelu")).containsText("GELU(1) = 0.8413");
        page.reload();
        idle();
        assertThat(steps().locator("#step-gelu")).isVisible();
        assertThat(page.locator("#layer")).containsText("2");
        assertNoScriptRan();
    }

    @Test
    void layers_counted_from_zero_agree_with_the_superscripts() {
        open("/encoder?s=The%20cat%20sat.&layer=2&box=add-1");
        assertThat(steps().locator("#step-residual-1")).containsText("x² + MultiHead(x²)");
        page.locator("#box-pooling").click();
        idle();
        Questions.showAll(page, this::idle);
        assertThat(steps().locator("#step-mean-pooling")).containsText("x⁶");
        assertThat(page.locator("#encoder-flow")).containsText("layers 0 to 5");
    }

    @Test
    void a_bad_link_gets_one_sentence_and_the_default_box() {
        open("/encoder?s=Hi&layer=17&box=nonsense");
        assertThat(page.locator("#encoder-notice")).containsText("layer must be a whole number from 0 to 5");
        assertThat(page.locator("#encoder-notice")).containsText("step must be one of");
        assertThat(steps().locator("#step-norm-1")).isVisible();
        open("/encoder?s=");
        assertThat(page.locator("#encoder-notice")).containsText("empty");
    }

    @Test
    void in_spanish_the_lesson_and_its_steps_are_spanish() {
        LessonText es = LessonText.of("encoder", Language.SPANISH);
        open("/encoder?lang=es&s=The%20cat%20sat%20on%20the%20mat.&layer=2&box=ffn");
        assertThat(page.locator("main h1")).hasText(es.plain("title"));
        assertEquals("es", page.evaluate("document.documentElement.lang"));
        assertThat(page.locator("#encoder-box h2")).hasText(es.plain("box-heading-layer",
                Map.of("box", es.plain("box-ffn"), "layer", 2)));
        assertThat(steps().locator("#step-ffn-hidden")).containsText(es.plain("step-widen-title"));
        // GELU(1) = 1·Φ(1) = 0.841345 (standard normal table), written with a decimal comma
        assertThat(steps().locator("#step-gelu")).containsText("GELU(1) = 0,8413");
        assertThat(steps().locator("#step-gelu")).containsText("La no linealidad de la red");
        page.locator("#box-norm-1").click();
        idle();
        Questions.showAll(page, this::idle);
        assertThat(steps().locator("#step-norm-1-z")).containsText(es.plain("step-z-title"));
        page.locator("#layer").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("4")).click();
        idle();
        assertThat(page).hasURL(Pattern.compile(".*layer=4.*"));
        assertThat(page).hasURL(Pattern.compile(".*lang=es.*"));
        assertThat(page.locator("#encoder-box h2")).hasText(es.plain("box-heading-layer",
                Map.of("box", "LayerNorm", "layer", 4)));
        screenshot("encoder-es");
        assertNoScriptRan();
    }

    @Test
    void pseudo_english_at_phone_width_has_no_sideways_scroll() {
        phone(360);
        open("/encoder?lang=en-XA&box=pooling&layer=5");
        assertThat(page.locator("#box-pooling")).isVisible();
        assertEquals(360, ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue());
        double right = ((Number) page.evaluate("document.querySelector('#box-pooling').getBoundingClientRect().right"))
                .doubleValue();
        assertTrue(right <= 360, "the pooling box fits the screen: " + right);
    }
}
