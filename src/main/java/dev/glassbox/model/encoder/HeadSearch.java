package dev.glassbox.model.encoder;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds, among all 6 × 12 heads, the one where a query token looks hardest at another word, and lists what every
 * candidate word gets. Attention weights show where a head looks, not what the model decided (Clark et al. 2019,
 * "What Does BERT Look At?"; Jain &amp; Wallace 2019, "Attention is not Explanation").
 */
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

    /**
     * One word a pronoun could stand for, side by side with the others.
     *
     * @param key     the word's token index
     * @param word    its text
     * @param inFound the weight the query gives it in the head {@link #strongest} found
     * @param best    the head where the query gives it the most weight
     */
    public record Candidate(int key, String word, float inFound, Found best) {
    }

    /**
     * The search for one pronoun: the strongest head over all candidates, and every candidate's weights.
     *
     * @param pronoun    the pronoun's token index
     * @param found      the strongest head and word ({@code null} when there is no candidate)
     * @param candidates the earlier content words, in sentence order
     */
    public record Resolution(int pronoun, Found found, List<Candidate> candidates) {
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
        for (int j : candidates(run.tokens(), query)) {
            Found f = strongest(run, query, j);
            if (best == null || f.weight() > best.weight()) {
                best = f;
            }
        }
        return best;
    }

    /** The head where {@code query} gives {@code key} the most weight. */
    public static Found strongest(EncoderRun run, int query, int key) {
        Found best = null;
        for (int l = 0; l < run.layers().size(); l++) {
            for (int h = 0; h < MiniLmEncoder.HEADS; h++) {
                float w = run.attention(l, h)[query][key];
                if (best == null || w > best.weight()) {
                    best = new Found(l, h, query, key, w);
                }
            }
        }
        return best;
    }

    /**
     * The token indexes a pronoun at {@code query} could stand for: earlier words, not its neighbour, not a small
     * function word or another pronoun, not [CLS], punctuation or a word piece.
     */
    public static List<Integer> candidates(List<String> tokens, int query) {
        List<Integer> keys = new ArrayList<>();
        for (int j = 1; j < query - 1; j++) {
            String t = tokens.get(j);
            if (Character.isLetterOrDigit(t.codePointAt(0)) && !PRONOUNS.contains(t) && !FUNCTION_WORDS.contains(t)) {
                keys.add(j);
            }
        }
        return keys;
    }

    /** The search for the first pronoun of {@code run}, or {@code null} when the sentence has none. */
    public static Resolution resolve(EncoderRun run) {
        int pronoun = pronoun(run.tokens());
        if (pronoun < 0) {
            return null;
        }
        Found found = strongest(run, pronoun);
        List<Candidate> list = new ArrayList<>();
        for (int j : candidates(run.tokens(), pronoun)) {
            list.add(new Candidate(j, run.tokens().get(j), run.attention(found.layer(), found.head())[pronoun][j],
                    strongest(run, pronoun, j)));
        }
        return new Resolution(pronoun, found, List.copyOf(list));
    }
}
