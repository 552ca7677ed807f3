package dev.glassbox.model.embedding;

import dev.glassbox.model.text.LearnerText;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.WordTokenizer;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A sentence's words as vectors: word tokens (punctuation left out) → lower case → one row of the embedding
 * matrix E each, v(w) = E[rank(w)]; a word outside the vocabulary has no row. A static embedding gives a word
 * the same vector wherever it occurs.
 *
 * <p>Source: Jurafsky and Martin, "Speech and Language Processing" (3rd ed. draft), §6.8 (static embeddings) and
 * §7.3 (the embedding matrix E, one row per vocabulary word).
 */
public final class SentenceVectors {

    /** The most word tokens one sentence is read for (the rest are left out, and the result says so). */
    public static final int MAX_WORDS = 20;

    public static final String WORDS = "words";
    public static final String LOOKUP = "lookup";
    public static final String VECTORS = "vectors";

    /** One word token: as written, as looked up, and its vector if the vocabulary has it. */
    public record Entry(String token, String word, Optional<WordVector> vector) {
    }

    /**
     * The result: every word token read, the ones with vectors (repeats kept), the distinct ones, and the trace.
     *
     * @param skipped how many word tokens past {@value #MAX_WORDS} were left out
     */
    public record Result(List<Entry> entries, List<WordVector> known, List<WordVector> distinct, List<String> unknown,
            int skipped, Trace trace) {
        public Result {
            entries = List.copyOf(entries);
            known = List.copyOf(known);
            distinct = List.copyOf(distinct);
            unknown = List.copyOf(unknown);
        }

        /** The words without a vector, grouped by why they have none (in the order of {@link MissingWord}). */
        public Map<MissingWord, List<String>> unknownByReason() {
            Map<MissingWord, List<String>> out = new EnumMap<>(MissingWord.class);
            for (String w : unknown) {
                out.computeIfAbsent(MissingWord.of(w), r -> new ArrayList<>()).add(w);
            }
            return out;
        }
    }

    private static final WordTokenizer TOKENIZER = new WordTokenizer();

    private SentenceVectors() {
    }

    /** Reads {@code sentence} (checked by {@link LearnerText#require}) into vectors. */
    public static Result of(GloveVectors vectors, String sentence) {
        // 1) word tokens, punctuation left out
        List<String> tokens = new ArrayList<>();
        for (Token t : TOKENIZER.encode(LearnerText.require(sentence))) {
            if (t.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
                tokens.add(t.text());
            }
        }
        int skipped = Math.max(0, tokens.size() - MAX_WORDS);
        tokens = tokens.subList(0, Math.min(tokens.size(), MAX_WORDS));
        // 2) look up each in lower case
        List<Entry> entries = new ArrayList<>();
        List<WordVector> known = new ArrayList<>();
        Map<String, WordVector> distinct = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (String token : tokens) {
            String word = token.toLowerCase(Locale.ROOT);
            Optional<WordVector> v = word.length() > GloveVectors.MAX_WORD_CHARACTERS ? Optional.empty() : vectors.find(word);
            entries.add(new Entry(token, word, v));
            if (v.isPresent()) {
                known.add(v.get());
                distinct.putIfAbsent(word, v.get());
                rows.add(List.of(word, v.get().rank() + 1, v.get().norm()));
            } else {
                if (!unknown.contains(word)) {
                    unknown.add(word);
                }
                rows.add(List.of(word, "not in the vocabulary", "—"));
            }
        }
        List<String> words = entries.stream().map(Entry::word).toList();
        // 3) the vectors, one row per word token
        double[][] matrix = new double[known.size()][]; // (n, d)
        for (int i = 0; i < known.size(); i++) {
            matrix[i] = known.get(i).values();
        }
        Trace.Builder trace = Trace.builder()
                .add(WORDS, "Words in lower case", "w₁ … wₙ,  n = " + words.size(),
                        "The sentence's word tokens, without punctuation, in lower case: this GloVe vocabulary is all "
                                + "lower case, so “The” and “the” are the same word.",
                        List.of(), new Value.TokenList(words, Collections.nCopies(words.size(), null)))
                .add(LOOKUP, "Look up each word", "v(w) = E[rank(w)]",
                        "Each word is a row number in a table of " + String.format(Locale.ROOT, "%,d", vectors.size())
                                + " words (1 = the most frequent word). A word that is not in the table has no vector.",
                        List.of(WORDS), new Value.Table(List.of("word", "row (frequency rank)", "length ‖v‖"), rows));
        if (!known.isEmpty()) {
            trace.add(VECTORS, "The vectors", "V = [v(w₁); …; v(wₙ)]   (" + known.size() + " × " + vectors.dimensions() + ")",
                    "One row of " + vectors.dimensions() + " numbers per word. A repeated word gets exactly the same row: "
                            + "a static embedding does not look at the other words.",
                    List.of(LOOKUP), new Value.Matrix(matrix, known.stream().map(WordVector::word).toList(),
                            NearestNeighbours.dimensionLabels(vectors.dimensions())));
        }
        return new Result(entries, known, List.copyOf(distinct.values()), unknown, skipped, trace.build());
    }
}
