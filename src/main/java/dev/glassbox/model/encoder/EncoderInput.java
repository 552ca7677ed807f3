package dev.glassbox.model.encoder;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.Tokenizers;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A learner's text as the encoder reads it: MiniLM's WordPiece tokens ([CLS] … [SEP]), cut to
 * {@value MiniLmEncoder#MAX_TOKENS} tokens with [SEP] kept last. The one place the encoder lessons and the API
 * tokenize.
 *
 * @param tokens   the token texts (T)
 * @param ids      their ids (T)
 * @param original how many tokens the whole text has
 */
public record EncoderInput(List<String> tokens, int[] ids, int original) {

    /** The tokenizer whose vocabulary MiniLM was trained with. */
    public static final String TOKENIZER = "wordpiece";

    public EncoderInput {
        tokens = List.copyOf(tokens);
        ids = ids.clone();
    }

    @Override
    public int[] ids() {
        return ids.clone();
    }

    public boolean truncated() {
        return original > tokens.size();
    }

    /** The note a view shows when the text was cut, or "" when it was not. */
    public String note() {
        return note(Language.ENGLISH);
    }

    /** The same in {@code language}. */
    public String note(Language language) {
        return truncated() ? EncoderRun.line(LessonText.of(EncoderRun.CONCEPT, language), "truncated", "tokens", original,
                "kept", MiniLmEncoder.MAX_TOKENS - 1) : "";
    }

    /** Tokenizes a learner's text (checked by {@link LearnerText#require}). */
    public static EncoderInput of(String text) {
        List<Token> all = Tokenizers.byName(TOKENIZER).encode(LearnerText.require(text));
        return of(all.stream().map(Token::text).toList(), all.stream().mapToInt(Token::id).toArray());
    }

    /** Cuts already tokenized text to the limit, keeping its last token ([SEP]) last. */
    public static EncoderInput of(List<String> tokens, int[] ids) {
        int n = Math.min(ids.length, MiniLmEncoder.MAX_TOKENS);
        List<String> t = new ArrayList<>(tokens.subList(0, n));
        int[] i = Arrays.copyOf(ids, n);
        if (n < ids.length) {
            t.set(n - 1, tokens.get(ids.length - 1));
            i[n - 1] = ids[ids.length - 1];
        }
        return new EncoderInput(t, i, ids.length);
    }

    /** A key for caching: the ids. */
    String key() {
        return Arrays.toString(ids);
    }
}
