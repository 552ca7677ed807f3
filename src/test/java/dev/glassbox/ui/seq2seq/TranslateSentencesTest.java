package dev.glassbox.ui.seq2seq;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.seq2seq.Seq2SeqTransformer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The lesson's sentences in each language: the same computed values, the page's words and decimal separator. */
class TranslateSentencesTest {

    private static final Seq2SeqTransformer MODEL = Seq2SeqTransformer.load();

    /** The page of the test: held here, since Vaadin keeps the current UI only weakly. */
    private static UI ui;

    /** Builds what follows as a page in {@code language} would (no page: English). */
    private static void page(Language language) {
        ui = new UI();
        ComponentUtil.setData(ui, Language.class, language);
        UI.setCurrent(ui);
    }

    @AfterEach
    void noPage() {
        UI.setCurrent(null);
    }

    @Test
    void outside_a_page_the_sentences_are_the_english_ones() {
        TranslateReading r = TranslateReading.of(MODEL, "Wednesday, 9 May 2018");
        // java.time: 2018-05-09 is the ISO form of 9 May 2018, and the model writes it (TranslateIT checks the same).
        assertThat(TranslateSentences.outcome(r)).isEqualTo("The model wrote “2018-05-09”: right, 2018-05-09 is 9 May 2018.");
        assertThat(TranslateSentences.recognition(TranslateReading.of(MODEL, "Monday, 9 May 2018")))
                .startsWith("9 May 2018 was a Wednesday, not a Monday.");
    }

    @Test
    void in_spanish_dates_are_said_in_spanish_and_the_learners_date_stays_as_typed() {
        page(Language.SPANISH);
        // 9 May 2018 was a Wednesday (java.time.LocalDate.of(2018, 5, 9).getDayOfWeek()).
        assertThat(TranslateSentences.recognition(TranslateReading.of(MODEL, "Monday, 9 May 2018")))
                .startsWith("El 9 de mayo de 2018 fue miércoles, no lunes.");
        assertThat(TranslateSentences.ambiguity(TranslateReading.of(MODEL, "03/04/2020")).orElseThrow())
                .startsWith("Leída con el día primero, es el 3 de abril de 2020; leída con el mes primero, como en "
                        + "Estados Unidos, sería el 4 de marzo de 2020.");
        TranslateReading r = TranslateReading.of(MODEL, "Wednesday, 9 May 2018");
        assertThat(TranslateSentences.outcome(r)).isEqualTo("El modelo escribió «2018-05-09»: correcto, 2018-05-09 es el "
                + "9 de mayo de 2018.");
        assertThat(TranslateQuestions.cross(r, 0, 0, 2).orElseThrow().prompt())
                .startsWith("En el paso 2 el decodificador escribe «0».");
    }

    @Test
    void in_spanish_a_probability_has_a_decimal_comma() {
        page(Language.SPANISH);
        TranslateReading r = TranslateReading.of(MODEL, "9 May 2018");
        // independent: the softmax of the model's first logits, in double, its largest value as a percentage rounded
        // half up to one decimal
        float[] logits = MODEL.translate("9 May 2018").decoding().logits()[0];
        double top = dev.glassbox.ReferenceSoftmax.largest(logits);
        String percent = new BigDecimal(100 * top).setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',');
        assertThat(percent).contains(",");
        assertThat(TranslateSentences.step(r, 1)).startsWith("Paso 1 de " + r.steps() + ": el decodificador ha leído <s> y "
                + "escribe «2» (probabilidad: " + percent + "\u00a0%)");
    }

    @Test
    void a_learners_marks_are_written_as_they_are_in_every_language() {
        for (Language language : Language.values()) {
            page(language);
            TranslateReading r = TranslateReading.of(MODEL, "*9* `May` $2018$ [x](y)");
            String quoted = language == Language.SPANISH ? "«*»" : "“*”";
            assertThat(TranslateQuestions.ahead(r, 0, 0).orElseThrow().prompt()).contains(quoted);
            assertThat(TranslateSentences.encoderFocus(r, 0, 0)).doesNotContain("\\");
            for (int step = 1; step <= r.steps(); step++) {
                assertThat(TranslateSentences.crossFocus(r, 1, 3, step)).isNotBlank();
                assertThat(TranslateSentences.step(r, step)).isNotBlank();
            }
            assertThat(TranslateSentences.recognition(r)).isNotBlank();
            assertThat(TranslateSentences.outcome(r)).isNotBlank();
        }
    }
}
