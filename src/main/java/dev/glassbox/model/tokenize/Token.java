package dev.glassbox.model.tokenize;

/**
 * One token as its tokenizer shows it.
 *
 * @param text  the token as the tokenizer writes it ({@code ##ing}, {@code Ġthe}, {@code [CLS]})
 * @param id    its id in the tokenizer's vocabulary, or {@code null} for a tokenizer without one
 * @param start offset of its first character in the text that was tokenized (UTF-16 index)
 * @param end   offset just past its last character; {@code start == end} for added tokens such as {@code [CLS]}
 */
public record Token(String text, Integer id, int start, int end) {
    public Token {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }
}
