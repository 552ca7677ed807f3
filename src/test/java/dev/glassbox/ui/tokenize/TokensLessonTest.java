package dev.glassbox.ui.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.glassbox.ui.base.Folds;
import org.junit.jupiter.api.Test;

/** What the tokens lesson computes for one state, without a browser. */
class TokensLessonTest {

    @Test
    void the_merged_chip_is_found_across_pieces() {
        // "the the": pieces "the" (3 bytes) and "Ġthe" (4 bytes). r50k ranks (TokensIT's hand check): the first merge
        // is Ġ + t (rank 256) at position 0 of piece 1, so after it the flat chips are t h e Ġt h e: index 3.
        TokensLesson lesson = new TokensLesson(new TokensState("the the", "bpe", 1, null, false, Folds.NONE), "the the");
        assertThat(lesson.replay.merges().getFirst().rank()).isEqualTo(256);
        assertThat(lesson.mergedChip()).isEqualTo(3);
        assertThat(lesson.problems()).isEmpty();
    }

    @Test
    void a_link_beyond_the_last_merge_or_with_a_foreign_word_falls_back_with_sentences() {
        TokensLesson lesson = new TokensLesson(new TokensState("hi", "word", 999, "nonsense", false, Folds.NONE), "hi");
        // "hi" is one r50k token (id 5303) made of 2 bytes: exactly one merge.
        assertThat(lesson.mergeStep).isEqualTo(1);
        assertThat(lesson.word).isEqualTo("hi");
        assertThat(lesson.problems()).containsExactly(
                "This sentence has only 1 merge, so the link's merge step 999 shows step 1 instead.",
                "The link's word is not a word of this sentence, so the lesson picks one.");
    }

    @Test
    void the_stand_ins_and_normaliser_changes_are_the_sentences_own() {
        TokensLesson lesson = new TokensLesson(new TokensState("Sí", "word"), "Sí");
        assertThat(lesson.standIns).extracting(s -> s.standIns()).containsExactly("ÃŃ");
        // "S" lowercased, "í" accent stripped: two rows
        assertThat(lesson.normaliserChanges.rows()).hasSize(2);
    }
}
