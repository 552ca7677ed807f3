package dev.glassbox.model.stats;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import org.apache.commons.math3.stat.StatUtils;

/**
 * Two scores on different scales made comparable: each is standardised against its own group,
 * z_A = (x_A − μ_A) / σ_A and z_B = (x_B − μ_B) / σ_B, and the score with the larger |z| is the more
 * remarkable — it lies more standard deviations from its group's mean. (Freedman, Pisani &amp; Purves,
 * <i>Statistics</i>, ch. 5, "standard units".)
 *
 * @param a      group A's table
 * @param scoreA the score of interest in group A
 * @param zA     its z-score within group A
 * @param b      group B's table
 * @param scoreB the score of interest in group B
 * @param zB     its z-score within group B
 */
public record GroupComparison(ZScoreTable a, double scoreA, double zA, ZScoreTable b, double scoreB, double zB) {

    /** Which score is more remarkable. */
    public enum Verdict { A, B, TIE }

    public static GroupComparison of(ZScoreTable a, double scoreA, ZScoreTable b, double scoreB) {
        return new GroupComparison(a, scoreA, a.z(scoreA), b, scoreB, b.z(scoreB));
    }

    /**
     * Reads two groups written as two columns ({@link NumberList#parseColumns}) and the score compared in each; an
     * empty score means the group's highest value.
     *
     * @throws InvalidInputException with one sentence naming the group or score at fault
     */
    public static GroupComparison parse(String columns, SdKind kind, String scoreA, String scoreB) {
        return parse(columns, kind, scoreA, scoreB, Language.ENGLISH);
    }

    /** {@link #parse(String, SdKind, String, String)}, saying in {@code language} what is wrong. */
    public static GroupComparison parse(String columns, SdKind kind, String scoreA, String scoreB, Language language) {
        double[][] x = NumberList.parseColumns(columns, language);
        ZScoreTable a = group(x[0], kind, "A", language);
        ZScoreTable b = group(x[1], kind, "B", language);
        double xa = scoreA == null || scoreA.isBlank() ? highest(x[0])
                : NumberList.parseOne(scoreA, StatsText.zscores(language, "name-score-a"), language);
        double xb = scoreB == null || scoreB.isBlank() ? highest(x[1])
                : NumberList.parseOne(scoreB, StatsText.zscores(language, "name-score-b"), language);
        return of(a, xa, b, xb);
    }

    private static ZScoreTable group(double[] x, SdKind kind, String name, Language language) {
        try {
            return ZScoreTable.of(x, kind, language);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(StatsText.zscores(language, "error-group", "group", name,
                    "problem", e.getMessage()));
        }
    }

    /** The largest of {@code x} (at least one value). */
    static double highest(double[] x) {
        return StatUtils.max(x);
    }

    /** The score lying more standard deviations from its own group's mean (equal to 4 decimals is a tie). */
    public Verdict moreRemarkable() {
        double da = Math.abs(zA);
        double db = Math.abs(zB);
        if (Math.abs(da - db) < 5e-5) {
            return Verdict.TIE;
        }
        return da > db ? Verdict.A : Verdict.B;
    }
}
