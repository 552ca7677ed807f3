package dev.glassbox.model.stats;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.text.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The learner's numbers, read from text: separated by commas, spaces, semicolons or new lines; a decimal point
 * (not a comma) inside a number; at most {@value #MAX_VALUES} numbers, each between −10¹⁰⁰ and 10¹⁰⁰. Anything
 * else is refused with one plain sentence ({@link InvalidInputException}).
 */
public final class NumberList {

    /** The app's limit on how many numbers one list may hold (views and API alike). */
    public static final int MAX_VALUES = 1000;

    /** The largest magnitude accepted, so that squares and sums of a whole list stay finite. */
    public static final double MAX_MAGNITUDE = 1e100;

    /** The limit on the text itself, in characters: generous for 1,000 long numbers. */
    public static final int MAX_CHARACTERS = 40_000;

    // A plain decimal number: optional sign, digits with an optional decimal point, optional exponent.
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

    private NumberList() {
    }

    /** Reads a list of numbers (one group). */
    public static double[] parse(String text) {
        return parse(text, Language.ENGLISH);
    }

    /** {@link #parse(String)}, saying in {@code language} why the text cannot be read. */
    public static double[] parse(String text, Language language) {
        List<String> words = words(text, language);
        if (words.isEmpty()) {
            throw new InvalidInputException(StatsText.zscores(language, "error-empty"));
        }
        if (words.size() > MAX_VALUES) {
            throw new InvalidInputException(StatsText.zscores(language, "error-too-many", "n", words.size(),
                    "max", MAX_VALUES));
        }
        double[] x = new double[words.size()]; // (n)
        for (int i = 0; i < x.length; i++) {
            x[i] = number(words.get(i), 0, language);
        }
        return x;
    }

    /**
     * Reads two groups written as two columns: every line holds one number of group A and, optionally, one
     * of group B (so the groups may differ in size), separated by a comma, a semicolon, a tab or spaces.
     *
     * @return {@code [A, B]}
     */
    public static double[][] parseColumns(String text) {
        return parseColumns(text, Language.ENGLISH);
    }

    /** {@link #parseColumns(String)}, saying in {@code language} why the text cannot be read. */
    public static double[][] parseColumns(String text, Language language) {
        check(text, language);
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int line = 0; line < lines.length; line++) {
            if (lines[line].isBlank()) {
                continue;
            }
            List<String> cells = words(lines[line], language);
            if (cells.isEmpty()) {
                continue; // a line of separators only, such as ",,"
            }
            if (cells.size() > 2) {
                throw new InvalidInputException(StatsText.zscores(language, "error-line-cells", "line", line + 1,
                        "n", cells.size()));
            }
            a.add(number(cells.get(0), line + 1, language));
            if (cells.size() == 2) {
                b.add(number(cells.get(1), line + 1, language));
            }
        }
        if (a.isEmpty()) {
            throw new InvalidInputException(StatsText.zscores(language, "error-empty"));
        }
        if (a.size() + b.size() > MAX_VALUES) {
            throw new InvalidInputException(StatsText.zscores(language, "error-too-many-columns", "n", a.size() + b.size(),
                    "max", MAX_VALUES));
        }
        if (b.isEmpty()) {
            throw new InvalidInputException(StatsText.zscores(language, "error-one-column"));
        }
        return new double[][] {a.stream().mapToDouble(Double::doubleValue).toArray(),
                b.stream().mapToDouble(Double::doubleValue).toArray()};
    }

    /** Reads one number, e.g. a parameter called {@code name} ("the mean μ"). */
    public static double parseOne(String text, String name) {
        return parseOne(text, name, Language.ENGLISH);
    }

    /** {@link #parseOne(String, String)}, {@code name} and the sentence saying why in {@code language}. */
    public static double parseOne(String text, String name, Language language) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(StatsText.zscores(language, "error-blank", "name", name));
        }
        String word = text.strip().replace('−', '-');
        if (!NUMBER.matcher(word).matches()) {
            throw new InvalidInputException(StatsText.zscores(language, "error-not-one-number",
                    "name", name.substring(0, 1).toUpperCase(language.locale()) + name.substring(1),
                    "word", shorten(word)));
        }
        return number(word, 0, language);
    }

    private static void check(String text, Language language) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(StatsText.zscores(language, "error-empty"));
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new InvalidInputException(StatsText.zscores(language, "error-too-long", "length", text.length(),
                    "max", MAX_CHARACTERS, "values", MAX_VALUES));
        }
    }

    private static List<String> words(String text, Language language) {
        check(text, language);
        List<String> words = new ArrayList<>();
        for (String w : SEPARATORS.split(text.strip())) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** One number; {@code line} is its line (from 1) when the text is read as columns, else 0. */
    private static double number(String raw, int line, Language language) {
        String word = raw.replace('−', '-');
        String suffix = line > 0 ? "-line" : "";
        String shown = shorten(word);
        if (!NUMBER.matcher(word).matches()) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.contains("nan") || lower.contains("inf") || word.contains("∞")) {
                throw new InvalidInputException(StatsText.zscores(language, "error-not-finite" + suffix, "word", shown,
                        "line", line));
            }
            throw new InvalidInputException(StatsText.zscores(language, "error-not-number" + suffix, "word", shown,
                    "line", line));
        }
        double x = Double.parseDouble(word);
        if (!(Math.abs(x) <= MAX_MAGNITUDE)) {
            throw new InvalidInputException(StatsText.zscores(language, "error-too-large" + suffix, "word", shown,
                    "line", line));
        }
        return x;
    }

    private static String shorten(String word) {
        return word.codePointCount(0, word.length()) <= 20 ? word
                : word.substring(0, word.offsetByCodePoints(0, 19)) + "…";
    }
}
