package dev.glassbox.model.stats;

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
        List<String> words = words(text);
        if (words.isEmpty()) {
            throw new InvalidInputException("Please type some numbers first: the list is empty.");
        }
        if (words.size() > MAX_VALUES) {
            throw new InvalidInputException("The list has " + words.size() + " values; Glassbox reads at most "
                    + MAX_VALUES + ", so please use fewer.");
        }
        double[] x = new double[words.size()]; // (n)
        for (int i = 0; i < x.length; i++) {
            x[i] = number(words.get(i), "");
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
        check(text);
        List<Double> a = new ArrayList<>();
        List<Double> b = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int line = 0; line < lines.length; line++) {
            if (lines[line].isBlank()) {
                continue;
            }
            List<String> cells = words(lines[line]);
            if (cells.isEmpty()) {
                continue; // a line of separators only, such as ",,"
            }
            if (cells.size() > 2) {
                throw new InvalidInputException("Line " + (line + 1) + " has " + cells.size()
                        + " numbers; for two groups, write one number of each group per line (two columns).");
            }
            String where = " (line " + (line + 1) + ")";
            a.add(number(cells.get(0), where));
            if (cells.size() == 2) {
                b.add(number(cells.get(1), where));
            }
        }
        if (a.isEmpty()) {
            throw new InvalidInputException("Please type some numbers first: the list is empty.");
        }
        if (a.size() + b.size() > MAX_VALUES) {
            throw new InvalidInputException("The two columns have " + (a.size() + b.size())
                    + " values together; Glassbox reads at most " + MAX_VALUES + ", so please use fewer.");
        }
        if (b.isEmpty()) {
            throw new InvalidInputException("Only one column was found; for two groups, write two numbers per line, "
                    + "the first for group A and the second for group B.");
        }
        return new double[][] {a.stream().mapToDouble(Double::doubleValue).toArray(),
                b.stream().mapToDouble(Double::doubleValue).toArray()};
    }

    /** Reads one number, e.g. a parameter called {@code name} ("the mean μ"). */
    public static double parseOne(String text, String name) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("Please give " + name + ": it is empty.");
        }
        String word = text.strip().replace('−', '-');
        if (!NUMBER.matcher(word).matches()) {
            throw new InvalidInputException(name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1)
                    + " must be a number such as 2.5, but it is “" + shorten(word) + "”.");
        }
        return number(word, "");
    }

    private static void check(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("Please type some numbers first: the list is empty.");
        }
        if (text.length() > MAX_CHARACTERS) {
            throw new InvalidInputException("The list is " + text.length() + " characters long; Glassbox reads at most "
                    + MAX_CHARACTERS + " characters (and " + MAX_VALUES + " values), so please shorten it.");
        }
    }

    private static List<String> words(String text) {
        check(text);
        List<String> words = new ArrayList<>();
        for (String w : SEPARATORS.split(text.strip())) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static double number(String raw, String where) {
        String word = raw.replace('−', '-');
        if (!NUMBER.matcher(word).matches()) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.contains("nan") || lower.contains("inf") || word.contains("∞")) {
                throw new InvalidInputException("“" + shorten(word) + "”" + where + " is not a finite number; "
                        + "please give ordinary numbers such as 3 or −2.5.");
            }
            throw new InvalidInputException("“" + shorten(word) + "”" + where + " is not a number; please use digits, "
                    + "a decimal point (3.5, not 3,5) and commas, spaces or new lines between numbers.");
        }
        double x = Double.parseDouble(word);
        if (!(Math.abs(x) <= MAX_MAGNITUDE)) {
            throw new InvalidInputException("“" + shorten(word) + "”" + where + " is too large: Glassbox works with numbers "
                    + "between −1e100 and 1e100.");
        }
        return x;
    }

    private static String shorten(String word) {
        return word.codePointCount(0, word.length()) <= 20 ? word
                : word.substring(0, word.offsetByCodePoints(0, 19)) + "…";
    }
}
