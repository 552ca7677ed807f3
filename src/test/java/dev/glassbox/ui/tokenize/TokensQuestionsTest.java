package dev.glassbox.ui.tokenize;

import static org.assertj.core.api.Assertions.assertThat;

import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import dev.glassbox.model.tokenize.BytePairTokenizer;
import dev.glassbox.ui.base.Prediction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tokens lesson's questions: their truth against independent tokenizers. */
class TokensQuestionsTest {

    /** jtokkit's r50k_base: an independent implementation of GPT-2's ranks. */
    private static final Encoding ORACLE = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.R50K_BASE);

    private static TokensLesson lesson(String sentence) {
        return new TokensLesson(new TokensState(sentence, "word"), sentence);
    }

    @Test
    void the_longest_word_is_counted_in_wordpiece_tokens() {
        // HuggingFace's BertTokenizer with bert-base-uncased's vocabulary (MiniLM's): "tokenizers" → token ##izer ##s.
        Prediction q = TokensQuestions.wordPieceCount(lesson("I love tokenizers!")).orElseThrow();
        assertThat(q.prompt()).contains("“tokenizers”");
        assertThat(q.truth()).isEqualTo(3);
        assertThat(q.why()).contains("token + ##izer + ##s");
        assertThat(q.judge("3")).isEqualTo(new Prediction.Verdict.Judged(true, "3"));
        // The same tokenizer: "sentence" is one whole piece of the vocabulary.
        Prediction whole = TokensQuestions.wordPieceCount(lesson("A short sentence.")).orElseThrow();
        assertThat(whole.truth()).isEqualTo(1);
        assertThat(whole.why()).contains("stays whole");
    }

    @Test
    void the_longest_word_is_the_first_of_the_longest_after_lowercasing() {
        assertThat(TokensQuestions.longestWord(lesson("Cats and DOGS run"))).contains("cats");
    }

    @ParameterizedTest
    @ValueSource(strings = {"The animal didn't cross the street because it was too tired.", "the the", "Hello world",
            "Tokenizers split rare words into pieces."})
    void the_first_merge_is_the_lowest_ranked_pair_by_an_independent_tokenizer(String sentence) {
        // Independent: every pair of neighbouring bytes inside one GPT-2 pre-token that jtokkit encodes as ONE token
        // is a merge; its id is its rank. The lowest such rank is the first merge.
        int best = Integer.MAX_VALUE;
        String bestPair = null;
        BytePairTokenizer.Replay replay = BytePairTokenizer.r50k().replay(sentence);
        for (String piece : replay.pieces()) {
            String text = piece.replace('Ġ', ' ');
            for (int i = 0; i + 1 < text.length(); i++) {
                var ids = ORACLE.encode(text.substring(i, i + 2));
                if (ids.size() == 1 && ids.get(0) < best) {
                    best = ids.get(0);
                    bestPair = text.substring(i, i + 1).replace(' ', 'Ġ') + " + " + text.substring(i + 1, i + 2).replace(' ', 'Ġ');
                }
            }
        }
        Prediction q = TokensQuestions.firstMerge(lesson(sentence)).orElseThrow();
        assertThat(q.answer()).isEqualTo(bestPair);
        assertThat(q.why()).contains("has rank " + String.format("%,d", best));
        assertThat(q.choices()).hasSizeBetween(2, 4).extracting(Prediction.Choice::label).doesNotHaveDuplicates();
    }

    @Test
    void a_sentence_without_merges_asks_nothing_about_them() {
        // "a" is one byte: no pair at all.
        assertThat(TokensQuestions.firstMerge(lesson("a"))).isEmpty();
    }

    @Test
    void the_lesson_builder_lists_these_questions_in_page_order() {
        assertThat(dev.glassbox.model.lesson.ViewQuestions.of("tokens"))
                .extracting(dev.glassbox.model.lesson.ViewQuestions.Entry::id).containsExactly(TokensQuestions.WORDPIECE_COUNT, TokensQuestions.FIRST_MERGE);
    }
}
