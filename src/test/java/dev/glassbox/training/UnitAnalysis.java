package dev.glassbox.training;

import dev.glassbox.model.lstm.LstmLayer;
import dev.glassbox.model.lstm.LstmStep;
import dev.glassbox.model.lstm.LstmWeights;
import dev.glassbox.model.lstm.WhatIf;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.IntPredicate;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;

/**
 * Looks for hidden units whose cell state follows a simple, nameable property of the text (Karpathy, Johnson &amp;
 * Fei-Fei 2015, "Visualizing and understanding recurrent networks", §4.2): the network reads the first
 * {@value #CHARACTERS} characters of the held-out text as one stream, and for every unit j and every feature
 * the Pearson correlation between c_t[j] and the feature's 0/1 value at step t is computed. The unit with the
 * largest |r| over all features is written into the training report.
 */
public final class UnitAnalysis {

    static final int CHARACTERS = 20_000;

    /** A property of the text at step t (after reading character t), 1 or 0. */
    public record Feature(String name, Function<String, double[]> values) {
    }

    /** The features looked for, each as plain as a learner would say it. */
    public static final List<Feature> FEATURES = List.of(
            new Feature("inside a quotation (between an opening and a closing \")", UnitAnalysis::insideQuotes),
            new Feature("inside a word (the character just read is a letter)", text -> map(text, Character::isLetter)),
            new Feature("just after a space", text -> map(text, cp -> cp == ' ')),
            new Feature("inside parentheses", UnitAnalysis::insideParentheses));

    /** The best unit for one feature. */
    public record Finding(Feature feature, int unit, double correlation) {
    }

    private UnitAnalysis() {
    }

    public static void main(String[] args) throws IOException {
        LstmWeights weights;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(TrainCharLstm.WEIGHTS))) {
            weights = LstmWeights.read(in);
        }
        String text = heldOutSample();
        Finding best = null;
        for (Feature feature : FEATURES) {
            Finding finding = best(weights, text, feature);
            System.out.printf(Locale.ROOT, "%-60s unit %3d  r = %+.3f%n", feature.name(), finding.unit(),
                    finding.correlation());
            if (best == null || Math.abs(finding.correlation()) > Math.abs(best.correlation())) {
                best = finding;
            }
        }
        Properties report = new Properties();
        try (InputStream in = Files.newInputStream(TrainCharLstm.REPORT)) {
            report.load(in);
        }
        // A unit is only called readable when it follows its feature clearly (|r| ≥ 0.4).
        report.setProperty("unit", Integer.toString(Math.abs(best.correlation()) >= 0.4 ? best.unit() : -1));
        report.setProperty("unit.feature", best.feature().name());
        report.setProperty("unit.correlation", String.format(Locale.ROOT, "%.4f", best.correlation()));
        report.setProperty("unit.characters", Integer.toString(text.codePointCount(0, text.length())));
        try (OutputStream out = Files.newOutputStream(TrainCharLstm.REPORT)) {
            report.store(out, "Written by dev.glassbox.training.TrainCharLstm and UnitAnalysis (./mvnw -B -Ptrain process-test-classes)");
        }
    }

    public static String heldOutSample() throws IOException {
        String text = Files.readString(TrainCharLstm.HELD_OUT, StandardCharsets.UTF_8).strip();
        return text.substring(0, Math.min(CHARACTERS, text.length()));
    }

    /** The unit whose cell state correlates most strongly (either sign) with the feature. */
    public static Finding best(LstmWeights weights, String text, Feature feature) {
        double[][] c = cellStates(weights, text); // (H, T)
        double[] f = feature.values().apply(text); // (T)
        Finding best = null;
        for (int j = 0; j < c.length; j++) {
            double r = new PearsonsCorrelation().correlation(c[j], f);
            if (best == null || Math.abs(r) > Math.abs(best.correlation())) {
                best = new Finding(feature, j, r);
            }
        }
        return best;
    }

    /** c_t for every unit over the text read from zero state; rows = units, columns = steps. */
    public static double[][] cellStates(LstmWeights weights, String text) {
        List<LstmStep> steps = new LstmLayer(weights).run(weights.vocabulary().encode(text), WhatIf.NONE);
        double[][] c = new double[weights.hiddenSize()][steps.size()]; // (H, T)
        for (int t = 0; t < steps.size(); t++) {
            for (int j = 0; j < c.length; j++) {
                c[j][t] = steps.get(t).c()[j];
            }
        }
        return c;
    }

    static double[] insideQuotes(String text) {
        int[] cps = text.codePoints().toArray();
        double[] v = new double[cps.length];
        boolean inside = false;
        for (int t = 0; t < cps.length; t++) {
            if (cps[t] == '"') {
                inside = !inside;
            }
            v[t] = inside ? 1 : 0; // the opening quote counts as inside, the closing one as outside
        }
        return v;
    }

    static double[] insideParentheses(String text) {
        int[] cps = text.codePoints().toArray();
        double[] v = new double[cps.length];
        int depth = 0;
        for (int t = 0; t < cps.length; t++) {
            if (cps[t] == '(') {
                depth++;
            } else if (cps[t] == ')') {
                depth = Math.max(0, depth - 1);
            }
            v[t] = depth > 0 ? 1 : 0;
        }
        return v;
    }

    private static double[] map(String text, IntPredicate test) {
        return text.codePoints().mapToDouble(cp -> test.test(cp) ? 1 : 0).toArray();
    }
}
