package dev.glassbox.ui.stats;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.stats.CentralLimitSampler;
import dev.glassbox.model.stats.NormalCurve;
import dev.glassbox.model.stats.NumberList;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * The normal-distribution lesson's state, as its URL carries it:
 * {@code ?s=…&mu=0&sigma=1&a=-1&b=1&p=0.975&d=…&src=die&n=5&k=1000&seed=1}.
 */
record NormalState(String sentence, double mu, double sigma, double a, double b, double p, String data,
        String source, int n, int samples, long seed) {

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

    static final int MAX_SEED = 999_999_999;

    static NormalState initial(String sentence) {
        return new NormalState(sentence, 0, 1, -1, 1, 0.975, ZScoresState.ONE_GROUP, CentralLimitSampler.Source.DIE.key(),
                5, 1000, 1);
    }

    /**
     * Checks what the model would refuse (σ ≤ 0, a &gt; b, a percentile outside (0, 1)).
     *
     * @throws InvalidInputException with the model's sentence
     */
    NormalState validate() {
        NormalCurve curve = new NormalCurve(mu, sigma);
        curve.probability(a, b);
        curve.inverse(p);
        return this;
    }

    static Parsed parse(QueryParameters parameters) {
        Query query = new Query(parameters);
        NormalState d = initial(query.sentence());
        List<String> problems = new ArrayList<>();
        double mu = number(query, MU, d.mu(), "the mean μ", problems);
        double sigma = number(query, SIGMA, d.sigma(), "the standard deviation σ", problems);
        double a = number(query, A, d.a(), "the lower end a", problems);
        double b = number(query, B, d.b(), "the upper end b", problems);
        double p = number(query, P, d.p(), "the percentile", problems);
        String source = query.choice(SOURCE, CentralLimitSampler.Source.keys(), d.source(), "source");
        int n = query.integer(N, d.n(), 1, CentralLimitSampler.MAX_N, "sample size n");
        int samples = query.integer(SAMPLES, d.samples(), 1, CentralLimitSampler.MAX_SAMPLES, "number of samples");
        int seed = query.integer(SEED, (int) d.seed(), 0, MAX_SEED, "seed");
        NormalState state = new NormalState(query.sentence(), mu, sigma, a, b, p, query.text(DATA, d.data()), source,
                n, samples, seed);
        try {
            new NormalCurve(mu, sigma);
        } catch (InvalidInputException e) {
            problems.add(e.getMessage() + " Showing μ = 0, σ = 1 instead.");
            state = new NormalState(state.sentence(), 0, 1, state.a(), state.b(), p, state.data(), source, n, samples, seed);
        }
        if (state.a() > state.b()) {
            problems.add("The link's a is greater than its b; showing a = −1σ and b = +1σ instead.");
            state = new NormalState(state.sentence(), state.mu(), state.sigma(), state.mu() - state.sigma(),
                    state.mu() + state.sigma(), p, state.data(), source, n, samples, seed);
        }
        if (!(p > 0 && p < 1)) {
            problems.add("The link's percentile must be strictly between 0 and 1; showing 0.975 instead.");
            state = new NormalState(state.sentence(), state.mu(), state.sigma(), state.a(), state.b(), 0.975, state.data(),
                    source, n, samples, seed);
        }
        problems.addAll(0, query.problems());
        return new Parsed(state, problems);
    }

    private static double number(Query query, String name, double fallback, String what, List<String> problems) {
        String raw = query.text(name, null);
        if (raw == null) {
            return fallback;
        }
        try {
            return NumberList.parseOne(raw, what);
        } catch (InvalidInputException e) {
            problems.add(e.getMessage() + " Showing " + Charts.n(fallback) + " instead.");
            return fallback;
        }
    }

    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, MU, Charts.plain(mu), SIGMA, Charts.plain(sigma), A, Charts.plain(a),
                B, Charts.plain(b), P, Charts.plain(p), DATA, data, SOURCE, source, N, n, SAMPLES, samples, SEED, seed);
    }

    NormalState withCurve(double m, double s, double lo, double hi, double q) {
        return new NormalState(sentence, m, s, lo, hi, q, data, source, n, samples, seed);
    }

    NormalState withData(String d) {
        return new NormalState(sentence, mu, sigma, a, b, p, d, source, n, samples, seed);
    }

    NormalState withSimulation(String src, int size, int count, long s) {
        return new NormalState(sentence, mu, sigma, a, b, p, data, src, size, count, s);
    }

    record Parsed(NormalState state, List<String> problems) {
    }
}
