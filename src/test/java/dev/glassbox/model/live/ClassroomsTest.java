package dev.glassbox.model.live;

import dev.glassbox.model.lesson.Language;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonStep;
import dev.glassbox.model.lesson.StepQuestion;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ClassroomsTest {

    private static final ClassLimits SMALL = new ClassLimits(Duration.ofHours(3), 3, 2, 5, Duration.ofSeconds(1));
    private static final String HOME = "10.0.0.1";

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-05T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final HandClock clock = new HandClock();
    private final Classrooms rooms = new Classrooms(SMALL, clock, new Random(7));

    static Lesson lesson() {
        return new Lesson("Two steps", List.of(
                LessonStep.of("/tokens?s=Hi", "Tokens", "Count them."),
                new LessonStep("/zscores?v=1,2,3", "z-scores", "",
                        new StepQuestion.OwnChoice("A value equal to the mean has the z-score …", List.of("0", "1", "−1"), 0),
                        List.of(), List.of())));
    }

    private Classrooms.Joined join(LiveClass live, String nickname) {
        return (Classrooms.Joined) rooms.join(live.code().toLowerCase(), nickname, HOME);
    }

    @Test
    void a_code_has_six_letters_without_look_alikes() {
        String code = ClassCode.draw(new Random(1));
        assertThat(code).hasSize(6).doesNotContainPattern("[BILOSZ0-9]");
        assertThat(ClassCode.read(" " + code.toLowerCase().substring(0, 3) + "-" + code.substring(3) + " ")).contains(code);
        assertThat(ClassCode.read("ABC")).isEmpty();
        assertThat(ClassCode.read("OOOOOO")).as("O is not in the alphabet").isEmpty();
    }

    @Test
    void a_nickname_is_plain_text_of_at_most_24_characters() {
        assertThat(Nickname.clean("  Mia\u0000\u202e <b>x</b>  ")).isEqualTo("Mia <b>x</b>");
        assertThat(Nickname.clean("x".repeat(40))).hasSize(24);
        assertThat(Nickname.clean(null)).isEmpty();
    }

    @Test
    void every_screen_follows_the_teacher_and_only_the_teacher_drives() {
        Classrooms.Started started = rooms.start(lesson(), 0);
        LiveClass live = started.live();
        List<Integer> seen = new ArrayList<>();
        Runnable stop = live.listen(s -> seen.add(s.step()));
        live.goTo(started.secret(), 1);
        assertThatThrownBy(() -> live.goTo("not the secret", 0)).isInstanceOf(ClassRefusal.class)
                .hasMessage("Only the teacher who started this class can drive it.");
        assertThatThrownBy(() -> live.end(null)).isInstanceOf(ClassRefusal.class);
        stop.run();
        live.goTo(started.secret(), 0);
        assertThat(seen).containsExactly(0, 1);
        assertThat(live.snapshot().step()).isZero();
    }

    @Test
    void answers_are_tallied_per_choice_and_revealed_to_everyone() {
        Classrooms.Started started = rooms.start(lesson(), 1);
        LiveClass live = started.live();
        String a = join(live, "A").memberId();
        String b = join(live, "B").memberId();
        join(live, "C");
        live.answer(a, 1);
        live.answer(b, 0);
        live.answer(a, 0); // changed their mind
        LiveClass.Tally tally = live.snapshot().tally();
        assertThat(tally.counts()).containsExactly(2, 0, 0);
        assertThat(tally.answered()).isEqualTo(2);
        assertThat(tally.students()).isEqualTo(3);
        assertThat(tally.revealed()).isFalse();
        assertThatThrownBy(() -> live.reveal("guess")).isInstanceOf(ClassRefusal.class);
        live.reveal(started.secret());
        assertThat(live.snapshot().tally().correct()).isZero();
        assertThatThrownBy(() -> live.answer(b, 2)).hasMessageContaining("revealed");
        assertThat(live.snapshot().answerOf(b)).contains(0);
    }

    @Test
    void a_step_without_a_question_of_its_own_takes_no_answers() {
        Classrooms.Started started = rooms.start(lesson(), 0);
        String a = join(started.live(), "").memberId();
        assertThat(started.live().snapshot().tally().asked()).isFalse();
        assertThatThrownBy(() -> started.live().answer(a, 0)).isInstanceOf(ClassRefusal.class);
    }

    @Test
    void answers_to_a_views_own_question_are_tallied_by_answer_with_the_pages_verdict() {
        Lesson lesson = new Lesson("A view's question", List.of(
                new LessonStep("/zscores?v=62,75,71,88,54", "z-scores", "", new StepQuestion.FromView("above-one"),
                        List.of(), List.of()),
                LessonStep.of("/tokens?s=Hi", "Tokens", "")));
        Classrooms.Started started = rooms.start(lesson, 0);
        LiveClass live = started.live();
        String a = join(live, "a").memberId();
        String b = join(live, "b").memberId();
        String c = join(live, "c").memberId();
        LiveClass.Tally empty = live.snapshot().tally();
        assertThat(empty.asked()).isTrue();
        assertThat(empty.inPage()).isTrue();
        // The prompt is the view's own, as ViewQuestions lists it.
        assertThat(empty.prompt()).isEqualTo("Is your highest value's z-score above 1?");
        assertThat(empty.answered()).isZero();

        live.answerInPage(a, "above-one", new LiveClass.PageAnswer("Yes", true));
        live.answerInPage(b, "above-one", new LiveClass.PageAnswer("No", false));
        live.answerInPage(c, "above-one", new LiveClass.PageAnswer("No", false));
        live.answerInPage(a, "above-one", new LiveClass.PageAnswer("Yes", true)); // the same student again: one answer
        live.answerInPage(c, "percentile", new LiveClass.PageAnswer("40", false)); // another question: ignored
        LiveClass.Tally tally = live.snapshot().tally();
        assertThat(tally.choices()).containsExactly("No", "Yes");
        assertThat(tally.counts()).containsExactly(2, 1);
        assertThat(tally.right()).containsExactly(false, true);
        assertThat(tally.answered()).isEqualTo(3);
        assertThat(tally.rightCount()).isEqualTo(1);
        assertThat(tally.revealed()).isFalse();
        assertThat(live.snapshot().pageAnswerOf(a)).contains(new LiveClass.PageAnswer("Yes", true));

        // Once the class has moved on, an answer to the earlier step's question does not count.
        live.goTo(started.secret(), 1);
        live.answerInPage(b, "above-one", new LiveClass.PageAnswer("Yes", true));
        assertThat(live.snapshot().tally().asked()).isFalse();
        live.goTo(started.secret(), 0);
        assertThat(live.snapshot().tally().counts()).containsExactly(2, 1);
        assertThatThrownBy(() -> live.answerInPage("stranger", "above-one", new LiveClass.PageAnswer("Yes", true)))
                .isInstanceOf(ClassRefusal.class);
    }

    @Test
    void the_same_answer_on_pages_in_different_languages_is_one_bar() {
        Lesson lesson = new Lesson("Numbers", List.of(new LessonStep("/zscores?v=1,2,3", "z", "",
                new StepQuestion.FromView("above-one"), List.of(), List.of())));
        Classrooms.Started started = rooms.start(lesson, 0);
        LiveClass live = started.live();
        String a = join(live, "a").memberId();
        String b = join(live, "b").memberId();
        String c = join(live, "c").memberId();
        // The choice key "yes" shown as "Yes" on an English page and "Sí" on a Spanish one; "no" as "No".
        live.answerInPage(a, "above-one", new LiveClass.PageAnswer("yes", "Yes", true));
        live.answerInPage(b, "above-one", new LiveClass.PageAnswer("yes", "Sí", true));
        live.answerInPage(c, "above-one", new LiveClass.PageAnswer("no", "No", false));
        LiveClass.Tally tally = live.snapshot().tally();
        assertThat(tally.counts()).containsExactly(2, 1);
        assertThat(tally.choices().getFirst()).isIn("Yes", "Sí");
        assertThat(tally.choices().getLast()).isEqualTo("No");
    }

    @Test
    void many_different_answers_in_a_page_keep_the_commonest_and_count_the_rest_together() {
        Lesson lesson = new Lesson("Numbers", List.of(new LessonStep("/zscores?v=1,2,3", "z", "",
                new StepQuestion.FromView("percentile"), List.of(), List.of())));
        Classrooms many = new Classrooms(new ClassLimits(Duration.ofHours(3), 20, 2, 50, Duration.ofSeconds(1)), clock,
                new Random(3));
        Classrooms.Started started = many.start(lesson, 0);
        LiveClass live = started.live();
        for (int i = 0; i < 9; i++) {
            String id = ((Classrooms.Joined) many.join(live.code(), "s" + i, HOME)).memberId();
            // Answers 10, 10, 10, 11, 12, … 16: seven different ones, "10" right; five bars, then the other two.
            String said = String.valueOf(i < 3 ? 10 : 8 + i);
            live.answerInPage(id, "percentile", new LiveClass.PageAnswer(said, said.equals("10")));
        }
        LiveClass.Tally tally = live.snapshot().tally();
        assertThat(tally.choices()).hasSize(LiveClass.Tally.MAX_BARS);
        assertThat(tally.choices().getFirst()).isEqualTo("10");
        assertThat(tally.counts().getFirst()).isEqualTo(3);
        assertThat(tally.choices().getLast()).isEqualTo("2 other answers (0 right)");
        // The teacher's screen says the last bar in its own language from these numbers.
        assertThat(tally.lastIsOthers()).isTrue();
        assertThat(tally.others()).isEqualTo(2);
        assertThat(tally.othersRight()).isZero();
        assertThat(tally.counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(9);
        assertThat(tally.rightCount()).isEqualTo(3);
    }

    @Test
    void a_full_wrong_or_ended_code_gets_one_sentence_and_a_wrong_one_answers_slowly() {
        Classrooms.Started started = rooms.start(lesson(), 0);
        LiveClass live = started.live();
        for (int i = 0; i < 3; i++) {
            join(live, "s" + i);
        }
        Classrooms.Join full = rooms.join(live.code(), "late", "10.0.0.2");
        assertThat(((Classrooms.Refused) full).sentence()).isEqualTo("The class " + live.code()
                + " is full: at most 3 students join one class.");
        assertThat(((Classrooms.Refused) full).delay()).isEqualTo(Duration.ZERO);
        // The same refusal in the language of the screen that shows it (lessons/live/text.es.md, refused-full).
        assertThat(((Classrooms.Refused) full).sentence(Language.SPANISH)).isEqualTo("La clase " + live.code()
                + " está llena: como máximo 3 estudiantes se unen a una clase.");
        String other = live.code().equals("AAAAAA") ? "CCCCCC" : "AAAAAA";
        Classrooms.Refused wrong = (Classrooms.Refused) rooms.join(other, "", "10.0.0.3");
        assertThat(wrong.sentence()).isEqualTo("No class is running with the code " + other + ": check it with your teacher.");
        assertThat(wrong.delay()).isEqualTo(Duration.ofSeconds(1));
        assertThat(((Classrooms.Refused) rooms.join("12", "", "10.0.0.3")).sentence()).startsWith("A class code is 6 letters");
        live.end(started.secret());
        assertThat(((Classrooms.Refused) rooms.join(live.code(), "", "10.0.0.4")).sentence()).isEqualTo(
                "The class " + live.code() + " has ended.");
        assertThat(rooms.find(live.code())).isEmpty();
    }

    @Test
    void join_attempts_per_address_are_limited_to_the_minute() {
        for (int i = 0; i < SMALL.joinsPerMinute(); i++) {
            assertThat(((Classrooms.Refused) rooms.join("AAAAAA", "", HOME)).sentence()).startsWith("No class");
        }
        assertThat(((Classrooms.Refused) rooms.join("AAAAAA", "", HOME)).sentence()).startsWith("Too many attempts");
        assertThat(((Classrooms.Refused) rooms.join("AAAAAA", "", "10.9.9.9")).sentence()).startsWith("No class");
        clock.now = clock.now.plusSeconds(61);
        assertThat(((Classrooms.Refused) rooms.join("AAAAAA", "", HOME)).sentence()).startsWith("No class");
    }

    @Test
    void a_class_ends_after_three_hours_without_activity_and_the_number_of_classes_is_bounded() {
        Classrooms.Started first = rooms.start(lesson(), 0);
        rooms.start(lesson(), 0);
        assertThatThrownBy(() -> rooms.start(lesson(), 0)).isInstanceOf(ClassRefusal.class)
                .hasMessageContaining("at most 2 classes");
        List<Boolean> ended = new ArrayList<>();
        first.live().listen(s -> ended.add(s.ended()));
        clock.now = clock.now.plus(Duration.ofHours(2));
        first.live().goTo(first.secret(), 1); // activity keeps the first class going
        clock.now = clock.now.plus(Duration.ofHours(1)).plusSeconds(1);
        assertThat(rooms.running()).isEqualTo(1);
        assertThat(rooms.find(first.live().code())).isPresent();
        clock.now = clock.now.plus(Duration.ofHours(2));
        assertThat(rooms.running()).isZero();
        assertThat(ended).endsWith(true);
    }

    @Test
    void an_offered_example_keeps_its_page_and_sentence_but_not_the_screen_settings() {
        Classrooms.Started started = rooms.start(lesson(), 0);
        String a = join(started.live(), "Mia").memberId();
        started.live().offer(a, "/tokens?s=The%20cat%20%3Cb%3E&embed=1&hide=tokenizer&t=bpe");
        LiveClass.Offer offer = started.live().snapshot().offers().getFirst();
        assertThat(offer.view()).isEqualTo("/tokens?s=The%20cat%20%3Cb%3E&t=bpe");
        assertThat(offer.sentence()).isEqualTo("The cat <b>");
        assertThat(offer.nickname()).isEqualTo("Mia");
        assertThatThrownBy(() -> started.live().offer(a, "https://elsewhere.example/")).isInstanceOf(IllegalArgumentException.class);
        started.live().show(started.secret(), offer.id());
        assertThat(started.live().snapshot().shown()).contains(offer);
        assertThat(started.live().snapshot().offers()).isEmpty();
        started.live().goTo(started.secret(), 1);
        assertThat(started.live().snapshot().shown()).isEmpty();
    }
}
