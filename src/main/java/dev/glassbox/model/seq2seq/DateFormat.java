package dev.glassbox.model.seq2seq;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * The thirteen ways of writing a date that the translation model was trained on, each shown for Wednesday 9 May
 * 2018. Formats that contain a month or weekday name also come in lower case and upper case ({@link Casing}).
 */
public enum DateFormat {
    DAY_MONTH("9 May 2018"),
    PADDED_DAY_MONTH("09 May 2018"),
    MONTH_DAY("May 9, 2018"),
    MONTH_ORDINAL("May 9th, 2018"),
    ORDINAL_MONTH("9th May 2018"),
    THE_ORDINAL_OF_MONTH("the 9th of May 2018"),
    WEEKDAY_DAY_MONTH("Wednesday, 9 May 2018"),
    WEEKDAY_MONTH_DAY("Wednesday, May 9, 2018"),
    SHORT_WEEKDAY_DAY_MONTH("Wed 9 May 2018"),
    DAY_SHORT_MONTH("9 Sep 2018"),
    SLASHES_DAY_FIRST("09/05/2018"),
    DOTS("9.5.2018"),
    ISO("2018-05-09");

    /** How the letters of a format with names are written. */
    public enum Casing {
        AS_WRITTEN, LOWER, UPPER;

        String apply(String s) {
            return switch (this) {
                case AS_WRITTEN -> s;
                case LOWER -> s.toLowerCase(Locale.ROOT);
                case UPPER -> s.toUpperCase(Locale.ROOT);
            };
        }
    }

    private final String example;

    DateFormat(String example) {
        this.example = example;
    }

    /** This format as written for Wednesday 9 May 2018 (for {@link #DAY_SHORT_MONTH}: 9 September 2018). */
    public String example() {
        return example;
    }

    /** True if the format contains a month or weekday name, so that it also comes in lower and upper case. */
    public boolean hasNames() {
        return this != SLASHES_DAY_FIRST && this != DOTS && this != ISO;
    }

    /** The date written in this format, as written (names capitalised, "the" in lower case). */
    public String format(LocalDate date) {
        int d = date.getDayOfMonth();
        String month = name(date.getMonth());
        String year = Integer.toString(date.getYear());
        String weekday = name(date.getDayOfWeek());
        return switch (this) {
            case DAY_MONTH -> d + " " + month + " " + year;
            case PADDED_DAY_MONTH -> two(d) + " " + month + " " + year;
            case MONTH_DAY -> month + " " + d + ", " + year;
            case MONTH_ORDINAL -> month + " " + ordinal(d) + ", " + year;
            case ORDINAL_MONTH -> ordinal(d) + " " + month + " " + year;
            case THE_ORDINAL_OF_MONTH -> "the " + ordinal(d) + " of " + month + " " + year;
            case WEEKDAY_DAY_MONTH -> weekday + ", " + d + " " + month + " " + year;
            case WEEKDAY_MONTH_DAY -> weekday + ", " + month + " " + d + ", " + year;
            case SHORT_WEEKDAY_DAY_MONTH -> weekday.substring(0, 3) + " " + d + " " + month + " " + year;
            case DAY_SHORT_MONTH -> d + " " + month.substring(0, 3) + " " + year;
            case SLASHES_DAY_FIRST -> two(d) + "/" + two(date.getMonthValue()) + "/" + year;
            case DOTS -> d + "." + date.getMonthValue() + "." + year;
            case ISO -> date.toString();
        };
    }

    /** The date in this format and casing; a format without names ignores the casing. */
    public String format(LocalDate date, Casing casing) {
        return hasNames() ? casing.apply(format(date)) : format(date);
    }

    /** The answer the model is trained to write: ISO 8601, YYYY-MM-DD. */
    public static String target(LocalDate date) {
        return ISO.format(date);
    }

    /** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st, 22nd, 23rd … 31st. */
    static String ordinal(int d) {
        String suffix = d >= 11 && d <= 13 ? "th" : switch (d % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return d + suffix;
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static String name(Month m) {
        return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    private static String name(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
