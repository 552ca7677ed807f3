package dev.glassbox.model.embedding;

import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.Tokenizers;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * A word's vector in context: the mean, over the word's WordPiece tokens, of all-MiniLM-L6-v2's last hidden state
 * for a sentence, v(w | s) = (1/|w|) Σ_{t∈w} H_L[t] (384 numbers). A static embedding such as GloVe gives a word
 * the same vector in every sentence; a transformer's output vector for the word depends on the words around it,
 * so cos(v(w | s₁), v(w | s₂)) &lt; 1. (Devlin et al. 2019, §3; Ethayarajh 2019, "How contextual are
 * contextualized word representations?")
 */
public final class ContextualEmbedding {

    public static final String FIRST = "first", SECOND = "second", THIRD = "third", STATIC = "static",
            COSINE = "contextual-cosine", SAME_SENSE = "same-sense", BASELINE = "baseline";

    /** The longest word this comparison accepts, in characters. */
    public static final int MAX_WORD = 50;

    /**
     * The default: "bank" by a river, "bank" with money, and "bank" by a river again (the same sense as the first,
     * in other words) as the baseline.
     */
    public static final String WORD = "bank", SENTENCE_1 = "We sat on the bank of the river and watched the water.",
            SENTENCE_2 = "She paid the money into her account at the bank.",
            SENTENCE_3 = "The children played on the grassy bank beside the stream.";

    /**
     * One reading of the word in one sentence.
     *
     * @param tokens the sentence's WordPiece tokens as the encoder read them (T)
     * @param from   index of the word's first token
     * @param to     index just past its last token
     * @param vector the mean of their last hidden states (384)
     */
    public record Reading(String sentence, List<String> tokens, int from, int to, double[] vector) {
        public Reading {
            tokens = List.copyOf(tokens);
            vector = vector.clone();
        }

        @Override
        public double[] vector() {
            return vector.clone();
        }

        public List<String> pieces() {
            return tokens.subList(from, to);
        }
    }

    /**
     * The word in three sentences — the first and third in the same sense, the second in another — and the
     * cosines that tell them apart.
     *
     * @param cosine    cos(v₁, v₂): the two senses
     * @param sameSense cos(v₁, v₃): the same sense in other words, the baseline for {@code cosine}
     * @param unrelated the mean cosine between the other words' tokens of the first and second sentences, each pair
     *                  of different words (how similar any two contextual vectors are: the floor)
     * @param pairs     how many token pairs {@code unrelated} averages
     */
    public record Comparison(String word, Reading first, Reading second, Reading third, double cosine, double sameSense,
            double unrelated, int pairs, Trace trace) {
    }

    private ContextualEmbedding() {
    }

    /**
     * Compares {@code word} in three sentences: the first and the third should use it in the same sense, the second
     * in another.
     *
     * @throws InvalidInputException when the word is empty, not one word, or missing from a sentence
     */
    public static Comparison compare(MiniLmLoader loader, MiniLmEncoder encoder, String word, String sentence1,
            String sentence2, String sentence3) {
        return compare(loader, encoder, word, sentence1, sentence2, sentence3, Language.ENGLISH);
    }

    /** The same, its steps and refusals said in {@code language}. */
    public static Comparison compare(MiniLmLoader loader, MiniLmEncoder encoder, String word, String sentence1,
            String sentence2, String sentence3, Language language) {
        List<String> pieces = pieces(word, language);
        // 1) read each sentence with the encoder and find the word's tokens
        Read r1 = read(loader, encoder, pieces, word, sentence1, "first", language);
        Read r2 = read(loader, encoder, pieces, word, sentence2, "second", language);
        Read r3 = read(loader, encoder, pieces, word, sentence3, "third", language);
        // 2) cosines: the two senses, and the same sense in other words
        double cos = CosineSimilarity.cosine(r1.reading().vector(), r2.reading().vector());
        double same = CosineSimilarity.cosine(r1.reading().vector(), r3.reading().vector());
        // 3) the floor: every token of another word in the first sentence against every one in the second
        double sum = 0;
        int pairs = 0;
        for (int i : r1.others()) {
            for (int j : r2.others()) {
                if (!r1.reading().tokens().get(i).equals(r2.reading().tokens().get(j))) {
                    sum += CosineSimilarity.cosine(r1.row(i), r2.row(j));
                    pairs++;
                }
            }
        }
        double unrelated = pairs == 0 ? Double.NaN : sum / pairs;
        String w = word.strip();
        List<String> dims = NearestNeighbours.dimensionLabels(r1.reading().vector().length, language);
        Trace.Builder trace = Trace.builder()
                .add(FIRST, Words.line(language, "ce-first-title", "word", w), Words.line(language, "ce-first-equation",
                                "word", w, "pieces", String.join(" ", r1.reading().pieces())),
                        Words.line(language, "ce-first", "count", r1.reading().pieces().size()),
                        List.of(), new Value.Vector(r1.reading().vector(), dims))
                .add(SECOND, Words.line(language, "ce-second-title", "word", w),
                        Words.line(language, "ce-second-equation", "word", w),
                        Words.line(language, "ce-second"),
                        List.of(), new Value.Vector(r2.reading().vector(), dims))
                .add(THIRD, Words.line(language, "ce-third-title", "word", w),
                        Words.line(language, "ce-third-equation", "word", w),
                        Words.line(language, "ce-third"),
                        List.of(), new Value.Vector(r3.reading().vector(), dims))
                .add(STATIC, Words.line(language, "ce-static-title"), "cos(e(" + w + "), e(" + w + ")) = 1",
                        Words.line(language, "ce-static"),
                        List.of(), new Value.Scalar(1))
                .add(COSINE, Words.line(language, "ce-cosine-title"), "cos(v₁, v₂) = v₁·v₂ / (‖v₁‖ ‖v₂‖)",
                        Words.line(language, "ce-cosine"),
                        List.of(FIRST, SECOND), new Value.Scalar(cos))
                .add(SAME_SENSE, Words.line(language, "ce-same-title"), "cos(v₁, v₃)",
                        Words.line(language, "ce-same"),
                        List.of(FIRST, THIRD), new Value.Scalar(same));
        if (pairs > 0) {
            trace.add(BASELINE, Words.line(language, "ce-baseline-title"),
                    Words.line(language, "ce-baseline-equation", "pairs", pairs),
                    Words.line(language, "ce-baseline"),
                    List.of(), new Value.Scalar(unrelated));
        }
        return new Comparison(w, r1.reading(), r2.reading(), r3.reading(), cos, same, unrelated, pairs, trace.build());
    }

    /** A reading with the sentence's hidden state, and the tokens of other words (not the word, not [CLS]/[SEP]). */
    private record Read(Reading reading, float[][] h, List<Integer> others) {
        double[] row(int t) {
            double[] r = new double[h[t].length]; // (dModel)
            for (int j = 0; j < r.length; j++) {
                r[j] = h[t][j];
            }
            return r;
        }
    }

    /** The word's WordPiece tokens (without [CLS]/[SEP]). */
    static List<String> pieces(String word) {
        return pieces(word, Language.ENGLISH);
    }

    static List<String> pieces(String word, Language language) {
        String w = word == null ? "" : word.strip();
        if (w.isEmpty()) {
            throw new InvalidInputException(Words.line(language, "ce-empty"));
        }
        if (w.codePointCount(0, w.length()) > MAX_WORD || w.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException(Words.line(language, "ce-not-one-word", "max", MAX_WORD));
        }
        List<Token> tokens = Tokenizers.byName(EncoderInput.TOKENIZER).encode(w);
        List<String> pieces = tokens.subList(1, tokens.size() - 1).stream().map(Token::text).toList();
        if (pieces.isEmpty()) {
            throw new InvalidInputException(Words.line(language, "ce-no-letters", "word", w));
        }
        return pieces;
    }

    private static Read read(MiniLmLoader loader, MiniLmEncoder encoder, List<String> pieces, String word,
            String sentence, String which, Language language) {
        EncoderInput input = EncoderInput.of(LearnerText.require(sentence));
        List<String> tokens = input.tokens();
        int from = find(tokens, pieces);
        if (from < 0) {
            throw new InvalidInputException(Words.line(language, "ce-missing-" + which, "word", word.strip()));
        }
        int to = from + pieces.size();
        EncoderRun run = loader.run(encoder, input);
        float[][] h = run.lastHiddenState(); // (T, dModel)
        double[] v = new double[h[0].length]; // (dModel)
        for (int t = from; t < to; t++) {
            for (int j = 0; j < v.length; j++) {
                v[j] += h[t][j] / (to - from);
            }
        }
        List<Integer> others = new ArrayList<>();
        for (int t = 1; t < tokens.size() - 1; t++) {
            if ((t < from || t >= to) && tokens.get(t).codePoints().anyMatch(Character::isLetterOrDigit)) {
                others.add(t);
            }
        }
        return new Read(new Reading(sentence, tokens, from, to, v), h, others);
    }

    /** The first place where {@code pieces} stand as a whole word in {@code tokens}, or −1. */
    static int find(List<String> tokens, List<String> pieces) {
        for (int i = 0; i + pieces.size() <= tokens.size(); i++) {
            if (tokens.subList(i, i + pieces.size()).equals(pieces)) {
                int after = i + pieces.size();
                boolean wholeWord = after >= tokens.size() || !tokens.get(after).startsWith("##");
                if (wholeWord) {
                    return i;
                }
            }
        }
        return -1;
    }
}
