package dev.glassbox.ui.decoder;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Query;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The generation lesson's state, as its URL carries it:
 * {@code ?s=…&temperature=0.8&topK=0&topP=0.9&seed=42&steps=30&play=30&t=12&open=table}. {@code s} is the prompt;
 * {@code temperature}, {@code topK}, {@code topP} and {@code seed} are named as in the API's {@code /generate}, and
 * {@code steps} is, as there, how many characters have been written — so the same link replays the same text.
 * {@code play} is how many characters Play writes, {@code t} the written character whose distribution is shown
 * (1-based; absent = the last one), {@code open} the open folds, {@code answer} the answers to the lesson's
 * questions.
 */
record GenerateState(String sentence, double temperature, int topK, double topP, long seed, int steps, int play,
                     int at, Folds folds, Answers answers) {

    static final String TEMPERATURE = "temperature";
    static final String TOP_K = "topK";
    static final String TOP_P = "topP";
    static final String SEED = "seed";
    static final String STEPS = "steps";
    static final String PLAY = "play";
    static final String AT = "t";
    /** The folds: every number of the shown step, and greedy writing from the prompt. */
    static final String TABLE = "table";
    static final String GREEDY = "greedy";
    static final Set<String> FOLDS = Set.of(TABLE, GREEDY);
    /** How many characters Play writes unless the link says otherwise. */
    static final int DEFAULT_PLAY = 30;

    static GenerateState of(String sentence) {
        return new GenerateState(sentence, 1, 0, 1, 0, 0, DEFAULT_PLAY, 0, Folds.NONE, Answers.NONE);
    }

    /** @param characters V, the number of characters the model knows (the largest useful top-k) */
    static Parsed<GenerateState> parse(QueryParameters parameters, int characters) {
        Query query = new Query(parameters);
        List<String> problems = new ArrayList<>();
        double temperature = decimal(query, TEMPERATURE, 1);
        if (!(temperature >= 0 && temperature <= Sampling.MAX_TEMPERATURE)) {
            problems.add(Texts.generate("link-temperature", "max", (int) Sampling.MAX_TEMPERATURE));
            temperature = 1;
        }
        double topP = decimal(query, TOP_P, 1);
        if (!(topP > 0 && topP <= 1)) {
            problems.add(Texts.generate("link-top-p"));
            topP = 1;
        }
        long seed = 0;
        String rawSeed = query.text(SEED, null);
        if (rawSeed != null) {
            try {
                seed = Long.parseLong(rawSeed.strip());
            } catch (NumberFormatException e) {
                problems.add(Texts.generate("link-seed"));
            }
        }
        GenerateState state = new GenerateState(query.sentence(), temperature,
                query.integer(TOP_K, 0, 0, characters, "top-k"), topP, seed,
                query.integer(STEPS, 0, 0, Sampling.MAX_STEPS, "number of characters written"),
                query.integer(PLAY, DEFAULT_PLAY, 1, Sampling.MAX_STEPS, "number of characters to play"),
                query.integer(AT, 0, 1, Sampling.MAX_STEPS, "shown step"),
                Folds.parse(query, FOLDS), Answers.parse(query));
        problems.addAll(0, query.problems());
        return new Parsed<>(state, problems);
    }

    /** A decimal number from the link, {@code fallback} when absent, NaN when it is no finite number. */
    private static double decimal(Query query, String name, double fallback) {
        String raw = query.text(name, null);
        if (raw == null) {
            return fallback;
        }
        try {
            double value = Double.parseDouble(raw.strip());
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, TEMPERATURE, plain(temperature), TOP_K, topK, TOP_P, plain(topP),
                SEED, seed, STEPS, steps, PLAY, play, AT, at == 0 ? null : at, Folds.PARAMETER, folds.parameter(),
                Answers.PARAMETER, answers.parameter());
    }

    /** A number for a link or a field: the shortest text that reads back as the same double ({@code 1}, {@code 0.8}). */
    static String plain(double x) {
        return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }

    Sampling sampling() {
        return new Sampling(temperature, topK, topP);
    }

    /** The written character whose distribution is shown, 1-based; 0 when nothing is written yet. */
    int shown() {
        return at == 0 || at > steps ? steps : at;
    }

    /** A new prompt starts a new text. */
    GenerateState withSentence(String s) {
        return new GenerateState(s, temperature, topK, topP, seed, 0, play, 0, folds, answers);
    }

    /** New settings rewrite the same number of characters from the same seed; the shown step stays. */
    GenerateState withSampling(Sampling s) {
        return new GenerateState(sentence, s.temperature(), s.topK(), s.topP(), seed, steps, play, at, folds, answers);
    }

    GenerateState withSeed(long s) {
        return new GenerateState(sentence, temperature, topK, topP, s, steps, play, at, folds, answers);
    }

    /** {@code n} characters written, the last one shown. */
    GenerateState withSteps(int n) {
        return new GenerateState(sentence, temperature, topK, topP, seed, n, play, 0, folds, answers);
    }

    GenerateState withPlay(int n) {
        return new GenerateState(sentence, temperature, topK, topP, seed, steps, n, at, folds, answers);
    }

    /** Shows written character {@code t} (1-based); the last one is kept as "the last", so Step moves on with it. */
    GenerateState withAt(int t) {
        return new GenerateState(sentence, temperature, topK, topP, seed, steps, play, t >= steps ? 0 : t, folds, answers);
    }

    GenerateState withFold(String name, boolean open) {
        return new GenerateState(sentence, temperature, topK, topP, seed, steps, play, at, folds.with(name, open), answers);
    }

    GenerateState withAnswers(Answers a) {
        return new GenerateState(sentence, temperature, topK, topP, seed, steps, play, at, folds, a);
    }
}
