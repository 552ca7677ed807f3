package dev.glassbox.model.tokenize;

import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The simplest tokenizer: words and punctuation marks. A word is a run of letters, marks and digits that may
 * hold inner apostrophes or hyphens ("didn't", "well-known"); a number may hold inner separators ("3.14");
 * every other visible character is a token of its own; white space only separates.
 *
 * <p>Steps: normalise (Unicode NFC) → split on the pattern → tokens with character offsets.
 * There is no vocabulary, so every id is {@code null}.
 */
public final class WordTokenizer implements Tokenizer {

    public static final String NAME = "word";
    public static final String NORMALISE = "normalise";
    public static final String SPLIT = "split";
    public static final String TOKENS = "tokens";

    static final Pattern WORD = Pattern.compile(
            "\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{M}\\p{N}]+(?:['’\\-][\\p{L}\\p{M}\\p{N}]+)*|\\S",
            Pattern.UNICODE_CHARACTER_CLASS);

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Token> encode(String text) {
        return split(normalise(text));
    }

    @Override
    public Tokenization tokenize(String text) {
        // 1) normalise
        String normalised = normalise(text);
        // 2) split
        List<Token> tokens = split(normalised);
        List<String> texts = tokens.stream().map(Token::text).toList();
        List<Integer> noIds = tokens.stream().map(t -> (Integer) null).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (int n = 0; n < tokens.size(); n++) {
            Token t = tokens.get(n);
            rows.add(List.of(n, t.text(), t.start(), t.end()));
        }
        Trace trace = Trace.builder()
                .add(NORMALISE, "Normalise", "s′ = NFC(s)",
                        "Unicode can write the same letter in more than one way (é as one character, or e plus an accent). "
                                + "NFC picks one way, so equal-looking words compare equal. Case is kept.",
                        List.of(), new Value.Table(List.of("", "text"),
                                List.of(List.of("before", text), List.of("after", normalised))))
                .add(SPLIT, "Split into words and punctuation", "tokens = matches of  word | number | other-visible-character",
                        "Runs of letters and digits become words (an apostrophe or hyphen inside a word keeps it whole); "
                                + "every punctuation mark or symbol becomes a token of its own; spaces only separate.",
                        List.of(NORMALISE), new Value.Table(List.of("#", "token", "start", "end"), rows))
                .add(TOKENS, "Tokens", "n = " + tokens.size(),
                        "The sentence as a list of tokens. A word tokenizer has no vocabulary, so tokens carry no ids: "
                                + "any word it has never seen is still one token.",
                        List.of(SPLIT), new Value.TokenList(texts, noIds))
                .build();
        return new Tokenization(NAME, normalised, tokens, trace);
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static List<Token> split(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            tokens.add(new Token(m.group(), null, m.start(), m.end()));
        }
        return List.copyOf(tokens);
    }
}
