package dev.glassbox.ui.base;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * One predict-then-check question as the learner meets it: its prompt, either a few choices, a number with a
 * stated tolerance or a line of text, and the truth the model computed for the learner's own input (or the program
 * printed when it ran), with one sentence on why. A lesson
 * builds it from the model (never from typed answers); {@link Question} shows it. Plain Java, testable without a
 * browser.
 *
 * @param id        unique within its view, {@code [a-z0-9-]+}; the element's id is {@code question-<id>}
 * @param prompt    the question, with the learner's own words in it
 * @param choices   the options of a choice question, empty for a number question
 * @param correct   the key of the right choice; for a text question the expected text; {@code null} for a number
 * @param truth     the model's number (a number question; {@code NaN} for a choice question)
 * @param tolerance how far an answer may lie from {@code truth} and still count as right (0: exactly)
 * @param answer    the truth as the result states it ("4", "“animal”")
 * @param why       one sentence on why, with the model's real numbers
 */
public record Prediction(String id, String prompt, List<Choice> choices, String correct, double truth, double tolerance,
        String answer, String why) {

    /** The value a link records for a question shown without an answer. */
    public static final String SHOWN = "shown";

    /** One option: a short key for the link ({@code [a-z0-9-]+}, never {@value #SHOWN}) and the label shown. */
    public record Choice(String key, String label) {

        public Choice {
            requireKey(key, "choice key");
            if (key.equals(SHOWN)) {
                throw new IllegalArgumentException("The choice key \"" + SHOWN + "\" is kept for questions shown without an answer.");
            }
        }
    }

    /** What became of an answer: right or not (with the answer as the learner gave it), or why it cannot be read. */
    public sealed interface Verdict {
        /** An answer that could be judged; {@code said} is how the result repeats it. */
        record Judged(boolean right, String said) implements Verdict {
        }

        /** An answer that cannot be judged (nothing chosen, not a number), with the one sentence that says so. */
        record Unreadable(String sentence) implements Verdict {
        }
    }

    public Prediction {
        requireKey(id, "question id");
        choices = List.copyOf(choices);
        if (!choices.isEmpty() && (correct == null || choices.stream().noneMatch(c -> c.key().equals(correct)))) {
            throw new IllegalArgumentException("The correct key " + correct + " is not among the choices.");
        }
        if (correct == null && !Double.isFinite(truth)) {
            throw new IllegalArgumentException("A number question needs a finite truth.");
        }
        if (!(tolerance >= 0)) {
            throw new IllegalArgumentException("A tolerance is never negative.");
        }
    }

    /** A question with choices; {@code correct} is the key of the one the model's numbers make right. */
    public static Prediction choice(String id, String prompt, List<Choice> choices, String correct, String why) {
        String label = choices.stream().filter(c -> c.key().equals(correct)).map(Choice::label).findFirst().orElse(correct);
        return new Prediction(id, prompt, choices, correct, Double.NaN, 0, label, why);
    }

    /** A yes/no question (keys {@code yes} and {@code no}). */
    public static Prediction yesNo(String id, String prompt, boolean truth, String why) {
        return choice(id, prompt, List.of(new Choice("yes", PageLanguage.text("common").plain("yes")), new Choice("no", PageLanguage.text("common").plain("no"))), truth ? "yes" : "no", why);
    }

    /**
     * A question answered with a line of text, right when it is {@code expected} up to capitals, spaces and
     * punctuation (see {@link #normalise}).
     */
    public static Prediction text(String id, String prompt, String expected, String why) {
        return new Prediction(id, prompt, List.of(), expected, Double.NaN, 0, expected, why);
    }

    /** A question answered with a number, right when within {@code tolerance} of the model's {@code truth}. */
    public static Prediction number(String id, String prompt, double truth, double tolerance, String answer, String why) {
        return new Prediction(id, prompt, List.of(), null, truth, tolerance, answer, why);
    }

    public boolean isChoice() {
        return !choices.isEmpty();
    }

    public boolean isText() {
        return choices.isEmpty() && correct != null;
    }

    public boolean isNumber() {
        return correct == null;
    }

    /** A line of text as a text question compares it: lower case, letters and digits only. */
    public static String normalise(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** How close a number must be, as the field's helper text states it. */
    public String toleranceText() {
        if (isText()) {
            return PageLanguage.text("common").plain("tolerance-text");
        }
        if (tolerance == 0) {
            return PageLanguage.text("common").plain("tolerance-whole");
        }
        return PageLanguage.text("common").plain("tolerance-within", java.util.Map.of("tolerance", Summaries.number(tolerance)));
    }

    /** Judges the learner's {@code raw} answer: a choice key, or a number as typed. */
    public Verdict judge(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (isChoice()) {
            Optional<Choice> chosen = choices.stream().filter(c -> c.key().equals(text)).findFirst();
            return chosen.<Verdict>map(c -> new Verdict.Judged(c.key().equals(correct), c.label()))
                    .orElseGet(() -> new Verdict.Unreadable(PageLanguage.text("common").plain("unread-choice")));
        }
        if (isText()) {
            if (text.isEmpty()) {
                return new Verdict.Unreadable(PageLanguage.text("common").plain("unread-text"));
            }
            return new Verdict.Judged(normalise(text).equals(normalise(correct)), "“" + text + "”");
        }
        Optional<Double> number = parseNumber(text);
        if (number.isEmpty()) {
            return new Verdict.Unreadable(text.isEmpty() ? PageLanguage.text("common").plain("unread-number")
                    : PageLanguage.text("common").plain("unread-not-number", java.util.Map.of("text", text)));
        }
        double x = number.get();
        // A small allowance for the decimal the learner typed versus the binary double (0.1 + 0.2 ≠ 0.3).
        boolean right = Math.abs(x - truth) <= tolerance + 1e-9 * Math.max(1, Math.abs(truth));
        return new Verdict.Judged(right, PageLanguage.decimals(canonical(x)));
    }

    /** Reads a number as a learner types it: {@code 3}, {@code -0.5}, {@code 0,5}, {@code −2} (Unicode minus), {@code 1e-3}. */
    public static Optional<Double> parseNumber(String raw) {
        String text = raw == null ? "" : raw.strip().replace('\u2212', '-').replace(',', '.');
        if (text.isEmpty() || text.length() > 40 || !text.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return Optional.empty();
        }
        double x = Double.parseDouble(text);
        return Double.isFinite(x) ? Optional.of(x) : Optional.empty();
    }

    /**
     * The form of an answer kept in a link: a choice's key, the number in plain decimal, or the text as {@code ~}
     * and its UTF-8 bytes in base64url (at most {@value #MAX_TEXT} characters of it).
     */
    public String canonicalAnswer(String raw) {
        if (isChoice()) {
            return raw.strip();
        }
        if (isText()) {
            String text = raw.strip();
            text = text.substring(0, Math.min(text.length(), MAX_TEXT));
            return "~" + java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
        }
        return parseNumber(raw).map(Prediction::canonical).orElse(raw.strip());
    }

    /** The answer as the learner gave it, from its form in a link ({@link #canonicalAnswer}). */
    public String fromLink(String value) {
        if (isText() && value.startsWith("~")) {
            try {
                return new String(java.util.Base64.getUrlDecoder().decode(value.substring(1)), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return "";
            }
        }
        return value;
    }

    /** The longest text answer a link keeps. */
    public static final int MAX_TEXT = 80;

    private static String canonical(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        return new java.math.BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }

    /**
     * A short check of everything the learner saw and the truth: a link's answer counts only while the question it
     * answered is still the same one (a new sentence that changes the choices or the truth clears it).
     */
    public String fingerprint() {
        CRC32 crc = new CRC32();
        StringBuilder all = new StringBuilder(id).append('\u0000').append(prompt).append('\u0000').append(correct)
                .append('\u0000').append(isChoice() ? "" : Double.toString(truth)).append('\u0000').append(tolerance);
        for (Choice c : choices) {
            all.append('\u0000').append(c.key()).append('\u0001').append(c.label());
        }
        crc.update(all.toString().getBytes(StandardCharsets.UTF_8));
        String base36 = Long.toString(crc.getValue(), 36);
        return base36.substring(Math.max(0, base36.length() - 5)).toLowerCase(Locale.ROOT);
    }

    static void requireKey(String key, String what) {
        if (key == null || !key.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("A " + what + " uses only a–z, 0–9 and -: " + key);
        }
    }
}
