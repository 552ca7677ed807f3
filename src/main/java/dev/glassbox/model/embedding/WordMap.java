package dev.glassbox.model.embedding;

import dev.glassbox.model.lesson.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A flat map of some words: the given words plus their m nearest neighbours each, projected from d dimensions to
 * two by {@link PcaProjection}. Words that are close on the map tend to be close in the full space, but two
 * dimensions keep only part of the spread (the explained-variance step says how much).
 */
public final class WordMap {

    /** Neighbours added per word. */
    public static final int NEIGHBOURS_PER_WORD = 3;

    /** One point: its word, the sentence word it was added for ({@code null} for a sentence word), x and y. */
    public record Point(String word, String neighbourOf, double x, double y) {
    }

    /** The points and the projection that placed them. */
    public record Result(List<Point> points, PcaProjection.Result projection) {
        public Result {
            points = List.copyOf(points);
        }
    }

    private WordMap() {
    }

    /** Maps {@code words} (distinct) with {@value #NEIGHBOURS_PER_WORD} neighbours each. */
    public static Result of(GloveVectors vectors, List<WordVector> words) {
        return of(vectors, words, Language.ENGLISH);
    }

    /** The same, the projection's steps told in {@code language}. */
    public static Result of(GloveVectors vectors, List<WordVector> words, Language language) {
        // 1) gather: the words first, then each one's nearest neighbours not already on the map
        Map<String, WordVector> points = new LinkedHashMap<>();
        Map<String, String> addedFor = new LinkedHashMap<>();
        for (WordVector w : words) {
            points.putIfAbsent(w.word(), w);
        }
        for (WordVector w : words) {
            Set<Integer> onMap = new HashSet<>();
            points.values().forEach(p -> onMap.add(p.rank()));
            for (NearestNeighbours.Neighbour nb : NearestNeighbours.search(vectors, w.values(), NEIGHBOURS_PER_WORD, onMap)) {
                points.put(nb.word(), vectors.vector(nb.rank()));
                addedFor.put(nb.word(), w.word());
            }
        }
        // 2) project
        List<String> labels = new ArrayList<>(points.keySet());
        double[][] x = new double[labels.size()][]; // (n, d)
        for (int i = 0; i < labels.size(); i++) {
            x[i] = points.get(labels.get(i)).values();
        }
        PcaProjection.Result pca = PcaProjection.of(labels, x, language);
        List<Point> out = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            out.add(new Point(labels.get(i), addedFor.get(labels.get(i)), pca.coordinates()[i][0], pca.coordinates()[i][1]));
        }
        return new Result(out, pca);
    }
}
