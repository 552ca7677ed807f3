package dev.glassbox.model.seq2seq;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class DateReadingTest {

    @Test
    void every_trained_format_and_casing_is_read_back_as_its_date() {
        SplittableRandom random = new SplittableRandom(5);
        for (int k = 0; k < 3000; k++) {
            LocalDate date = DateCorpus.FIRST.plusDays(random.nextInt(73_049));
            DateFormat f = DateFormat.values()[k % 13];
            DateFormat.Casing c = DateFormat.Casing.values()[k % 3];
            DateReading.Result r = DateReading.read(f.format(date, c));
            assertThat(r.kind()).as(f.format(date, c)).isEqualTo(DateReading.Kind.TRAINED);
            assertThat(r.date()).isEqualTo(date);
            assertThat(r.answer()).contains(date.toString());
            assertThat(r.format().format(date, r.casing())).isEqualTo(f.format(date, c));
        }
    }

    @Test
    void a_wrong_weekday_is_named_and_can_be_corrected() {
        // 9 May 2018 was a Wednesday (java.time, and any calendar)
        DateReading.Result r = DateReading.read("Monday, 9 May 2018");
        assertThat(r.kind()).isEqualTo(DateReading.Kind.WRONG_WEEKDAY);
        assertThat(r.writtenWeekday()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(r.date()).isEqualTo(LocalDate.of(2018, 5, 9));
        assertThat(DateReading.withCorrectWeekday("Monday, 9 May 2018", r)).isEqualTo("Wednesday, 9 May 2018");
        DateReading.Result upper = DateReading.read("MON 9 MAY 2018");
        assertThat(DateReading.withCorrectWeekday("MON 9 MAY 2018", upper)).isEqualTo("WED 9 MAY 2018");
    }

    @Test
    void texts_outside_the_training_data_say_why() {
        assertThat(DateReading.read("May the 4th, 2020").kind()).isEqualTo(DateReading.Kind.UNKNOWN);
        assertThat(DateReading.read("hello").kind()).isEqualTo(DateReading.Kind.UNKNOWN);
        assertThat(DateReading.read("31 February 2020").kind()).isEqualTo(DateReading.Kind.NO_SUCH_DAY);
        assertThat(DateReading.read("9 May 1850").kind()).isEqualTo(DateReading.Kind.OUTSIDE_YEARS);
        assertThat(DateReading.read("9 mAy 2018").kind()).isEqualTo(DateReading.Kind.UNTRAINED_SPELLING);
        assertThat(DateReading.read("9/5/2018").kind()).isEqualTo(DateReading.Kind.UNTRAINED_SPELLING);
    }

    @Test
    void a_slash_date_whose_numbers_could_swap_has_a_month_first_reading() {
        DateReading.Result r = DateReading.read("03/04/2020");
        assertThat(r.date()).isEqualTo(LocalDate.of(2020, 4, 3));
        assertThat(DateReading.monthFirst("03/04/2020", r)).contains(LocalDate.of(2020, 3, 4));
        assertThat(DateReading.monthFirst("25/04/2020", DateReading.read("25/04/2020"))).isEmpty();
        assertThat(DateReading.monthFirst("04/04/2020", DateReading.read("04/04/2020"))).isEmpty();
    }
}
