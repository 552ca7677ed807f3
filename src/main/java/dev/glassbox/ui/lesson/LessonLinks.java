package dev.glassbox.ui.lesson;

import dev.glassbox.model.lesson.Language;

import dev.glassbox.ui.base.PageLanguage;

import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonLink;
import dev.glassbox.model.lesson.LessonStep;
import dev.glassbox.model.lesson.StarterLessons;
import dev.glassbox.model.lesson.StepQuestion;
import dev.glassbox.ui.base.Query;
import java.util.List;

/** The links between lessons and views: a lesson's player, handout and builder links, and a step's view frame. */
public final class LessonLinks {

    /** The parameter that carries the lesson, and the one that carries the step (1-based). */
    public static final String LESSON = "l";
    public static final String STEP = "step";
    /** The bundled lessons in the page's language. */
    public static List<Lesson> starters() {
        return StarterLessons.all(PageLanguage.current());
    }

    private LessonLinks() {
    }

    /** The player's relative link at {@code step} (1-based). */
    static String play(String link, int step) {
        return Query.href("lesson", Query.of(LESSON, link, STEP, step > 1 ? step : null));
    }

    static String play(Lesson lesson) {
        return play(LessonLink.encode(lesson), 1);
    }

    static String print(String link) {
        return Query.href("lesson/print", Query.of(LESSON, link));
    }

    static String edit(String link) {
        return Query.href("lesson/new", Query.of(LESSON, link));
    }

    /** The step's view relative to the app's root (no leading slash), as the class sees it on its own. */
    static String view(LessonStep step) {
        return step.view().substring(1);
    }

    /**
     * The step's view as the player's frame shows it: embedded (no menu), with the step's hidden and locked controls
     * and its question marked.
     */
    public static String frame(LessonStep step, boolean present) {
        StringBuilder src = new StringBuilder(view(step));
        src.append(src.indexOf("?") < 0 ? '?' : '&').append("embed=1");
        if (!step.hide().isEmpty()) {
            src.append("&hide=").append(String.join(",", step.hide()));
        }
        if (!step.lock().isEmpty()) {
            src.append("&lock=").append(String.join(",", step.lock()));
        }
        if (step.question() instanceof StepQuestion.FromView v) {
            src.append("&mark=question-").append(v.id());
        }
        if (present) {
            src.append("&present=1");
        }
        if (PageLanguage.current() != Language.ENGLISH) {
            src.append('&').append(PageLanguage.PARAMETER).append('=').append(PageLanguage.current().tag());
        }
        return src.toString();
    }
}
