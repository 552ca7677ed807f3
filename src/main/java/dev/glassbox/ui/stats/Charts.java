package dev.glassbox.ui.stats;

import dev.glassbox.model.stats.CentralLimitSampler;
import dev.glassbox.model.stats.Histogram;
import dev.glassbox.model.stats.NormalCurve;
import dev.glassbox.model.stats.QuantilePlot;
import dev.glassbox.model.stats.StatsText;
import dev.glassbox.model.stats.ZScoreTable;
import dev.glassbox.ui.base.Plot;
import dev.glassbox.ui.base.Summaries;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The statistics lessons' charts, each built from a model result into one {@link Plot}. */
final class Charts {

    /** Points drawn per curve. */
    private static final int CURVE_POINTS = 241;

    private Charts() {
    }

    /** A number for a link or a field: the shortest text that reads back as the same double. */
    static String plain(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return String.valueOf((long) x);
        }
        return Double.toString(x);
    }

    /** (x, f(x)) at evenly spaced x in [lo, hi]: {@code (points, 2)}. */
    static double[][] curve(NormalCurve normal, double lo, double hi, double scale) {
        double[][] pts = new double[CURVE_POINTS][];
        for (int i = 0; i < CURVE_POINTS; i++) {
            double x = lo + (hi - lo) * i / (CURVE_POINTS - 1);
            pts[i] = new double[] {x, scale * normal.pdf(x)};
        }
        return pts;
    }

    /** The z-scores of one group as dots on the z axis, from −3 to 3 (wider if a value lies further out). */
    static Plot dots(ZScoreTable a, ZScoreTable b) {
        double lo = -3;
        double hi = 3;
        List<ZScoreTable> groups = b == null ? List.of(a) : List.of(a, b);
        for (ZScoreTable t : groups) {
            for (ZScoreTable.Row r : t.rows()) {
                lo = Math.min(lo, Math.floor(r.z()) - 0.5);
                hi = Math.max(hi, Math.ceil(r.z()) + 0.5);
            }
        }
        ZScoreTable.Row most = a.rows().getFirst();
        for (ZScoreTable.Row r : a.rows()) {
            if (Math.abs(r.z()) > Math.abs(most.z())) {
                most = r;
            }
        }
        String summary = Say.zscores(b == null ? "dots-summary" : "dots-summary-groups", "n", a.n(),
                "nb", b == null ? 0 : b.n(), "x", Summaries.number(most.value()), "z", Summaries.number(most.z()));
        int tallest = 1;
        for (ZScoreTable t : groups) {
            Map<Long, Integer> stack = new HashMap<>();
            for (ZScoreTable.Row r : t.rows()) {
                tallest = Math.max(tallest, stack.merge(Math.round(r.z() * 20), 1, Integer::sum));
            }
        }
        Plot plot = new Plot(summary).x(Say.zscores("dots-axis"), lo, hi)
                .height(Math.min(300, 90 + 13 * tallest * groups.size()));
        plot.vline(0, Say.zscores("dots-mean"), "mean", 0);
        plot.dots(zs(a), labels(a, b == null ? "" : "A: "), Say.zscores(b == null ? "dots-value" : "dots-group-a"), null);
        if (b != null) {
            plot.dots(zs(b), labels(b, "B: "), Say.zscores("dots-group-b"), "b");
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ZScoreTable t : groups) {
            String g = t == a ? "A" : "B";
            t.rows().forEach(r -> rows.add(b == null ? List.<Object>of(r.value(), r.z()) : List.<Object>of(g, r.value(), r.z())));
        }
        String value = Say.zscores("col-value-short");
        return plot.table(b == null ? List.of(value, "z") : List.of(Say.zscores("col-group"), value, "z"), rows).draw();
    }

    private static double[] zs(ZScoreTable t) {
        return t.rows().stream().mapToDouble(ZScoreTable.Row::z).toArray();
    }

    private static List<String> labels(ZScoreTable t, String prefix) {
        return t.rows().stream().map(r -> prefix + Summaries.number(r.value()) + ": z = "
                + Summaries.number(r.z())).toList();
    }

    /** The bell curve of {@code normal} with P(a ≤ X ≤ b) shaded, the ±1, 2, 3 σ bands and the mean marked. */
    static Plot bell(NormalCurve normal, double a, double b) {
        double mu = normal.mu();
        double s = normal.sigma();
        double lo = mu - 4 * s;
        double hi = mu + 4 * s;
        double top = normal.pdf(mu) * 1.08;
        double p = normal.probability(a, b);
        String density = Say.normal("density");
        Plot plot = new Plot(Say.normal("bell-summary", "mu", Summaries.number(mu), "sigma", Summaries.number(s),
                "a", Summaries.number(a), "b", Summaries.number(b), "p", Summaries.number(p)))
                .x("x", lo, hi).y(density, 0, top);
        List<Plot.Band> bands = new ArrayList<>();
        for (int k = 3; k >= 1; k--) {
            bands.add(new Plot.Band(mu - k * s, mu + k * s, "μ ± " + k + "σ: " + Summaries.number(normal.withinSigmas(k))));
        }
        plot.bands(bands, Say.normal("bands"));
        double from = Math.max(a, lo);
        double to = Math.min(b, hi);
        if (to > from) {
            plot.area(curve(normal, from, to, 1), "P(a ≤ X ≤ b) = " + Summaries.number(p));
        }
        plot.line(curve(normal, lo, hi, 1), density, null);
        plot.vline(mu, Say.normal("mean-median-mode", "mu", Summaries.number(mu)), "mean", 0);
        List<List<Object>> rows = new ArrayList<>();
        for (int k = -4; k <= 4; k++) {
            double x = mu + k * s;
            rows.add(List.<Object>of(x, (double) k, normal.pdf(x), normal.cdf(x)));
        }
        rows.add(List.<Object>of(a, normal.z(a), normal.pdf(a), normal.cdf(a)));
        rows.add(List.<Object>of(b, normal.z(b), normal.pdf(b), normal.cdf(b)));
        return plot.table(List.of("x", "z", density, "F(x) = P(X ≤ x)"), rows).draw();
    }

    /** A histogram of {@code t}'s values on the density scale with the normal curve of the same mean and σ. */
    static Plot histogram(ZScoreTable t) {
        Histogram h = Histogram.of(t.values());
        NormalCurve normal = new NormalCurve(t.mean(), t.populationSd());
        double lo = Math.min(h.lo(), t.mean() - 3.5 * t.populationSd());
        double hi = Math.max(h.right(h.bins() - 1), t.mean() + 3.5 * t.populationSd());
        return histogramPlot(h, normal, lo, hi, Say.normal("histogram-summary", "n", t.n(), "bins", h.bins(),
                "mean", Summaries.number(t.mean()), "sd", Summaries.number(t.populationSd())),
                Say.normal("your-numbers"), Say.normal("col-value"));
    }

    /** The CLT run's means on the density scale against N(μ, σ²/n). */
    static Plot means(CentralLimitSampler.Run run) {
        Histogram h = run.histogram();
        double lo = h.lo();
        double hi = h.right(h.bins() - 1);
        return histogramPlot(h, run.normal(), lo, hi, Say.normal("means-summary", "samples", run.samples(), "n", run.n(),
                "mu", Summaries.number(run.mu()), "error", Summaries.number(run.standardError())),
                Say.normal("sample-means"), Say.normal("sample-mean-axis"));
    }

    private static Plot histogramPlot(Histogram h, NormalCurve normal, double lo, double hi, String summary,
            String what, String xName) {
        double top = normal.pdf(normal.mu());
        double[][] bars = new double[h.bins()][];
        List<List<Object>> rows = new ArrayList<>();
        int[] counts = h.counts();
        for (int i = 0; i < h.bins(); i++) {
            bars[i] = new double[] {h.left(i), h.right(i), h.density(i)};
            top = Math.max(top, h.density(i));
            double expected = normal.probability(h.left(i), h.right(i)) * h.n();
            rows.add(List.<Object>of(h.left(i), h.right(i), counts[i], expected));
        }
        return new Plot(summary).x(xName, lo, hi).y(Say.normal("density-axis"), 0, top * 1.08)
                .bars(bars, what)
                .line(curve(normal, lo, hi, 1), Say.normal("normal-curve"), null)
                .table(List.of(Say.normal("col-from"), Say.normal("col-to"), Say.normal("col-count"),
                        Say.normal("col-expected")), rows).draw();
    }

    /** The normal Q-Q plot of {@code t}'s values ({@code what}, e.g. "your numbers") with the line y = x. */
    static Plot qq(ZScoreTable t, String what) {
        QuantilePlot q = QuantilePlot.of(t);
        double[] x = q.theoretical();
        double[] y = q.sample();
        double lo = Math.min(x[0], y[0]);
        double hi = Math.max(x[x.length - 1], y[y.length - 1]);
        double pad = (hi - lo) * 0.05;
        double[][] pts = new double[x.length][];
        List<String> labels = new ArrayList<>();
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            pts[i] = new double[] {x[i], y[i]};
            labels.add(Say.normal("qq-point", "y", Summaries.number(y[i]), "x", Summaries.number(x[i])));
            rows.add(List.<Object>of(i + 1, x[i], y[i]));
        }
        String quantile = Say.normal("normal-quantile");
        String value = Say.normal("col-value");
        return new Plot(Say.normal("qq-summary", "what", what))
                .x(quantile, lo - pad, hi + pad).y(value, lo - pad, hi + pad)
                .line(new double[][] {{lo - pad, lo - pad}, {hi + pad, hi + pad}}, "y = x", "reference")
                .points(pts, labels, what)
                .table(List.of(Say.normal("col-rank"), quantile, value), rows).draw();
    }
}
