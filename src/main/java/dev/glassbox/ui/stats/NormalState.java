package dev.glassbox.ui.stats;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.stats.CentralLimitSampler;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.stats.NormalCurve;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.stats.StatsText;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Query;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The normal-distribution lesson's state, as its URL carries it:
 * {@code ?s=…&mu=0&sigma=1&a=-1&b=1&p=0.975&d=…&src=die&n=5&k=1000&seed=1&open=formula&answer=…} (the last: the
 * answers to the lesson's questions).
 */
record NormalState(String sentence, double mu, double sigma, double a, double b, double p, String data,
        String source, int n, int samples, long seed, Folds folds, Answers answers) {

    static final String MU = "mu";
    static final String SIGMA = "sigma";
    static final String A = "a";
    static final String B = "b";
    static final String P = "p";
    static final String DATA = "d";
    static final String SOURCE = "src";
    static final String N = "n";
    static final String SAMPLES = "k";
    static final String SEED = "seed";

    /** The fold with the density formula and its numbers. */
    static final String FORMULA = "formula";
    /** The fold on how to read a Q-Q plot, with the three examples. */
    static final String QQ_GUIDE = "qq-guide";
    static final Set<String> FOLDS = Set.of(FORMULA, QQ_GUIDE);

    static NormalState initial(String sentence) {
        return new NormalState(sentence, 0, 1, -1, 1, 0.975, ZScoresState.ONE_GROUP, CentralLimitSampler.Source.DIE.key(),
                5, 1000, 1, Folds.NONE, Answers.NONE);
    }

    /**
     * Checks what the model would refuse (μ or σ outside what can be drawn, a &gt; b, p outside (0, 1)).
     *
     * @throws InvalidInputException with the model's sentence
     */
    NormalState validate() {
        return validate(Language.ENGLISH);
    }

    /** {@link #validate()}, the model's sentence in {@code language}. */
    NormalState validate(Language language) {
        NormalCurve.check(mu, sigma, language);
        NormalCurve.checkInterval(a, b, language);
        NormalCurve.checkLevel(p, language);
        return this;
    }

    static Parsed<NormalState> parse(QueryParameters parameters) {
        Query query = new Query(parameters);
        NormalState d = initial(query.sentence());
        List<String> problems = new ArrayList<>();
        Language language = PageLanguage.current();
        double mu = number(query, MU, d.mu(), Say.normal("name-mu"), problems);
        double sigma = number(query, SIGMA, d.sigma(), Say.normal("name-sigma"), problems);
        double a = number(query, A, d.a(), Say.normal("name-a"), problems);
        double b = number(query, B, d.b(), Say.normal("name-b"), problems);
        double p = number(query, P, d.p(), Say.normal("name-p"), problems);
        String source = query.choice(SOURCE, CentralLimitSampler.Source.keys(), d.source(), "source");
        int n = query.integer(N, d.n(), 1, CentralLimitSampler.MAX_N, "sample size n");
        int samples = query.integer(SAMPLES, d.samples(), 1, CentralLimitSampler.MAX_SAMPLES, "number of samples");
        int seed = query.integer(SEED, (int) d.seed(), 0, CentralLimitSampler.MAX_SEED, "seed");
        Folds folds = Folds.parse(query, FOLDS);
        String data = query.text(DATA, d.data());
        try {
            NormalCurve.check(mu, sigma, language);
        } catch (InvalidInputException e) {
            problems.add(Say.normal("link-curve-fallback", "problem", e.getMessage()));
            mu = 0;
            sigma = 1;
        }
        if (a > b) {
            problems.add(Say.normal("link-interval"));
            a = mu - sigma;
            b = mu + sigma;
        }
        if (!(p > 0 && p < 1)) {
            problems.add(Say.normal("link-level"));
            p = d.p();
        }
        problems.addAll(0, query.problems());
        return new Parsed<>(new NormalState(query.sentence(), mu, sigma, a, b, p, data, source, n, samples, seed, folds,
                Answers.parse(query)),
                problems);
    }

    private static double number(Query query, String name, double fallback, String what, List<String> problems) {
        String raw = query.text(name, null);
        if (raw == null) {
            return fallback;
        }
        try {
            return NumberList.parseOne(raw, what, PageLanguage.current());
        } catch (InvalidInputException e) {
            problems.add(Say.normal("link-fallback", "problem", e.getMessage(),
                    "fallback", Summaries.number(fallback)));
            return fallback;
        }
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, MU, Charts.plain(mu), SIGMA, Charts.plain(sigma), A, Charts.plain(a),
                B, Charts.plain(b), P, Charts.plain(p), DATA, data, SOURCE, source, N, n, SAMPLES, samples, SEED, seed,
                Folds.PARAMETER, folds.parameter(), Answers.PARAMETER, answers.parameter());
    }

    NormalState withCurve(double m, double s, double lo, double hi, double q) {
        return new NormalState(sentence, m, s, lo, hi, q, data, source, n, samples, seed, folds, answers);
    }

    NormalState withData(String d) {
        return new NormalState(sentence, mu, sigma, a, b, p, d, source, n, samples, seed, folds, answers);
    }

    NormalState withSimulation(String src, int size, int count, long s) {
        return new NormalState(sentence, mu, sigma, a, b, p, data, src, size, count, s, folds, answers);
    }

    NormalState withFolds(Folds f) {
        return new NormalState(sentence, mu, sigma, a, b, p, data, source, n, samples, seed, f, answers);
    }

    NormalState withAnswers(Answers x) {
        return new NormalState(sentence, mu, sigma, a, b, p, data, source, n, samples, seed, folds, x);
    }
}
