package dev.glassbox.ui.live;

import dev.glassbox.ui.lesson.Words;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonLink;
import dev.glassbox.model.lesson.LessonStep;
import dev.glassbox.ui.base.Query;
import dev.glassbox.ui.lesson.LessonLinks;
import java.util.List;

/**
 * The teacher's page in its link, {@code /class?l=v1.…&c=KHMPRT&step=2}: the lesson (its own link, so a restarted
 * server loses nothing), the class's code and the step (1-based). {@code v=/tokens?s=…} instead of a lesson starts a
 * class on that one page. The teacher's secret is never in the link.
 */
record ClassState(String lesson, String code, int step) {

    static final String CODE = "c";
    static final String VIEW = "v";

    static ClassState read(QueryParameters parameters, List<String> problems) {
        Query query = new Query(parameters);
        String link = query.text(LessonLinks.LESSON, "");
        String view = query.text(VIEW, "");
        if (link.isBlank() && !view.isBlank()) {
            try {
                LessonStep step = LessonStep.of(view, Words.say("live", "ui-one-page-step"), "");
                link = LessonLink.encode(new Lesson(Words.say("live", "ui-one-page-lesson"), List.of(step)));
            } catch (IllegalArgumentException e) {
                problems.add(Words.problem(e));
            }
        }
        int step = query.integer(LessonLinks.STEP, 1, 1, Lesson.MAX_STEPS, "step");
        problems.addAll(query.problems());
        return new ClassState(link, query.text(CODE, ""), step);
    }

    QueryParameters query() {
        return Query.of(LessonLinks.LESSON, lesson.isBlank() ? null : lesson, CODE, code.isBlank() ? null : code,
                LessonLinks.STEP, step > 1 ? step : null);
    }
}
