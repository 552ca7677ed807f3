package dev.glassbox.model.seq2seq;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a text is, measured against the translator's training data: a date in one of the thirteen trained formats
 * (and which), a trained format with a weekday that does not match the date, a date outside the trained years, a
 * date written close to a format but not exactly as trained, or none of these. This is how the lesson knows the
 * right answer — independently of the model — and can say honestly whether the model was ever taught the input.
 */
public final class DateReading {

    /** What kind of input the text is. */
    public enum Kind {
        /** Exactly one of the trained formats and casings, a real date from 1900 to 2099. */
        TRAINED,
        /** A trained format whose weekday does not match the date. */
        WRONG_WEEKDAY,
        /** A trained format, but a year before 1900 or after 2099. */
        OUTSIDE_YEARS,
        /** The shape of a trained format, but no such day (31 February). */
        NO_SUCH_DAY,
        /** A real date in the shape of a format, but not written exactly as trained (mixed case, no leading zero…). */
        UNTRAINED_SPELLING,
        /** None of the trained formats. */
        UNKNOWN
    }

    /**
     * The reading: its kind; the format it looks like (null if unknown); the casing if trained; the date (null if
     * there is none); for a wrong weekday, the weekday written.
     */
    public record Result(Kind kind, DateFormat format, DateFormat.Casing casing, LocalDate date, DayOfWeek writtenWeekday) {
        /** The correct answer, if the text names a date. */
        public Optional<String> answer() {
            return date == null ? Optional.empty() : Optional.of(DateFormat.target(date));
        }
    }

    private static final String MONTH = "(?<month>" + names(Month.values(), TextStyle.FULL) + ")";
    private static final String MON = "(?<month>" + names(Month.values(), TextStyle.SHORT) + ")";
    private static final String WEEKDAY = "(?<weekday>" + names(DayOfWeek.values(), TextStyle.FULL) + ")";
    private static final String WDY = "(?<weekday>" + names(DayOfWeek.values(), TextStyle.SHORT) + ")";
    private static final String D = "(?<day>\\d{1,2})";
    private static final String ORD = "(?<day>\\d{1,2})(?:st|nd|rd|th)";
    private static final String Y = "(?<year>\\d{4})";
    private static final String MM = "(?<monthNumber>\\d{1,2})";

    /** One pattern per format, in {@link DateFormat} order; letters match in any case. */
    private static final List<Pattern> PATTERNS = List.of(
            pattern(D + " " + MONTH + " " + Y),
            pattern(D + " " + MONTH + " " + Y),
            pattern(MONTH + " " + D + ", " + Y),
            pattern(MONTH + " " + ORD + ", " + Y),
            pattern(ORD + " " + MONTH + " " + Y),
            pattern("the " + ORD + " of " + MONTH + " " + Y),
            pattern(WEEKDAY + ", " + D + " " + MONTH + " " + Y),
            pattern(WEEKDAY + ", " + MONTH + " " + D + ", " + Y),
            pattern(WDY + " " + D + " " + MONTH + " " + Y),
            pattern(D + " " + MON + " " + Y),
            pattern(D + "/" + MM + "/" + Y),
            pattern(D + "\\." + MM + "\\." + Y),
            pattern(Y + "-" + MM + "-" + D));

    private DateReading() {
    }

    public static Result read(String text) {
        String t = text.strip();
        Result best = new Result(Kind.UNKNOWN, null, null, null, null);
        for (DateFormat f : DateFormat.values()) {
            Matcher m = PATTERNS.get(f.ordinal()).matcher(t);
            if (!m.matches()) {
                continue;
            }
            Result r = read(f, m, text);
            if (r.kind().ordinal() < best.kind().ordinal()) {
                best = r;
            }
        }
        return best;
    }

