package dev.glassbox.ui.oop;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import dev.glassbox.model.oop.CodeLink;
import dev.glassbox.model.oop.PythonLesson;
import dev.glassbox.model.oop.PythonLessons;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.UrlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The frame every Python lesson shares: a short introduction and contents list, then "Try it" (the example and the
 * exercises in the workbench — the part that matters most, so it comes first), then the explanation's parts, the
 * deeper ones folded. The learner's code runs only in the learner's browser; the URL keeps the task, the code and the
 * open folds, so a shared link restores all three.
 */
abstract class PythonLessonView extends Main implements BeforeEnterObserver {

    private final PythonLesson lesson;
    private final TrySection tryIt;
    private final List<ExplanationSection> parts = new ArrayList<>();
    private final Set<String> foldNames;
    private PythonState state;

    /** The lesson {@code slug} of {@link PythonLessons}, in the page's language. */
    PythonLessonView(String slug, Part... explanation) {
        PythonLesson lesson = PythonLessons.lesson(slug, PageLanguage.current());
        this.lesson = lesson;
        addClassName("gb-page");
        addClassName("gb-python-lesson");
        String concept = PythonLessons.concept(lesson.slug());
        tryIt = new TrySection(lesson, (question, value) -> {
            state = state.withAnswer(question, value);
            UrlState.replace(getClass(), state.toQuery());
        });
        List<Contents.Entry> entries = new ArrayList<>();
        entries.add(new Contents.Entry("try", PageLanguage.text("python").plain("try-title")));
        for (Part part : explanation) {
            entries.add(new Contents.Entry(part.target(), PageLanguage.text(concept).plain(part.name() + "-title")));
            ExplanationSection section = new ExplanationSection(lesson.slug(), part, this::runInEditor);
            if (section.fold() != null) {
                section.fold().onToggle(open -> {
                    state = state.withFolds(state.folds().with(part.name(), open));
                    UrlState.replace(getClass(), state.toQuery());
                });
            }
            parts.add(section);
        }
        foldNames = List.of(explanation).stream().filter(Part::folded).map(Part::name).collect(Collectors.toSet());
        add(new H1(lesson.title()), new Prose(concept, "intro"), new Contents(entries.toArray(Contents.Entry[]::new)),
                tryIt);
        parts.forEach(this::add);

        tryIt.onTask(task -> go(state.withTask(task)));
        tryIt.workbench().addRanListener((code, passed) -> remember(code));
    }

    private void go(PythonState next) {
        try {
            UI.getCurrent().navigate(getClass(), next.toQuery());
        } catch (InvalidInputException e) {
            tryIt.notice().show(e.getMessage());
        }
    }

    /** Puts code from the explanation into the example's editor and runs it there. */
    private void runInEditor(String code) {
        go(state.withTask(0).withCode(code, lesson));
        tryIt.workbench().runNow();
    }

    /** Keeps the code that just ran in the address, without redrawing the page. */
    private void remember(String code) {
        if (code.length() > CodeLink.MAX_CODE_CHARACTERS) {
            return;
        }
        PythonState next = state.withCode(code, lesson);
        try {
            UrlState.replace(getClass(), next.toQuery());
            state = next;
            tryIt.notice().clear();
        } catch (InvalidInputException e) {
            tryIt.notice().show(e.getMessage());
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Parsed<PythonState> parsed = PythonState.parse(event.getLocation().getQueryParameters(), lesson, foldNames);
        state = parsed.state();
        tryIt.notice().show(parsed.problems());
        tryIt.show(state);
        for (ExplanationSection section : parts) {
            if (section.fold() != null) {
                section.show(state.folds().isOpen(section.fold().name()));
            }
        }
    }
}
