package dev.glassbox.model.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.trace.Trace;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void a_learners_word_is_inserted_exactly_even_when_it_looks_like_markup() {
        String word = "*a* `b` $c$ [d](e) \\f";
        assertThat(Words.line(Language.ENGLISH, "quoted", "word", word)).isEqualTo("“" + word + "”");
        assertThat(Words.line(Language.SPANISH, "quoted", "word", word)).isEqualTo("«" + word + "»");
    }

    @Test
    void counts_and_lists_are_written_as_each_language_writes_them() {
        assertThat(Words.count(Language.ENGLISH, 50_000)).isEqualTo("50,000");
        assertThat(Words.count(Language.SPANISH, 50_000)).isEqualTo("50.000");
        assertThat(Words.count(Language.SPANISH, 5_000)).isEqualTo("5.000");
        assertThat(Words.list(Language.ENGLISH, List.of("a", "b", "c"))).isEqualTo("a, b and c");
        assertThat(Words.list(Language.SPANISH, List.of("a", "b", "c"))).isEqualTo("a, b y c");
        assertThat(Words.decimals(Language.SPANISH, "0.25")).isEqualTo("0,25");
    }

    @Test
    void the_models_steps_and_refusals_are_told_in_the_language_asked_for() {
        GloveVectors glove = TestGlove.VECTORS;
        LessonText es = LessonText.of("embeddings", Language.SPANISH);
        Trace spanish = SentenceVectors.of(glove, "The cat sat", Language.SPANISH).trace();
        assertThat(spanish.step(SentenceVectors.WORDS).title()).isEqualTo(es.plain("sv-words-title"));
        assertThat(spanish.step(SentenceVectors.LOOKUP).explanation())
                .isEqualTo(es.plain("sv-lookup", Map.of("vocabulary", "50.000")));
        // English stays as it was written before the lesson files held these sentences
        Trace english = SentenceVectors.of(glove, "The cat sat").trace();
        assertThat(english.step(SentenceVectors.WORDS).title()).isEqualTo("Words in lower case");
        assertThat(english.step(SentenceVectors.LOOKUP).explanation()).isEqualTo("Each word is a row number in a table of "
                + "50,000 words (1 = the most frequent word). A word that is not in the table has no vector.");
        assertThat(new UnknownWordException("zqxjv", 50_000, Language.SPANISH).getMessage())
                .isEqualTo("«zqxjv» no está entre las 50.000 palabras más frecuentes de GloVe, así que no tiene vector aquí.");
        assertThat(MissingWord.ONE_CHARACTER.sentence(List.of("i", "a"), 50_000, Language.SPANISH))
                .startsWith("«i» y «a» no tienen vector aquí");
    }
}
