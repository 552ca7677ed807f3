package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonLink;
import dev.glassbox.model.lesson.LessonStep;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.lesson.StarterLessons;
import dev.glassbox.model.lesson.StepQuestion;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A live class: one teacher and three students, each in a browser of their own. */
class ClassIT extends BrowserTest {

    private static final String VAADIN_IDLE = "() => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())";
    /** The bundled z-scores lesson: three steps, the third with a question of the teacher's own. */
    private static final Lesson LESSON = StarterLessons.all().stream().filter(l -> l.title().startsWith("z-scores"))
            .findFirst().orElseThrow();

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static void idle(Page p) {
        p.waitForFunction(VAADIN_IDLE);
    }

    private Page student(String code, String nickname) {
        Page p = otherPerson();
        p.navigate(url("/join"));
        idle(p);
        p.locator("#join-code input").fill(code.toLowerCase());
        p.locator("#join-nickname input").fill(nickname);
        p.locator("#join").click();
        assertThat(p.locator("#class-joined")).isVisible();
        return p;
    }

    @Test
    void students_follow_the_teacher_answer_and_see_the_answer_revealed_while_a_student_cannot_drive() throws Exception {
        open("/class");
        Locator lessons = page.locator("#class-lesson vaadin-radio-button");
        assertThat(lessons.first()).hasAttribute("checked", "");
        lessons.filter(new Locator.FilterOptions().setHasText(LESSON.title())).click();
        page.locator("#start-class").click();
        Locator codeText = page.locator("#class-code");
        assertThat(codeText).hasText(Pattern.compile("[ACDEFGHJKMNPQRTUVWXY]{6}"));
        assertThat(page.locator("#class-qr")).hasAttribute("alt", Pattern.compile("/join\\?c=" + codeText.textContent()));
        String code = codeText.textContent();
        String teacherLink = page.url();
        assertThat(page).hasURL(Pattern.compile("c=" + code));

        // A wrong code gets one sentence (after a delay), and no class.
        Page late = otherPerson();
        late.navigate(url("/join"));
        idle(late);
        String wrong = code.equals("AAAAAA") ? "CCCCCC" : "AAAAAA";
        late.locator("#join-code input").fill(wrong);
        late.locator("#join").click();
        assertThat(late.locator("#join-notice")).hasText("No class is running with the code " + wrong
                + ": check it with your teacher.");
        assertThat(late.locator("#class-joined")).isHidden();

        List<Page> students = List.of(student(code, "Ada"), student(code, "Ben <b>"), student(code, ""));
        assertThat(page.locator("#class-count")).hasText("3 students have joined.");
        for (Page s : students) {
            assertThat(s.locator("#step-title")).hasText(LESSON.steps().get(0).title());
            assertThat(s.locator("#next-step")).hasCount(0);
        }

        // Two steps on: every screen follows by itself.
        for (int step = 1; step <= 2; step++) {
            page.locator("#next-step").click();
            for (Page s : students) {
                assertThat(s.locator("#step-title")).hasText(LESSON.steps().get(step).title());
            }
        }
        StepQuestion.OwnChoice question = (StepQuestion.OwnChoice) LESSON.steps().get(2).question();
        int right = question.correct();
        int other = right == 0 ? 1 : 0;

        // Answers arrive on the teacher's tally one by one.
        Locator summary = page.locator("#tally-summary");
        assertThat(summary).hasText("0 of 3 students answered.");
        answer(students.get(0), right);
        assertThat(summary).hasText("1 of 3 students answered.");
        answer(students.get(1), right);
        answer(students.get(2), other);
        assertThat(summary).hasText("3 of 3 students answered.");
        assertThat(page.locator("#tally-" + right + " .gb-tally-count")).hasText("2");
        assertThat(page.locator("#tally-" + other + " .gb-tally-count")).hasText("1");
        Files.createDirectories(Paths.get("target", "screenshots"));
        page.locator("#class-tally").scrollIntoViewIfNeeded();
        page.screenshot(new Page.ScreenshotOptions().setPath(Paths.get("target", "screenshots", "class-tally.png")));

        // Reveal: every student sees the answer at once.
        page.locator("#reveal-answer").click();
        String answer = "The answer: " + StepQuestion.OwnChoice.letter(right) + ". " + question.choices().get(right);
        assertThat(students.get(0).locator("#answer-state")).containsText(answer + " You answered "
                + StepQuestion.OwnChoice.letter(right) + ". Right!");
        assertThat(students.get(2).locator("#answer-state")).containsText("Not this one.");
        assertThat(page.locator("#tally-" + right)).containsText("(correct)");

        // A student looks back on their own, then catches up.
        Page ada = students.get(0);
        ada.locator("#own-previous").click();
        assertThat(ada.locator("#step-title")).hasText(LESSON.steps().get(1).title());
        assertThat(ada.locator("#back-to-class")).isVisible();
        ada.locator("#back-to-class").click();
        assertThat(ada.locator("#step-title")).hasText(LESSON.steps().get(2).title());

        // A student's example reaches every screen only when the teacher shows it, as text.
        Page ben = students.get(1);
        ben.locator("#share-example").click();
        assertThat(ben.locator("#share-state")).hasText("Offered to your teacher, who may show it to the class.");
        assertThat(page.locator("#class-offers")).containsText("Ben <b>: on /normal");
        assertThat(students.get(2).locator("#class-example")).isHidden();
        page.locator("#class-offers vaadin-button").first().click();
        assertThat(students.get(2).locator("#class-example")).hasText("On every screen, an example from the class: /normal.");

        // A student who opens the teacher's link cannot drive the class.
        students.get(2).navigate(teacherLink);
        idle(students.get(2));
        assertThat(students.get(2).locator("#class-notice")).containsText("Only the teacher who started this class can drive it.");
        assertThat(students.get(2).locator("#next-step")).isHidden();
        assertThat(students.get(2).locator("#class-code")).isHidden();

        // The teacher ends the class: the students' screens say so.
        page.locator("#end-class").click();
        assertThat(ada.locator("#join-notice")).hasText("The class " + code + " has ended.");
    }

