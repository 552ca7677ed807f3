package dev.glassbox.ui.oop;

import com.vaadin.flow.router.QueryParameters;
import dev.glassbox.model.oop.CodeLink;
import dev.glassbox.model.oop.PythonLesson;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A Python lesson's state, as its URL carries it: {@code ?x=2&c=…&open=lookup} — the task (0 the example, then the
 * exercises), the learner's code ({@link CodeLink}; absent while it is the task's own code) and the open folds of
 * the explanation, and the answers to the example's questions ({@link Answers}). The sentence of the other lessons
 * ({@code s}) is carried along unchanged.
 */
record PythonState(String sentence, int task, String code, Folds folds, Answers answers) {

    static final String TASK = "x";
    static final String CODE = "c";

    PythonState(String sentence, int task, String code, Folds folds) {
        this(sentence, task, code, folds, Answers.NONE);
    }

    static Parsed<PythonState> parse(QueryParameters parameters, PythonLesson lesson, Set<String> foldNames) {
        Query query = new Query(parameters);
        List<String> problems = new ArrayList<>();
        int task = query.integer(TASK, 0, 0, lesson.tasks() - 1, "task");
        problems.addAll(query.problems());
        String code = null;
        String raw = query.text(CODE, null);
        if (raw != null) {
            try {
                code = CodeLink.decode(raw, PageLanguage.current());
            } catch (InvalidInputException e) {
                problems.add(e.getMessage());
            }
        }
        String sentence = parameters.getSingleParameter(Query.SENTENCE).orElse(null);
        return new Parsed<>(new PythonState(sentence, task, code, Folds.parse(query, foldNames), Answers.parse(query)),
                problems);
    }

    /** The code the editor shows: the learner's, or the task's own. */
    String codeOr(PythonLesson lesson) {
        return code == null ? lesson.starter(task) : code;
    }

    /**
     * The query string of this state.
     *
     * @throws InvalidInputException when the code is too long for a link
     */
    QueryParameters toQuery() {
        return Query.of(Query.SENTENCE, sentence, TASK, task == 0 ? null : task,
                CODE, code == null ? null : CodeLink.encode(code, PageLanguage.current()), Folds.PARAMETER, folds.parameter(),
                Answers.PARAMETER, answers.parameter());
    }

    PythonState withTask(int t) {
        return new PythonState(sentence, t, null, folds, answers);
    }

    PythonState withCode(String c, PythonLesson lesson) {
        return new PythonState(sentence, task, c.equals(lesson.starter(task)) ? null : c, folds, answers);
    }

    PythonState withFolds(Folds f) {
        return new PythonState(sentence, task, code, f, answers);
    }

    PythonState withAnswer(Prediction question, String value) {
        return new PythonState(sentence, task, code, folds, answers.with(question, value));
    }
}
