package dev.glassbox.model.tokenize;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
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
 * There is no vocabulary, so every id is {@code null}. A token is written as NFC made it; its offsets point into the
 * text as it was typed (NFC can make a text shorter or longer: U+FB2C is three characters after it), spanning the
 * whole characters it came from.
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
        return split(Normalised.of(text));
    }

    @Override
    public Tokenization tokenize(String text, Language language) {
        LessonText say = LessonText.of("tokens", language);
        // 1) normalise
        Normalised n = Normalised.of(text);
        String normalised = n.text();
        // 2) split
        List<Token> tokens = split(n);
        List<String> texts = tokens.stream().map(Token::text).toList();
        List<Integer> noIds = tokens.stream().map(t -> (Integer) null).toList();
        List<List<Object>> rows = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            rows.add(List.of(k, t.text(), t.start(), t.end()));
        }
        Trace trace = Trace.builder()
                .add(NORMALISE, say.plain("word-normalise-title"), "s′ = NFC(s)", say.plain("word-normalise"),
                        List.of(), new Value.Table(List.of("", say.plain("column-text")), List.of(
                                List.of(say.plain("row-before"), text), List.of(say.plain("row-after"), normalised))))
                .add(SPLIT, say.plain("word-split-title"), say.plain("word-split-formula"), say.plain("word-split"),
                        List.of(NORMALISE), new Value.Table(List.of("#", say.plain("column-token"),
                                say.plain("column-start"), say.plain("column-end")), rows))
                .add(TOKENS, say.plain("word-tokens-title"), "n = " + tokens.size(), say.plain("word-tokens"),
                        List.of(SPLIT), new Value.TokenList(texts, noIds))
                .build();
        return new Tokenization(NAME, text, tokens, trace);
    }

    static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static List<Token> split(Normalised n) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(n.text());
        while (m.find()) {
            tokens.add(new Token(m.group(), null, n.start()[m.start()], n.end()[m.end() - 1]));
        }
        return List.copyOf(tokens);
    }

    /**
     * The NFC text and, for each of its UTF-16 units, the offsets {@code [start, end)} in the typed text of the
     * characters it came from. The text is normalised in pieces that NFC treats independently (a piece starts at a
     * character that is not a mark), checked against the whole text's NFC; should that ever differ, a piece
     * boundary is kept only where NFC of the text before it followed by NFC of the rest is the whole text's NFC.
     */
    record Normalised(String text, int[] start, int[] end) {

        static Normalised of(String typed) {
            String whole = normalise(typed);
            if (whole.equals(typed)) {
                int[] start = new int[typed.length()];
                int[] end = new int[typed.length()];
                for (int i = 0; i < typed.length(); ) {
                    int next = typed.offsetByCodePoints(i, 1);
                    for (int k = i; k < next; k++) {
                        start[k] = i;
                        end[k] = next;
                    }
                    i = next;
                }
                return new Normalised(typed, start, end);
            }
            List<Integer> cuts = new ArrayList<>(); // piece boundaries in the typed text, 0 and its length included
            for (int i = 0; i < typed.length(); i = typed.offsetByCodePoints(i, 1)) {
                if (i == 0 || startsPiece(typed.codePointAt(i))) {
                    cuts.add(i);
                }
            }
            cuts.add(typed.length());
            int[] at = new int[cuts.size()]; // where each piece starts in the NFC text
            StringBuilder joined = new StringBuilder();
            for (int p = 0; p + 1 < cuts.size(); p++) {
                joined.append(normalise(typed.substring(cuts.get(p), cuts.get(p + 1))));
                at[p + 1] = joined.length();
            }
            if (!joined.toString().equals(whole)) {
                cuts.removeIf(i -> i > 0 && i < typed.length()
                        && !(normalise(typed.substring(0, i)) + normalise(typed.substring(i))).equals(whole));
                at = new int[cuts.size()];
                for (int p = 1; p < cuts.size(); p++) {
                    at[p] = Math.max(at[p - 1], normalise(typed.substring(0, cuts.get(p))).length());
                }
                at[cuts.size() - 1] = whole.length();
            }
            int[] start = new int[whole.length()];
            int[] end = new int[whole.length()];
            for (int p = 0; p + 1 < cuts.size(); p++) {
                for (int k = at[p]; k < at[p + 1]; k++) {
                    start[k] = cuts.get(p);
                    end[k] = cuts.get(p + 1);
                }
            }
            return new Normalised(whole, start, end);
        }

        /** Whether NFC starts afresh at {@code cp}: not a mark, nor a Hangul vowel or final consonant jamo. */
        private static boolean startsPiece(int cp) {
            int type = Character.getType(cp);
            return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
                    && type != Character.ENCLOSING_MARK && !(cp >= 0x1160 && cp <= 0x11FF) && !(cp >= 0xD7B0 && cp <= 0xD7FF);
        }
    }
}
