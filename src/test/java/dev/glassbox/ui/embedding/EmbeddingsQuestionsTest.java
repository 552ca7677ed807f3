package dev.glassbox.ui.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.embedding.SentenceVectors;
import dev.glassbox.model.embedding.WordVector;
import dev.glassbox.ui.base.Prediction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The embeddings lesson's questions: their truth against a plain loop over the vectors. */
class EmbeddingsQuestionsTest {

    private static final GloveVectors GLOVE = GloveVectors.load();

    /** Independent cosine: the textbook formula a·b / (|a| |b|), written out here. */
    private static double cos(double[] a, double[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return dot / Math.sqrt(na * nb);
    }

    @Test
    void the_most_similar_pair_is_the_pair_with_the_highest_cosine() {
        List<WordVector> words = SentenceVectors.of(GLOVE, "The cat and the dog sat near a kitten").distinct();
        String best = null;
        double max = -2;
        for (int i = 0; i < words.size(); i++) {
            for (int j = i + 1; j < words.size(); j++) {
                double c = cos(words.get(i).values(), words.get(j).values());
                if (c > max) {
                    max = c;
                    best = words.get(i).word() + " & " + words.get(j).word();
                }
            }
        }
        Prediction q = EmbeddingsQuestions.mostSimilarPair(words).orElseThrow();
        assertThat(q.answer()).isEqualTo(best);
        assertThat(q.choices()).hasSize(4).extracting(Prediction.Choice::label).contains(best);
        assertThat(q.why()).contains(dev.glassbox.ui.base.Summaries.number(max));
    }

    @Test
    void two_words_make_only_one_pair_and_no_question() {
        assertThat(EmbeddingsQuestions.mostSimilarPair(SentenceVectors.of(GLOVE, "cat dog").distinct())).isEmpty();
    }

    @Test
    void the_nearest_word_is_found_by_scanning_every_word() {
        WordVector cat = GLOVE.lookup("cat");
        String best = null;
        double max = -2;
        for (int r = 0; r < GLOVE.size(); r++) {
            if (r == cat.rank()) {
                continue;
            }
            double c = cos(cat.values(), GLOVE.vector(r).values());
            if (c > max) {
                max = c;
                best = GLOVE.word(r);
            }
        }
        Prediction q = EmbeddingsQuestions.nearest(GLOVE, cat).orElseThrow();
        assertThat(q.answer()).isEqualTo(best);
        assertThat(q.choices()).hasSize(4);
        assertThat(q.prompt()).contains("“cat”").contains("50,000");
    }

    @Test
    void king_minus_man_plus_woman_is_queen() {
        // The GloVe paper's own example (Pennington et al. 2014, section 4.1): queen for king − man + woman.
        Prediction q = EmbeddingsQuestions.analogy(GLOVE, "king", "man", "woman").orElseThrow();
        assertThat(q.answer()).isEqualTo("queen");
        assertThat(q.choices()).hasSize(4);
        assertThat(EmbeddingsQuestions.analogy(GLOVE, "king", "", "woman")).isEmpty();
    }

    @Test
    void the_lesson_builder_lists_these_questions_in_page_order() {
        assertThat(dev.glassbox.model.lesson.ViewQuestions.of("embeddings"))
                .extracting(dev.glassbox.model.lesson.ViewQuestions.Entry::id).containsExactly(EmbeddingsQuestions.MOST_SIMILAR_PAIR, EmbeddingsQuestions.NEAREST, EmbeddingsQuestions.ANALOGY);
    }
}
