package dev.glassbox.model.embedding;

import dev.glassbox.model.lesson.Language;
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

    /** Reads {@code sentence} (checked by {@link LearnerText#require}) into vectors, its steps told in English. */
    public static Result of(GloveVectors vectors, String sentence) {
        return of(vectors, sentence, Language.ENGLISH);
    }

    /** Reads {@code sentence} (checked by {@link LearnerText#require}) into vectors, its steps told in {@code language}. */
    public static Result of(GloveVectors vectors, String sentence, Language language) {
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
                rows.add(List.of(word, Words.line(language, "sv-not-in-vocabulary"), "—"));
            }
        }
        List<String> words = entries.stream().map(Entry::word).toList();
        // 3) the vectors, one row per word token
        double[][] matrix = new double[known.size()][]; // (n, d)
        for (int i = 0; i < known.size(); i++) {
            matrix[i] = known.get(i).values();
        }
        Trace.Builder trace = Trace.builder()
                .add(WORDS, Words.line(language, "sv-words-title"), "w₁ … wₙ,  n = " + words.size(),
                        Words.line(language, "sv-words"),
                        List.of(), new Value.TokenList(words, Collections.nCopies(words.size(), null)))
                .add(LOOKUP, Words.line(language, "sv-lookup-title"), "v(w) = E[rank(w)]",
                        Words.line(language, "sv-lookup", "vocabulary", Words.count(language, vectors.size())),
                        List.of(WORDS), new Value.Table(List.of(Words.line(language, "column-word"),
                                Words.line(language, "sv-column-rank"), Words.line(language, "column-length") + " ‖v‖"), rows));
        if (!known.isEmpty()) {
            trace.add(VECTORS, Words.line(language, "sv-vectors-title"),
                    "V = [v(w₁); …; v(wₙ)]   (" + known.size() + " × " + vectors.dimensions() + ")",
                    Words.line(language, "sv-vectors", "dimensions", vectors.dimensions()),
                    List.of(LOOKUP), new Value.Matrix(matrix, known.stream().map(WordVector::word).toList(),
                            NearestNeighbours.dimensionLabels(vectors.dimensions(), language)));
        }
        return new Result(entries, known, List.copyOf(distinct.values()), unknown, skipped, trace.build());
    }
}