    /**
     * Each screen speaks its own language: the teacher's page in Spanish, one student's in Spanish and another's in
     * English; the answers they give to the teacher's own question are counted together whatever the language.
     */
    @Test
    void each_screen_of_a_class_speaks_its_own_language_and_the_tally_counts_answers_alike() {
        LessonText es = LessonText.of("live", Language.SPANISH);
        // A Spanish page offers the bundled lessons written in Spanish: the same lesson in other words.
        Lesson lesson = StarterLessons.all(Language.SPANISH).get(StarterLessons.all().indexOf(LESSON));
        open("/class?lang=es");
        assertThat(page.locator("h1")).hasText(es.plain("ui-teacher-heading"));
        org.assertj.core.api.Assertions.assertThat(page.evaluate("() => document.documentElement.lang")).isEqualTo("es");
        page.locator("#class-lesson vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(lesson.title())).click();
        page.locator("#start-class").click();
        Locator codeText = page.locator("#class-code");
        assertThat(codeText).hasText(Pattern.compile("[ACDEFGHJKMNPQRTUVWXY]{6}"));
        String code = codeText.textContent();
        assertThat(page).hasURL(Pattern.compile("lang=es"));

        Page spanish = otherPerson();
        spanish.navigate(url("/join?lang=es"));
        idle(spanish);
        assertThat(spanish.locator("h1")).hasText(es.plain("ui-join-heading"));
        spanish.locator("#join-code input").fill(code);
        spanish.locator("#join").click();
        assertThat(spanish.locator("#class-joined")).isVisible();
        assertThat(spanish).hasURL(Pattern.compile("lang=es"));
        Page english = student(code, "Ben");
        assertThat(english.locator("#class-me")).hasText("Class " + code + " · you are Ben");
        // Computed: two students have joined, said in the teacher's language.
        assertThat(page.locator("#class-count")).hasText(es.plain("ui-joined-other", Map.of("n", 2)));

        for (int step = 1; step <= 2; step++) {
            page.locator("#next-step").click();
            idle();
        }
        assertThat(page).hasURL(Pattern.compile("step=3"));
        assertThat(page).hasURL(Pattern.compile("lang=es"));
        StepQuestion.OwnChoice question = (StepQuestion.OwnChoice) lesson.steps().get(2).question();
        int right = question.correct();
        assertThat(spanish.locator("#step-progress")).hasText("Paso 3 de 3");
        spanish.locator("#class-answer vaadin-radio-button").nth(right).click();
        spanish.locator("#send-answer").click();
        assertThat(spanish.locator("#answer-state")).hasText(es.plain("ui-sent",
                Map.of("letter", StepQuestion.OwnChoice.letter(right))));
        answer(english, right);
        // Both answers on the same bar: the choice is a number, not a word of either language.
        assertThat(page.locator("#tally-" + right + " .gb-tally-count")).hasText("2");
        assertThat(page.locator("#tally-summary")).hasText(es.plain("ui-answered-other", Map.of("n", 2, "students", 2)));
        page.locator("#reveal-answer").click();
        String answer = StepQuestion.OwnChoice.letter(right) + ". " + question.choices().get(right);
        assertThat(spanish.locator("#answer-state")).hasText(es.plain("ui-revealed-right",
                Map.of("answer", answer, "letter", StepQuestion.OwnChoice.letter(right))));
        assertThat(english.locator("#answer-state")).containsText("Right!");
        org.assertj.core.api.Assertions.assertThat(english.evaluate("() => document.documentElement.lang")).isEqualTo("en");
        page.locator("#end-class").click();
    }

    private static void answer(Page student, int choice) {
        student.locator("#class-answer vaadin-radio-button").nth(choice).click();
        student.locator("#send-answer").click();
        assertThat(student.locator("#answer-state")).containsText("You answered " + StepQuestion.OwnChoice.letter(choice));
    }

    @Test
    void an_answer_checked_in_the_steps_page_reaches_the_teachers_tally_with_the_pages_verdict() {
        Lesson lesson = new Lesson("A page's own question", List.of(new LessonStep("/zscores?v=62,75,71,88,54",
                "Above one?", "", new StepQuestion.FromView("above-one"), List.of(), List.of())));
        open("/class?l=" + encode(LessonLink.encode(lesson)));
        page.locator("#start-class").click();
        String code = page.locator("#class-code").textContent();
        Page ada = student(code, "Ada");
        Page ben = student(code, "Ben");
        Locator summary = page.locator("#tally-summary");
        assertThat(page.locator("#tally-prompt")).hasText("Is your highest value's z-score above 1?");
        assertThat(summary).containsText("0 of 2 students answered.");
        assertThat(page.locator("#reveal-answer")).isHidden();

        // 88 is the highest of 62, 75, 71, 88, 54: mean 70, population SD √134 ≈ 11.58, z = 18 / 11.58 ≈ 1.55 > 1
        // (by hand), so "Yes" is right.
        answerInPage(ada, "yes");
        assertThat(summary).containsText("1 of 2 students answered. 1 right");
        assertThat(page.locator("#tally-0")).containsText("Yes (right)");
        assertThat(ada.locator("#answer-state")).hasText("Your teacher has your answer: Yes (right).");
        answerInPage(ben, "no");
        assertThat(summary).containsText("2 of 2 students answered. 1 right");
        assertThat(page.locator("#class-tally .gb-tally-row")).hasCount(2);
        assertThat(page.locator("#class-tally")).containsText("No");
    }

    private static void answerInPage(Page student, String choice) {
        FrameLocator frame = student.frameLocator("#step-view");
        frame.locator("#question-above-one-choice-" + choice).check();
        frame.locator("#question-above-one-check").click();
        assertThat(frame.locator("#question-above-one-result")).isVisible();
    }

    @Test
    void a_teacher_starts_a_class_on_the_page_they_are_looking_at() {
        open("/zscores?v=3,4,5");
        page.locator("#teach-page-live").click();
        assertThat(page).hasURL(Pattern.compile("/class\\?v="));
        page.locator("#start-class").click();
        assertThat(page.locator("#class-code")).hasText(Pattern.compile("[ACDEFGHJKMNPQRTUVWXY]{6}"));
        assertThat(page.locator("#step-view")).hasAttribute("src", Pattern.compile("zscores\\?v=3(,|%2C)4(,|%2C)5"));
        // Push was switched on by that navigation inside the page: a student's joining reaches the teacher by itself.
        Page student = student(page.locator("#class-code").textContent(), "Ada");
        assertThat(page.locator("#class-count")).hasText("1 student has joined.");
        assertThat(student.locator("#step-title")).hasText("This page");
        // On the class pages themselves the button is not offered.
        assertThat(page.locator("#teach-page-live")).isHidden();
    }

    @Test
    void a_class_no_longer_running_restarts_from_its_link_with_one_click() {
        open("/class?c=AAAAAA&step=2&l=" + encode(dev.glassbox.model.lesson.LessonLink.encode(LESSON)));
        assertThat(page.locator("#class-notice")).containsText("The class AAAAAA is no longer running");
        assertThat(page.locator("#class-lesson-title")).hasText("Lesson: " + LESSON.title() + " · 3 steps");
        page.locator("#start-class").click();
        assertThat(page.locator("#class-code")).hasText(Pattern.compile("[ACDEFGHJKMNPQRTUVWXY]{6}"));
        assertThat(page.locator("#step-title")).hasText(LESSON.steps().get(1).title());
        assertNoScriptRan();
    }
}
