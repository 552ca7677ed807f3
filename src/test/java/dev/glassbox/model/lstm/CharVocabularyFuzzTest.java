package dev.glassbox.model.lstm;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.glassbox.model.seq2seq.Seq2SeqVocabulary;

/** The character vocabularies on any text: one id per code point, each a known character's or "unknown". */
class CharVocabularyFuzzTest {

    private static final CharVocabulary LETTERS = new CharVocabulary("abcdefghijklmnopqrstuvwxyz .,'");

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void the_lstm_vocabulary_gives_one_id_per_character(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        int[] ids = LETTERS.encode(text);
        int[] codePoints = text.codePoints().toArray();
        assertThat(ids).hasSameSizeAs(codePoints);
        for (int i = 0; i < ids.length; i++) {
            assertThat(ids[i]).isBetween(0, LETTERS.size() - 1);
            if (!LETTERS.isUnknown(ids[i])) {
                assertThat(LETTERS.symbol(ids[i])).isEqualTo(Character.toString(codePoints[i]));
            }
        }
    }

    @FuzzTest(maxDuration = "30m", maxExecutions = 1_000_000)
    void the_translation_vocabulary_gives_one_id_per_character(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        int[] ids = Seq2SeqVocabulary.encode(text);
        int[] codePoints = text.codePoints().toArray();
        assertThat(ids).hasSameSizeAs(codePoints);
        for (int i = 0; i < ids.length; i++) {
            assertThat(ids[i]).isBetween(0, Seq2SeqVocabulary.size() - 1);
            if (ids[i] != Seq2SeqVocabulary.UNKNOWN) {
                assertThat(Seq2SeqVocabulary.token(ids[i])).isEqualTo(Character.toString(codePoints[i]));
            }
        }
    }
}
