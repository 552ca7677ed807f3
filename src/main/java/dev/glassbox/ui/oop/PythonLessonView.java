package dev.glassbox.ui.oop;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import dev.glassbox.model.oop.CodeLink;
import dev.glassbox.model.oop.Exercise;
import dev.glassbox.model.oop.PythonLesson;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Notice;
import java.util.ArrayList;
import java.util.List;

/**
 * The frame every Python lesson shares: the explanation, a choice between the example and the exercises, the
 * workbench (editor, Run, output, object inspector) and the exercise's task and hints. The learner's code runs
 * only in the learner's browser; the URL keeps the task and the code, so a shared link restores both.
 */
abstract class PythonLessonView extends Main implements BeforeEnterObserver {

    private final PythonLesson lesson;
    private final Tabs tasks = new Tabs();
    private final List<Tab> tabs = new ArrayList<>();
    private final PythonWorkbench workbench = new PythonWorkbench();
    private final Notice notice;
    private final Div exercise = new Div();
    private PythonState state;

    PythonLessonView(PythonLesson lesson, String heading, Component... explanation) {
        this.lesson = lesson;
        addClassName("gb-page");
        notice = new Notice("python-notice");
        tasks.setId("tasks");
        tasks.getElement().setAttribute("aria-label", "Example or exercise");
        Tab example = new Tab("Example");
        example.setId("task-0");
        tabs.add(example);
        for (int i = 1; i < lesson.tasks(); i++) {
            Tab tab = new Tab("Exercise " + i + ": " + lesson.exercise(i).title());
            tab.setId("task-" + i);
            tabs.add(tab);
        }
        tabs.forEach(tasks::add);
        exercise.setId("exercise");
        exercise.addClassName("gb-exercises");

        add(new H1(heading));
        add(explanation);
        add(new H2("Try it"),
                new Paragraph("This is real Python (CPython, compiled to WebAssembly by the Pyodide project), running "
                        + "inside your own browser: the Glassbox server sends the files but never runs your code. "
                        + "Change the code, press Run, and look at the objects it made."),
                tasks, exercise, notice, workbench);

        tasks.addSelectedChangeListener(e -> {
            if (e.isFromClient()) {
                go(state.withTask(tabs.indexOf(e.getSelectedTab())));
            }
        });
        workbench.addRanListener((code, passed) -> remember(code));
    }

    private void go(PythonState next) {
        try {
            UI.getCurrent().navigate(getClass(), next.toQuery());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    /** Keeps the code that just ran in the address, without redrawing the page. */
    private void remember(String code) {
        if (code.length() > CodeLink.MAX_CODE_CHARACTERS) {
            return;
        }
        PythonState next = state.withCode(code, lesson);
        try {
            UI.getCurrent().getPage().getHistory().replaceState(null, new Location("python/" + lesson.slug(), next.toQuery()));
            state = next;
            notice.clear();
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PythonState.Parsed parsed = PythonState.parse(event.getLocation().getQueryParameters(), lesson);
        state = parsed.state();
        tasks.setSelectedTab(tabs.get(state.task()));
        if (parsed.problems().isEmpty()) {
            notice.clear();
        } else {
            notice.show(String.join(" ", parsed.problems()));
        }
        String starter = lesson.starter(state.task());
        workbench.setStarter(starter);
        workbench.setCheck(state.task() == 0 ? "" : lesson.exercise(state.task()).check());
        workbench.setCode(state.codeOr(lesson));
        showTask();
    }

    private void showTask() {
        exercise.removeAll();
        if (state.task() == 0) {
            exercise.add(new Paragraph("Run the example as it is first. Then change something — a name, a value, "
                    + "a new method — and run it again: the output and the object diagram follow your code. "
                    + "Reset brings the example back."));
            return;
        }
        Exercise e = lesson.exercise(state.task());
        H3 title = new H3("Exercise " + state.task() + ": " + e.title());
        Paragraph task = new Paragraph(e.task());
        task.setId("exercise-task");
        exercise.add(title, task, new Paragraph("Press “Check my answer” to run your code and then the lesson's "
                + "checks on it, right here in your browser."));
        int n = 1;
        for (String hint : e.hints()) {
            Details details = new Details("Hint " + n, new Paragraph(hint));
            details.setId("hint-" + n++);
            exercise.add(details);
        }
    }

    /** A block of code in the explanation (static text, not run). */
    static Pre code(String text) {
        Pre pre = new Pre(text);
        pre.addClassName("gb-lesson-code");
        return pre;
    }

    static H2 section(String text) {
        return new H2(text);
    }

    static Paragraph text(String text) {
        return new Paragraph(text);
    }
}
