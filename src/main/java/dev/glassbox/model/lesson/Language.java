package dev.glassbox.model.lesson;

import java.util.Locale;
import java.util.Optional;

/**
 * A language the lessons are written in, named in links by its tag ({@code ?lang=es}).
 *
 * <p>{@link #PSEUDO} is English with every letter of the lesson files accented and every vowel doubled: text that comes
 * out unaccented did not come from a lesson file, and a layout that breaks under the longer words would break in a
 * longer language too. It is for checking translations and layouts, and not offered in the language switch.
 */
public enum Language {
    ENGLISH("en", "English", '.'),
    SPANISH("es", "Español", ','),
    PSEUDO("en-XA", "Pseudo-English", '.');

    private final String tag;
    private final String name;
    private final char decimalSeparator;

    Language(String tag, String name, char decimalSeparator) {
        this.tag = tag;
        this.name = name;
        this.decimalSeparator = decimalSeparator;
    }

    /** The tag used in links and in {@code <html lang>}: {@code en}, {@code es}, {@code en-XA}. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as the language switch shows it. */
    public String nativeName() {
        return name;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The character between a number's whole part and its decimals in this language's prose. */
    public char decimalSeparator() {
        return decimalSeparator;
    }

    /** {@code raw}, a number written with a full stop before its decimals, with this language's decimal separator. */
    public String decimals(String raw) {
        return decimalSeparator == '.' ? raw : raw.replace('.', decimalSeparator);
    }

    /** A whole number with this language's digit grouping: 50,000 in English, 50.000 in Spanish. */
    public String grouped(long n) {
        return String.format(locale(), "%,d", n);
    }

    /** The language of {@code tag} (case ignored); empty for anything else, so a bad link falls back quietly. */
    public static Optional<Language> parse(String tag) {
        if (tag == null) {
            return Optional.empty();
        }
        for (Language language : values()) {
            if (language.tag.equalsIgnoreCase(tag.strip())) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }

    /** The language of {@code locale}'s language (Spanish for {@code es-MX}); empty when there is none. */
    public static Optional<Language> of(Locale locale) {
        if (locale == null) {
            return Optional.empty();
        }
        if (locale.toLanguageTag().equalsIgnoreCase(PSEUDO.tag)) {
            return Optional.of(PSEUDO);
        }
        return switch (locale.getLanguage()) {
            case "en" -> Optional.of(ENGLISH);
            case "es" -> Optional.of(SPANISH);
            default -> Optional.empty();
        };
    }
}
