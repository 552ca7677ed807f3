package dev.glassbox.ui.tokenize;

import dev.glassbox.model.tokenize.BytePairTokenizer;
import dev.glassbox.model.tokenize.Token;
import dev.glassbox.model.tokenize.Tokenization;
import dev.glassbox.model.tokenize.Tokenizers;
import dev.glassbox.model.tokenize.WordPieceTokenizer;
import dev.glassbox.model.tokenize.WordTokenizer;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What the tokens lesson shows for one state, computed without a browser: the three tokenizations, the BPE replay
 * at the chosen merge step and the WordPiece search on the chosen word. A link's out-of-range merge step or unknown
 * word falls back, with one sentence in {@link #problems()}.
 */
final class TokensLesson {

    /** The tokenizers side by side, in the order the lesson tells them. */
    static final List<String> SIDE_BY_SIDE = List.of(WordTokenizer.NAME, WordPieceTokenizer.NAME, BytePairTokenizer.NAME);

    final String sentence;
    final List<Tokenization> sideBySide = new ArrayList<>();
    final Tokenization selected;
    final BytePairTokenizer.Replay replay;
    final int mergeStep;
    final List<String> words;
    final String word;
    final WordPieceTokenizer.Search search;
    /** What BERT's normaliser changed in the sentence, one row per distinct character. */
    final Value.Table normaliserChanges;
    /** The sentence's characters that GPT-2 writes as other characters, with their bytes. */
    final List<BytePairTokenizer.StandIn> standIns;
    final Value.Table standInTable;
    private final List<String> problems = new ArrayList<>();

    /** @param sentence already accepted by {@code LearnerText.require} */
    TokensLesson(TokensState state, String sentence) {
        this.sentence = sentence;
        Language language = PageLanguage.current();
        for (String name : SIDE_BY_SIDE) {
            sideBySide.add(Tokenizers.byName(name).tokenize(sentence, language));
        }
        selected = sideBySide.stream().filter(t -> t.tokenizer().equals(state.tokenizer())).findFirst()
                .orElseGet(() -> Tokenizers.byName(state.tokenizer()).tokenize(sentence, language));
        replay = BytePairTokenizer.r50k().replay(sentence);
        int merges = replay.merges().size();
        if (state.mergeStep() > merges) {
            problems.add(TokensText.plain(merges == 1 ? "problem-merge-step-one" : "problem-merge-step-other",
                    "merges", merges, "step", state.mergeStep()));
        }
        mergeStep = Math.min(state.mergeStep(), merges);
        WordPieceTokenizer wordPiece = WordPieceTokenizer.minilm();
        words = List.copyOf(new LinkedHashSet<>(wordPiece.words(sentence)));
        String chosen = state.word();
        if (chosen != null && !words.contains(chosen)) {
            problems.add(TokensText.plain("problem-word"));
            chosen = null;
        }
        if (chosen == null) {
            chosen = mostInteresting(wordPiece, words);
        }
        word = chosen;
        search = word == null ? null : wordPiece.longestMatch(word);
        normaliserChanges = wordPiece.normaliserChanges(sentence, language);
        standIns = BytePairTokenizer.r50k().standIns(sentence);
        standInTable = BytePairTokenizer.r50k().standInTable(sentence, language);
    }

    /** The first word WordPiece has to cut (or cannot read); else the longest word; null when there is none. */
    private static String mostInteresting(WordPieceTokenizer wordPiece, List<String> words) {
        for (String w : words) {
            if (wordPiece.id(w) == null) {
                return w;
            }
        }
        return words.stream().max((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
    }

    List<String> problems() {
        return List.copyOf(problems);
    }

    /** "61 characters → 12 tokens (5.08 characters per token)". */
    static String counts(String sentence, List<Token> tokens) {
        int characters = sentence.codePointCount(0, sentence.length());
        return TokensText.plain("counts", "characters", characters, "tokens", tokens.size(),
                "ratio", Summaries.number((double) characters / Math.max(1, tokens.size()), 2));
    }

    /** The tokenization of {@code name} among the three side by side. */
    Tokenization of(String name) {
        return sideBySide.stream().filter(t -> t.tokenizer().equals(name)).findFirst().orElseThrow();
    }

    /** Where the merge of step {@code mergeStep} happened: the flat index of the merged chip, or -1 at step 0. */
    int mergedChip() {
        if (mergeStep == 0) {
            return -1;
        }
        BytePairTokenizer.Merge merge = replay.merges().get(mergeStep - 1);
        List<List<String>> parts = replay.partsAfter(mergeStep);
        int index = 0;
        for (int p = 0; p < merge.piece(); p++) {
            index += parts.get(p).size();
        }
        return index + merge.position();
    }
}