    private static Result read(DateFormat f, Matcher m, String text) {
        int year = Integer.parseInt(m.group("year"));
        int day = Integer.parseInt(m.group("day"));
        int month = group(m, "monthNumber") != null ? Integer.parseInt(m.group("monthNumber"))
                : monthOf(m.group("month"));
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return new Result(Kind.NO_SUCH_DAY, f, null, null, null);
        }
        if (date.isBefore(DateCorpus.FIRST) || date.isAfter(DateCorpus.LAST)) {
            return new Result(Kind.OUTSIDE_YEARS, f, null, date, null);
        }
        String weekday = group(m, "weekday");
        if (weekday != null) {
            DayOfWeek written = weekdayOf(weekday);
            if (written != date.getDayOfWeek()) {
                return new Result(Kind.WRONG_WEEKDAY, f, null, date, written);
            }
        }
        for (DateFormat.Casing c : DateFormat.Casing.values()) {
            if (f.format(date, c).equals(text)) {
                return new Result(Kind.TRAINED, f, c, date, null);
            }
        }
        return new Result(Kind.UNTRAINED_SPELLING, f, null, date, null);
    }

    /** The text with its weekday replaced by the date's real one, written as the rest of the text is cased. */
    public static String withCorrectWeekday(String text, Result r) {
        if (r.kind() != Kind.WRONG_WEEKDAY) {
            return text;
        }
        TextStyle style = r.format() == DateFormat.SHORT_WEEKDAY_DAY_MONTH ? TextStyle.SHORT : TextStyle.FULL;
        String wrong = r.writtenWeekday().getDisplayName(style, Locale.ENGLISH);
        String right = r.date().getDayOfWeek().getDisplayName(style, Locale.ENGLISH);
        int at = text.toLowerCase(Locale.ROOT).indexOf(wrong.toLowerCase(Locale.ROOT));
        String written = text.substring(at, at + wrong.length());
        String cased = written.equals(written.toUpperCase(Locale.ROOT)) ? right.toUpperCase(Locale.ROOT)
                : written.equals(written.toLowerCase(Locale.ROOT)) ? right.toLowerCase(Locale.ROOT) : right;
        return text.substring(0, at) + cased + text.substring(at + wrong.length());
    }

    /**
     * For a day-first slash date whose two numbers could each be the month, the other reading (month first, as
     * in the United States), if it is a different real date.
     */
    public static Optional<LocalDate> monthFirst(String text, Result r) {
        if (r.format() != DateFormat.SLASHES_DAY_FIRST || r.date() == null) {
            return Optional.empty();
        }
        try {
            LocalDate other = LocalDate.of(r.date().getYear(), r.date().getDayOfMonth(), r.date().getMonthValue());
            return other.equals(r.date()) ? Optional.empty() : Optional.of(other);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) { // the pattern has no such group
            return null;
        }
    }

    private static int monthOf(String name) {
        for (Month month : Month.values()) {
            for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                if (short3(month.getDisplayName(style, Locale.ENGLISH), style).equalsIgnoreCase(name)) {
                    return month.getValue();
                }
            }
        }
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static DayOfWeek weekdayOf(String name) {
        for (DayOfWeek d : DayOfWeek.values()) {
            for (TextStyle style : List.of(TextStyle.FULL, TextStyle.SHORT)) {
                if (short3(d.getDisplayName(style, Locale.ENGLISH), style).equalsIgnoreCase(name)) {
                    return d;
                }
            }
        }
        throw new IllegalArgumentException("not a weekday: " + name);
    }

    /** Short names as the formats write them: three letters ("Sep", not the JDK's "Sept"). */
    private static String short3(String name, TextStyle style) {
        return style == TextStyle.SHORT ? name.substring(0, 3) : name;
    }

    private static <E extends Enum<E>> String names(E[] values, TextStyle style) {
        List<String> names = new ArrayList<>();
        for (E v : values) {
            String name = v instanceof Month m ? m.getDisplayName(style, Locale.ENGLISH)
                    : ((DayOfWeek) v).getDisplayName(style, Locale.ENGLISH);
            names.add(short3(name, style));
        }
        return String.join("|", names);
    }

    private static Pattern pattern(String regex) {
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
