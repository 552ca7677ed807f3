package dev.glassbox.ui.oop;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import dev.glassbox.model.lesson.Block;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.oop.Exercise;
import dev.glassbox.model.oop.PythonLesson;
import dev.glassbox.model.oop.PythonLessons;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * "Try it": the choice between the example and the exercises, the chosen exercise's task and hints, and the
 * workbench (editor, Run, output, object inspector). The tabs scroll inside their own box on a narrow screen.
 */
class TrySection extends Div {

    private final PythonLesson lesson;
    private final Tabs tasks = new Tabs();
    private final List<Tab> tabs = new ArrayList<>();
    private final Div exercise = new Div();
    private final Notice notice = new Notice("python-notice");
    private final PythonWorkbench workbench = new PythonWorkbench();
    /** The example's questions: asked once the example has run, out of sight, in the learner's browser. */
    private final Div questions = new Div();
    private final BiConsumer<Prediction, String> answered;
    private Answers answers = Answers.NONE;
    private List<Prediction> asked = List.of();
    /** Whether the example's hidden run, for the questions' truth, is still awaited. */
    private boolean pending;

    TrySection(PythonLesson lesson, BiConsumer<Prediction, String> answered) {
        this.lesson = lesson;
        this.answered = answered;
        questions.setId("python-questions");
        workbench.addRunListener(this::ran);
        LessonText text = PageLanguage.text("python");
        H2 heading = new H2(text.plain("try-title"));
        heading.setId("try");
        tasks.setId("tasks");
        tasks.getElement().setAttribute("aria-label", text.plain("tasks-label"));
        tasks.addClassName("gb-py-tasks");
        Tab example = new Tab(text.plain("tab-example"));
        example.setId("task-0");
        tabs.add(example);
        for (int i = 1; i < lesson.tasks(); i++) {
            Tab tab = new Tab(exerciseTitle(i));
            tab.setId("task-" + i);
            tabs.add(tab);
        }
        tabs.forEach(tasks::add);
        exercise.setId("exercise");
        exercise.addClassName("gb-exercises");
        add(heading, new Prose("python", "try"), tasks, exercise, notice, questions, workbench);
    }

    /** "Exercise 2: Count every dog" in the page's language. */
    private String exerciseTitle(int task) {
        return PageLanguage.text("python").plain("tab-exercise",
                Map.of("n", task, "title", lesson.exercise(task).title()));
    }

    Notice notice() {
        return notice;
    }

    PythonWorkbench workbench() {
        return workbench;
    }

    /** Calls {@code listener} with the task the learner picks. */
    void onTask(Consumer<Integer> listener) {
        tasks.addSelectedChangeListener(e -> {
            if (e.isFromClient()) {
                listener.accept(tabs.indexOf(e.getSelectedTab()));
            }
        });
    }

    /**
     * The example's own code asks its questions: it runs once, out of sight, so that the truth is what it really
     * prints; its output shows when every question is answered (or shown without an answer).
     */
    private void ask(PythonState state) {
        questions.removeAll();
        answers = state.answers();
        asked = List.of();
        pending = state.task() == 0 && state.code() == null;
        workbench.setPredicting(pending);
        if (pending) {
            Paragraph wait = new Paragraph(PageLanguage.text("python").plain("predict-wait"));
            wait.setId("python-questions-wait");
            wait.addClassName("gb-py-predicting-note");
            questions.add(wait);
            workbench.runQuietly();
        }
    }

    private void ran(PythonWorkbench.Run run) {
        if (!pending || !run.code().equals(lesson.starter(0))) {
            return;
        }
        pending = false;
        questions.removeAll();
        if (!run.ok()) {
            Paragraph failed = new Paragraph(PageLanguage.text("python").plain("predict-failed"));
            failed.setId("python-questions-failed");
            failed.addClassName("gb-py-predicting-note");
            questions.add(failed);
            workbench.setPredicting(false);
            return;
        }
        asked = PythonQuestions.of(lesson, run.stdout());
        for (Prediction q : asked) {
            questions.add(new Question(q, answers, (question, value) -> {
                answers = answers.with(question, value);
                answered.accept(question, value);
                revealWhenAnswered();
            }));
        }
        revealWhenAnswered();
    }

    private void revealWhenAnswered() {
        if (asked.stream().allMatch(q -> answers.of(q).isPresent())) {
            workbench.setPredicting(false);
        }
    }

    /** Shows the state's task and code. */
    void show(PythonState state) {
        int task = state.task();
        tasks.setSelectedTab(tabs.get(task));
        workbench.setStarter(lesson.starter(task));
        workbench.setCheck(task == 0 ? "" : lesson.exercise(task).check());
        workbench.setCode(state.codeOr(lesson));
        ask(state);
        exercise.removeAll();
        if (task == 0) {
            exercise.add(new Prose("python", "example-task"));
            return;
        }
        Exercise e = lesson.exercise(task);
        String concept = PythonLessons.concept(lesson.slug());
        Prose taskText = new Prose(concept, e.id() + "-task");
        taskText.setId("exercise-task");
        exercise.add(new H3(exerciseTitle(task)), taskText, new Prose("python", "exercise-help"));
        Block.Bullets hints = (Block.Bullets) PageLanguage.text(concept).section(e.id() + "-hints").getFirst();
        int n = 1;
        for (var hint : hints.items()) {
            Details details = new Details(PageLanguage.text("python").plain("hint", Map.of("n", n)),
                    Prose.runs(new Paragraph(), hint));
            details.setId("hint-" + n++);
            exercise.add(details);
        }
    }
}
