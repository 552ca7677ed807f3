package dev.glassbox.model.embedding;

import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.Tokenizers;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.List;

/**
 * A word's vector in context: the mean, over the word's WordPiece tokens, of all-MiniLM-L6-v2's last hidden state
 * for a sentence, v(w | s) = (1/|w|) Σ_{t∈w} H_L[t] (384 numbers). A static embedding such as GloVe gives a word
 * the same vector in every sentence; a transformer's output vector for the word depends on the words around it,
 * so cos(v(w | s₁), v(w | s₂)) &lt; 1. (Devlin et al. 2019, §3; Ethayarajh 2019, "How contextual are
 * contextualized word representations?")
 */
public final class ContextualEmbedding {

    public static final String FIRST = "first", SECOND = "second", STATIC = "static", COSINE = "contextual-cosine";

    /** The longest word this comparison accepts, in characters. */
    public static final int MAX_WORD = 50;

    /** The default pair: "bank" by a river and "bank" with money. */
    public static final String WORD = "bank", SENTENCE_1 = "We sat on the bank of the river and watched the water.",
            SENTENCE_2 = "She paid the money into her account at the bank.";

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

    /** The word in two sentences, the cosine of its two contextual vectors, and the trace of how they were made. */
    public record Comparison(String word, Reading first, Reading second, double cosine, Trace trace) {
    }

    private ContextualEmbedding() {
    }

    /**
     * Compares {@code word} in two sentences.
     *
     * @throws InvalidInputException when the word is empty, not one word, or missing from a sentence
     */
    public static Comparison compare(MiniLmLoader loader, MiniLmEncoder encoder, String word, String sentence1,
            String sentence2) {
        List<String> pieces = pieces(word);
        // 1) read each sentence with the encoder and find the word's tokens
        Reading r1 = read(loader, encoder, pieces, word, sentence1, "first");
        Reading r2 = read(loader, encoder, pieces, word, sentence2, "second");
        // 2) cosine of the two contextual vectors
        double cos = CosineSimilarity.cosine(r1.vector(), r2.vector());
        String w = word.strip();
        Trace trace = Trace.builder()
                .add(FIRST, "“" + w + "” in the first sentence", "v₁ = mean of H₆[t] over the tokens of “" + w + "” = "
                                + String.join(" ", r1.pieces()),
                        "The encoder reads the whole first sentence; the word's output vector (its row of the last hidden "
                                + "state, averaged over its " + r1.pieces().size() + " token(s)) already mixes in the words around it.",
                        List.of(), new Value.Vector(r1.vector()))
                .add(SECOND, "“" + w + "” in the second sentence", "v₂ = mean of H₆[t] over the tokens of “" + w + "” = "
                                + String.join(" ", r2.pieces()),
                        "The same word, the same weights — but other neighbours, so another vector.",
                        List.of(), new Value.Vector(r2.vector()))
                .add(STATIC, "A static embedding", "cos(e(" + w + "), e(" + w + ")) = 1",
                        "A static table such as GloVe has one row per word, so both sentences get the very same vector: "
                                + "the cosine is exactly 1 and nothing tells the two meanings apart.",
                        List.of(), new Value.Scalar(1))
                .add(COSINE, "Cosine of the two contextual vectors", "cos(v₁, v₂) = v₁·v₂ / (‖v₁‖ ‖v₂‖)",
                        "Below 1 because context changed the vector; the further below, the more the two uses differ "
                                + "for the model.",
                        List.of(FIRST, SECOND), new Value.Scalar(cos))
                .build();
        return new Comparison(w, r1, r2, cos, trace);
    }

    /** The word's WordPiece tokens (without [CLS]/[SEP]). */
    static List<String> pieces(String word) {
        String w = word == null ? "" : word.strip();
        if (w.isEmpty()) {
            throw new InvalidInputException("Please type the word to compare.");
        }
        if (w.codePointCount(0, w.length()) > MAX_WORD || w.chars().anyMatch(Character::isWhitespace)) {
            throw new InvalidInputException("Please type one word (no spaces, at most " + MAX_WORD + " characters) to compare.");
        }
        List<Token> tokens = Tokenizers.byName(EncoderInput.TOKENIZER).encode(w);
        List<String> pieces = tokens.subList(1, tokens.size() - 1).stream().map(Token::text).toList();
        if (pieces.isEmpty()) {
            throw new InvalidInputException("“" + w + "” has no letters or digits for the model to read; please type a word.");
        }
        return pieces;
    }

    private static Reading read(MiniLmLoader loader, MiniLmEncoder encoder, List<String> pieces, String word,
            String sentence, String which) {
        EncoderInput input = EncoderInput.of(LearnerText.require(sentence));
        List<String> tokens = input.tokens();
        int from = find(tokens, pieces);
        if (from < 0) {
            throw new InvalidInputException("The " + which + " sentence does not contain the word “" + word.strip()
                    + "”; please use it in both sentences.");
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
        return new Reading(sentence, tokens, from, to, v);
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
