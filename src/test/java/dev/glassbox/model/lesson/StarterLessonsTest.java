package dev.glassbox.model.lesson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StarterLessonsTest {

    @Test
    void there_is_one_lesson_for_each_area_and_each_survives_its_link() {
        List<Lesson> lessons = StarterLessons.all();
        assertThat(lessons).extracting(Lesson::title).containsExactly("From words to attention",
                "An LSTM reads one character at a time", "z-scores: how unusual is a value?", "Python: objects and classes");
        for (Lesson lesson : lessons) {
            String link = LessonLink.encode(lesson);
            System.out.printf("%s: %d steps, link %d characters%n", lesson.title(), lesson.steps().size(), link.length());
            assertThat(LessonLink.decode(link).lesson()).isEqualTo(lesson);
            assertThat(link.length()).isLessThan(2_000);
        }
        assertThat(lessons.get(0).steps().getFirst().route()).isEqualTo("tokens");
        assertThat(lessons.get(3).steps().getLast().route()).isEqualTo("python/inheritance");
    }

    @Test
    void the_spanish_lessons_are_the_same_lessons_in_other_words() {
        List<Lesson> en = StarterLessons.all();
        List<Lesson> es = StarterLessons.all(Language.SPANISH);
        assertThat(es).hasSameSizeAs(en);
        for (int i = 0; i < en.size(); i++) {
            Lesson a = en.get(i);
            Lesson b = es.get(i);
            assertThat(b.title()).isNotEqualTo(a.title());
            assertThat(b.steps()).hasSameSizeAs(a.steps());
            for (int k = 0; k < a.steps().size(); k++) {
                LessonStep x = a.steps().get(k);
                LessonStep y = b.steps().get(k);
                // The same page, settings, hidden and locked controls, and the same question with the same answer.
                assertThat(y.view()).isEqualTo(x.view());
                assertThat(y.hide()).isEqualTo(x.hide());
                assertThat(y.lock()).isEqualTo(x.lock());
                assertThat(y.question().getClass()).isEqualTo(x.question().getClass());
                if (x.question() instanceof StepQuestion.FromView v) {
                    assertThat(y.question()).isEqualTo(v);
                }
                if (x.question() instanceof StepQuestion.OwnChoice c) {
                    StepQuestion.OwnChoice d = (StepQuestion.OwnChoice) y.question();
                    assertThat(d.correct()).isEqualTo(c.correct());
                    assertThat(d.choices()).hasSameSizeAs(c.choices());
                }
            }
            assertThat(LessonLink.decode(LessonLink.encode(b)).lesson()).isEqualTo(b);
        }
        assertThat(StarterLessons.all(Language.PSEUDO)).isEqualTo(en);
    }

    /**
     * The code path of a step that asks one of the view's own questions: each question {@link ViewQuestions} lists
     * survives a lesson's link and file. While the views list no questions this checks the empty lists; once they
     * do, it checks every one of them.
     */
    @Test
    void every_question_a_view_lists_can_be_a_lesson_step() {
        int checked = 0;
        for (String route : List.of("", "tokens", "embeddings", "positions", "attention", "encoder", "decoder",
                "generate", "lstm", "zscores", "normal", "python/objects", "python/encapsulation",
                "python/abstraction", "python/inheritance")) {
            for (ViewQuestions.Entry q : ViewQuestions.of(route)) {
                assertThat(q.id()).matches(LessonStep.CONTROL_ID);
                Lesson lesson = new Lesson("q", List.of(new LessonStep("/" + route, "t", "",
                        new StepQuestion.FromView(q.id()), List.of(), List.of())));
                assertThat(LessonLink.decode(LessonLink.encode(lesson)).lesson()).isEqualTo(lesson);
                assertThat(LessonFile.read(LessonFile.write(lesson)).lesson()).isEqualTo(lesson);
                checked++;
            }
        }
        System.out.println("View questions checked: " + checked);
    }
}
