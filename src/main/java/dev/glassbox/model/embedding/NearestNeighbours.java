package dev.glassbox.model.embedding;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.trace.Trace;
import dev.glassbox.model.trace.Value;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Exact nearest neighbours by cosine similarity: the k words w ≠ q of the vocabulary with the largest
 * cos(v(w), q), found by comparing q with every one of the V vectors (brute force, no approximate index).
 *
 * <p>Source: Jurafsky and Martin, "Speech and Language Processing" (3rd ed. draft), §6.8 "Visualizing
 * embeddings" (nearest neighbours by cosine); Mikolov et al., "Linguistic Regularities in Continuous Space Word
 * Representations", NAACL 2013, §4 (the search is over the whole vocabulary, excluding the query words).
 */
public final class NearestNeighbours {

    /** The most neighbours one query returns. */
    public static final int MAX_K = 100;
    public static final String QUERY = "query";
    public static final String SCAN = "scan";
    public static final String NEIGHBOURS = "neighbours";

    /** One neighbour and its cosine similarity with the query. */
    public record Neighbour(String word, int rank, double cosine) {
    }

    /** Neighbours of a query with the trace of how they were found. */
    public record Result(List<Neighbour> neighbours, Trace trace) {
        public Result {
            neighbours = List.copyOf(neighbours);
        }
    }

    private NearestNeighbours() {
    }

    /** Rejects a k outside 1..{@value #MAX_K} with one plain sentence. */
    public static int requireK(int k) {
        return requireK(k, Language.ENGLISH);
    }

    /** The same, the sentence in {@code language}. */
    public static int requireK(int k, Language language) {
        if (k < 1 || k > MAX_K) {
            throw new InvalidInputException(Words.line(language, "nn-k-invalid", "max", MAX_K));
        }
        return k;
    }

    /** The k nearest neighbours of {@code word} (itself excluded), with the trace. */
    public static Result of(GloveVectors vectors, WordVector word, int k) {
        return of(vectors, word, k, Language.ENGLISH);
    }

    /** The same, its steps told in {@code language}. */
    public static Result of(GloveVectors vectors, WordVector word, int k, Language language) {
        requireK(k, language);
        List<Neighbour> found = search(vectors, word.values(), k, Set.of(word.rank()));
        Trace trace = Trace.builder()
                .add(QUERY, Words.line(language, "nn-query-title"), "q = v(" + word.word() + ")",
                        Words.line(language, "nn-query", "dimensions", word.dimensions()),
                        List.of(), new Value.Vector(word.values(), dimensionLabels(word.dimensions(), language)))
                .add(SCAN, Words.line(language, "nn-scan-title"),
                        Words.line(language, "nn-scan-equation", "vocabulary", Words.count(language, vectors.size())),
                        Words.line(language, "nn-scan"),
                        List.of(QUERY), new Value.Scalar(vectors.size(), Words.line(language, "nn-scan-unit")))
                .add(NEIGHBOURS, Words.line(language, "nn-neighbours-title", "k", k),
                        Words.line(language, "nn-neighbours-equation", "k", k),
                        Words.line(language, "nn-neighbours"),
                        List.of(SCAN), table(found, language))
                .build();
        return new Result(found, trace);
    }

    /**
     * The k vocabulary words (other than {@code exclude}, by rank) with the largest cosine with {@code query},
     * best first; ties go to the more frequent word.
     */
    public static List<Neighbour> search(GloveVectors vectors, double[] query, int k, Set<Integer> exclude) {
        requireK(k);
        int d = vectors.dimensions(), size = vectors.size();
        float[] unit = vectors.unitRows(); // (V·d)
        double qNorm = 0;
        for (double x : query) {
            qNorm += x * x;
        }
        qNorm = Math.sqrt(qNorm);
        float[] q = new float[d]; // (d) the query as a unit vector
        for (int j = 0; j < d; j++) {
            q[j] = qNorm == 0 ? 0 : (float) (query[j] / qNorm);
        }
        // 1) scan: one dot product per row of the pre-normalised matrix; keep the best k in a sorted array.
        //    A hand loop: this is the hot path (V·d = 5 million multiply-adds per query), measured in EmbeddingBenchmark.
        int[] best = new int[k];
        float[] bestScore = new float[k];
        Arrays.fill(bestScore, Float.NEGATIVE_INFINITY);
        Arrays.fill(best, -1);
        int d4 = d & ~3;
        for (int i = 0; i < size; i++) {
            int row = i * d;
            // four running sums break the chain of dependent additions (about 3× faster, see the benchmark)
            float s0 = 0, s1 = 0, s2 = 0, s3 = 0;
            int j = 0;
            for (; j < d4; j += 4) {
                s0 += unit[row + j] * q[j];
                s1 += unit[row + j + 1] * q[j + 1];
                s2 += unit[row + j + 2] * q[j + 2];
                s3 += unit[row + j + 3] * q[j + 3];
            }
            for (; j < d; j++) {
                s0 += unit[row + j] * q[j];
            }
            float s = (s0 + s1) + (s2 + s3);
            if (s > bestScore[k - 1] && !exclude.contains(i)) {
                int p = k - 1;
                while (p > 0 && bestScore[p - 1] < s) {
                    bestScore[p] = bestScore[p - 1];
                    best[p] = best[p - 1];
                    p--;
                }
                bestScore[p] = s;
                best[p] = i;
            }
        }
        // 2) rescore the winners in double precision from the stored numbers, so every cosine shown equals
        //    CosineSimilarity.cosine of the two vectors
        List<Neighbour> out = new ArrayList<>(k);
        for (int i : best) {
            if (i >= 0) {
                out.add(new Neighbour(vectors.word(i), i, CosineSimilarity.cosine(query, vectors.vector(i).values())));
            }
        }
        out.sort(Comparator.comparingDouble(Neighbour::cosine).reversed().thenComparingInt(Neighbour::rank));
        return List.copyOf(out);
    }

    static Value.Table table(List<Neighbour> neighbours) {
        return table(neighbours, Language.ENGLISH);
    }

    static Value.Table table(List<Neighbour> neighbours, Language language) {
        List<List<Object>> rows = new ArrayList<>();
        for (int n = 0; n < neighbours.size(); n++) {
            Neighbour nb = neighbours.get(n);
            rows.add(List.of(n + 1, nb.word(), nb.cosine()));
        }
        return new Value.Table(List.of("#", Words.line(language, "column-word"), Words.line(language, "column-cosine")), rows);
    }

    /** "dim 1" … "dim d", the labels of a vector's entries. */
    public static List<String> dimensionLabels(int d) {
        return dimensionLabels(d, Language.ENGLISH);
    }

    /** The same in {@code language}. */
    public static List<String> dimensionLabels(int d, Language language) {
        List<String> labels = new ArrayList<>(d);
        String template = Words.line(language, "dimension", "n", "#"); // read once, filled d times
        for (int j = 1; j <= d; j++) {
            labels.add(template.replace("#", Integer.toString(j)));
        }
        return labels;
    }
}
