package dev.glassbox.model.seq2seq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DateFormatTest {

    private static final LocalDate MAY_9 = LocalDate.of(2018, 5, 9);

    @Test
    void every_format_writes_its_own_example() {
        for (DateFormat f : DateFormat.values()) {
            LocalDate date = f == DateFormat.DAY_SHORT_MONTH ? LocalDate.of(2018, 9, 9) : MAY_9;
            assertThat(f.format(date)).as(f.name()).isEqualTo(f.example());
        }
    }

    @Test
    void formats_without_ordinals_match_java_time_on_a_thousand_dates() {
        // The independent source: java.time's own DateTimeFormatter patterns, in the English locale.
        SplittableRandom random = new SplittableRandom(3);
        for (int k = 0; k < 1000; k++) {
            LocalDate d = DateCorpus.FIRST.plusDays(random.nextInt(73_049));
            assertThat(DateFormat.DAY_MONTH.format(d)).isEqualTo(pattern("d MMMM yyyy", d));
            assertThat(DateFormat.PADDED_DAY_MONTH.format(d)).isEqualTo(pattern("dd MMMM yyyy", d));
            assertThat(DateFormat.MONTH_DAY.format(d)).isEqualTo(pattern("MMMM d, yyyy", d));
            assertThat(DateFormat.WEEKDAY_DAY_MONTH.format(d)).isEqualTo(pattern("EEEE, d MMMM yyyy", d));
            assertThat(DateFormat.WEEKDAY_MONTH_DAY.format(d)).isEqualTo(pattern("EEEE, MMMM d, yyyy", d));
            assertThat(DateFormat.SHORT_WEEKDAY_DAY_MONTH.format(d)).isEqualTo(pattern("EEE d MMMM yyyy", d));
            assertThat(DateFormat.SLASHES_DAY_FIRST.format(d)).isEqualTo(pattern("dd/MM/yyyy", d));
            assertThat(DateFormat.DOTS.format(d)).isEqualTo(pattern("d.M.yyyy", d));
            assertThat(DateFormat.ISO.format(d)).isEqualTo(DateTimeFormatter.ISO_LOCAL_DATE.format(d));
            assertThat(DateFormat.target(d)).isEqualTo(DateTimeFormatter.ISO_LOCAL_DATE.format(d));
            // java.time's "MMM" abbreviates September as "Sep" in the ROOT-like English of the JDK's CLDR data
            assertThat(DateFormat.DAY_SHORT_MONTH.format(d)).isEqualTo(pattern("d MMM yyyy", d).replace("Sept", "Sep"));
        }
    }

    @Test
    void ordinals_follow_english() {
        assertThat(DateFormat.ordinal(1)).isEqualTo("1st");
        assertThat(DateFormat.ordinal(2)).isEqualTo("2nd");
        assertThat(DateFormat.ordinal(3)).isEqualTo("3rd");
        assertThat(DateFormat.ordinal(4)).isEqualTo("4th");
        assertThat(DateFormat.ordinal(11)).isEqualTo("11th");
        assertThat(DateFormat.ordinal(12)).isEqualTo("12th");
        assertThat(DateFormat.ordinal(13)).isEqualTo("13th");
        assertThat(DateFormat.ordinal(21)).isEqualTo("21st");
        assertThat(DateFormat.ordinal(22)).isEqualTo("22nd");
        assertThat(DateFormat.ordinal(23)).isEqualTo("23rd");
        assertThat(DateFormat.ordinal(31)).isEqualTo("31st");
    }

    @Test
    void casings_apply_only_to_formats_with_names() {
        assertThat(DateFormat.THE_ORDINAL_OF_MONTH.format(MAY_9, DateFormat.Casing.UPPER)).isEqualTo("THE 9TH OF MAY 2018");
        assertThat(DateFormat.WEEKDAY_MONTH_DAY.format(MAY_9, DateFormat.Casing.LOWER)).isEqualTo("wednesday, may 9, 2018");
        assertThat(DateFormat.DOTS.format(MAY_9, DateFormat.Casing.UPPER)).isEqualTo("9.5.2018");
        assertThat(DateFormat.values()).filteredOn(f -> !f.hasNames()).hasSize(3);
    }

    @Test
    void the_split_is_by_date_and_covers_two_hundred_years() {
        DateCorpus corpus = new DateCorpus();
        assertThat(corpus.training().size() + corpus.heldOut().size()).isEqualTo(73_049); // 1900-01-01 … 2099-12-31
        assertThat(corpus.heldOut()).hasSize(DateCorpus.HELD_OUT);
        Set<LocalDate> train = new HashSet<>(corpus.training());
        assertThat(corpus.heldOut()).noneMatch(train::contains);
        SplittableRandom random = new SplittableRandom(1);
        for (int k = 0; k < 2000; k++) {
            DateCorpus.Example e = corpus.draw(random);
            assertThat(corpus.isHeldOut(e.date())).isFalse();
            assertThat(e.source()).isEqualTo(e.format().format(e.date(), e.casing()));
        }
    }

    @Test
    void the_vocabulary_knows_every_character_of_every_format() {
        DateCorpus corpus = new DateCorpus();
        SplittableRandom random = new SplittableRandom(2);
        for (int k = 0; k < 5000; k++) {
            DateCorpus.Example e = corpus.draw(random);
            assertThat(Seq2SeqVocabulary.encode(e.source())).doesNotContain(Seq2SeqVocabulary.UNKNOWN);
            assertThat(Seq2SeqVocabulary.decode(Seq2SeqVocabulary.encode(e.target()))).isEqualTo(e.target());
            assertThat(e.source().length()).isLessThanOrEqualTo(Seq2SeqTransformer.MAX_SOURCE);
        }
        assertThat(Seq2SeqVocabulary.encode("é🐋")).containsExactly(Seq2SeqVocabulary.UNKNOWN, Seq2SeqVocabulary.UNKNOWN);
    }

    private static String pattern(String pattern, LocalDate d) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(d);
    }
}
