package dev.glassbox.model.lesson;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One step of a lesson: a Glassbox view as it is (its path and query, e.g. {@code /attention?s=…&layer=2}), a title,
 * the teacher's note (plain text with {@code *emphasis*} and {@code **strong**}, see {@link TeacherNote}), an
 * optional question, and the ids of the view's controls that this step hides or locks.
 */
public record LessonStep(String view, String title, String note, StepQuestion question, List<String> hide,
        List<String> lock) {

    /** A note has at most this many characters. */
    public static final int MAX_NOTE = 1_000;
    /** A view link (path and query) has at most this many characters. */
    public static final int MAX_VIEW = 1_000;
    /** A step hides and locks at most this many controls together. */
    public static final int MAX_CONTROLS = 40;
    /** A control is named by its element id: letters, digits, '-' and '_'. */
    public static final Pattern CONTROL_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,59}");

    public LessonStep {
        view = requireView(view);
        title = clip(title == null || title.isBlank() ? "Step" : title.strip(), Lesson.MAX_TITLE);
        note = clip(note == null ? "" : note.strip(), MAX_NOTE);
        question = question == null ? StepQuestion.NONE : question;
        hide = controls(hide);
        lock = controls(lock);
        if (hide.size() + lock.size() > MAX_CONTROLS) {
            throw new LessonProblem("problem-controls", java.util.Map.of("max", MAX_CONTROLS));
        }
    }

    /** The step's view with no note, question or hidden controls. */
    public static LessonStep of(String view, String title, String note) {
        return new LessonStep(view, title, note, StepQuestion.NONE, List.of(), List.of());
    }

    /** The route of the view, without the leading slash and the query (e.g. {@code "python/objects"}). */
    public String route() {
        int q = view.indexOf('?');
        return (q < 0 ? view : view.substring(0, q)).substring(1);
    }

    /**
     * {@code view} if it is a path on this server: it starts with one '/', has no backslash, no white space or
     * control character and no fragment, and is at most {@value #MAX_VIEW} characters long.
     *
     * @throws IllegalArgumentException with one sentence otherwise
     */
    public static String requireView(String view) {
        if (view == null || view.isBlank()) {
            throw new LessonProblem("problem-no-view");
        }
        String v = view.strip();
        if (v.length() > MAX_VIEW) {
            throw new LessonProblem("problem-view-long", java.util.Map.of("max", MAX_VIEW));
        }
        if (!v.startsWith("/") || v.startsWith("//") || v.indexOf('\\') >= 0 || v.indexOf('#') >= 0
                || v.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new LessonProblem("problem-view-here");
        }
        return v;
    }

    static List<String> controls(List<String> ids) {
        if (ids == null) {
            return List.of();
        }
        List<String> kept = new ArrayList<>();
        for (String id : ids) {
            if (id == null || !CONTROL_ID.matcher(id).matches()) {
                throw new LessonProblem("problem-control-id");
            }
            if (!kept.contains(id)) {
                kept.add(id);
            }
        }
        return List.copyOf(kept);
    }

    /** {@code text} cut to at most {@code max} characters, never inside a surrogate pair. */
    static String clip(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
        return text.substring(0, end);
    }
}
