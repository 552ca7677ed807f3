package dev.glassbox.model.encoder;

import java.util.List;
import java.util.Set;

/** Finds, among all 6 × 12 heads, the one where a query token looks hardest at another word. */
public final class HeadSearch {

    /** Pronouns a learner might want resolved. */
    public static final Set<String> PRONOUNS = Set.of("it", "its", "he", "him", "his", "she", "her", "they", "them",
            "their", "this", "that");

    /** Small words that are never what a pronoun stands for. */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "or", "but", "because", "to",
            "of", "in", "on", "at", "by", "for", "with", "so", "too", "very", "not", "t", "s", "didn", "don", "doesn",
            "isn", "wasn", "was", "is", "were", "are", "be", "had", "has", "have", "until", "when", "then", "than");

    private HeadSearch() {
    }

    /**
     * @param layer  the layer
     * @param head   the head
     * @param query  the query token's index
     * @param key    the key token's index
     * @param weight the attention weight from query to key
     */
    public record Found(int layer, int head, int query, int key, float weight) {
    }

    /** The first pronoun's index, or −1. */
    public static int pronoun(List<String> tokens) {
        for (int t = 0; t < tokens.size(); t++) {
            if (PRONOUNS.contains(tokens.get(t))) {
                return t;
            }
        }
        return -1;
    }

    /**
     * The head and key word with the largest weight from {@code query} to a word that could be what it stands for:
     * an earlier word, not its neighbour, not a small function word, not [CLS], punctuation or a word piece.
     * (Without these limits the winners are heads that look at the previous word.)
     */
    public static Found strongest(EncoderRun run, int query) {
        Found best = null;
        List<String> tokens = run.tokens();
        for (int l = 0; l < run.layers().size(); l++) {
            for (int h = 0; h < MiniLmEncoder.HEADS; h++) {
                float[] row = run.attention(l, h)[query];
                for (int j = 1; j < query - 1; j++) {
                    String t = tokens.get(j);
                    if (!Character.isLetterOrDigit(t.codePointAt(0)) || PRONOUNS.contains(t) || FUNCTION_WORDS.contains(t)) {
                        continue;
                    }
                    if (best == null || row[j] > best.weight()) {
                        best = new Found(l, h, query, j, row[j]);
                    }
                }
            }
        }
        return best;
    }
}
