package dev.glassbox.ui.stats;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Query;
import java.util.Set;

/**
 * The z-scores lesson's state, as its URL carries it: {@code ?s=…&v=62,75,71&g=1&sd=population&xa=&xb=&tok=1&open=steps}
 * (values, one or two groups, which σ, for two groups the score compared in each — empty means the group's highest —,
 * the token whose LayerNorm is shown, the open folds, and the answers to the lesson's questions).
 */
record ZScoresState(String sentence, String values, int groups, SdKind sd, String scoreA, String scoreB, int token,
        Folds folds, Answers answers) {

    static final String VALUES = "v";
    static final String GROUPS = "g";
    static final String SD = "sd";
    static final String SCORE_A = "xa";
    static final String SCORE_B = "xb";
    /** Which token's LayerNorm the last section standardises (0 is [CLS]). */
    static final String TOKEN = "tok";
    static final int DEFAULT_TOKEN = 1;

    /** The fold with the z-score table's step-by-step computation. */
    static final String STEPS = "steps";
    /** The fold with the LayerNorm's step-by-step computation. */
    static final String LAYER_NORM_STEPS = "layernorm-steps";
    static final Set<String> FOLDS = Set.of(STEPS, LAYER_NORM_STEPS);

    /** Example scores of one test (out of 100), made up for the lesson. */
    static final String ONE_GROUP = "62, 75, 71, 88, 94, 55, 79, 83, 68, 90";
    /** Two classes, two tests on different scales (out of 100 and out of 50), made up for the lesson. */
    static final String TWO_GROUPS = "72, 31\n85, 38\n64, 27\n90, 44\n78, 35\n69, 29\n81, 40\n75, 36";

    static ZScoresState initial(String sentence) {
        return new ZScoresState(sentence, ONE_GROUP, 1, SdKind.POPULATION, "", "", DEFAULT_TOKEN, Folds.NONE,
                Answers.NONE);
    }

    static Parsed<ZScoresState> parse(QueryParameters parameters) {
        Query query = new Query(parameters);
        int groups = query.integer(GROUPS, 1, 1, 2, "number of groups");
        String values = query.text(VALUES, groups == 1 ? ONE_GROUP : TWO_GROUPS);
        SdKind sd = SdKind.byKey(query.choice(SD, SdKind.keys(), SdKind.POPULATION.key(), "standard deviation"));
        ZScoresState state = new ZScoresState(query.sentence(), values, groups, sd, score(query, SCORE_A),
                score(query, SCORE_B), query.integer(TOKEN, DEFAULT_TOKEN, 0, MiniLmEncoder.MAX_TOKENS - 1, "token"),
                Folds.parse(query, FOLDS), Answers.parse(query));
        return new Parsed<>(state, query.problems());
    }

    /** A score typed by the learner; a blank one (spaces or line breaks only) is no score, as the link writes it. */
    private static String score(Query query, String name) {
        String text = query.text(name, "");
        return text.isBlank() ? "" : text;
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, VALUES, values, GROUPS, groups, SD, sd.key(),
                SCORE_A, scoreA.isBlank() ? null : scoreA, SCORE_B, scoreB.isBlank() ? null : scoreB, TOKEN, token,
                Folds.PARAMETER, folds.parameter(), Answers.PARAMETER, answers.parameter());
    }

    ZScoresState withValues(String v) {
        return new ZScoresState(sentence, v, groups, sd, scoreA, scoreB, token, folds, answers);
    }

    /** Switching between one and two groups keeps the learner's numbers, but swaps the example numbers. */
    ZScoresState withGroups(int g) {
        boolean example = values.equals(ONE_GROUP) || values.equals(TWO_GROUPS);
        return new ZScoresState(sentence, example ? (g == 1 ? ONE_GROUP : TWO_GROUPS) : values, g, sd, "", "", token,
                folds, answers);
    }

    ZScoresState withSd(SdKind kind) {
        return new ZScoresState(sentence, values, groups, kind, scoreA, scoreB, token, folds, answers);
    }

    ZScoresState withScores(String a, String b) {
        return new ZScoresState(sentence, values, groups, sd, a, b, token, folds, answers);
    }

    /** A new sentence: the chosen token belonged to the old one, so it goes back to the first word. */
    ZScoresState withSentence(String s) {
        return new ZScoresState(s, values, groups, sd, scoreA, scoreB, DEFAULT_TOKEN, folds, answers);
    }

    ZScoresState withToken(int t) {
        return new ZScoresState(sentence, values, groups, sd, scoreA, scoreB, t, folds, answers);
    }

    ZScoresState withFolds(Folds f) {
        return new ZScoresState(sentence, values, groups, sd, scoreA, scoreB, token, f, answers);
    }

    ZScoresState withAnswers(Answers a) {
        return new ZScoresState(sentence, values, groups, sd, scoreA, scoreB, token, folds, a);
    }
}
