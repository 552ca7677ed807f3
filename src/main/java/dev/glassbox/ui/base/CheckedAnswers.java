package dev.glassbox.ui.base;

import com.vaadin.flow.server.VaadinSession;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The answers a learner checks in a page's questions, handed to the other pages of the same browser session that
 * listen: a student's page of a live class hears what its student answers in the step's page shown inside it, and
 * passes it on to the teacher's tally. Nothing leaves the session this way.
 */
public final class CheckedAnswers {

    private static final String LISTENERS = "glassbox.checked-answers";

    /** One checked answer: the question's id, the answer as the page showed it, and whether it was right. */
    /**
     * @param value the answer in no language, as a link keeps it ({@link Prediction#canonicalAnswer})
     * @param said  the answer as the page showed it
     */
    public record Checked(String questionId, String value, String said, boolean right) {
    }

    private CheckedAnswers() {
    }

    /** Listens to the answers checked in the current session from now on; the returned action stops listening. */
    public static Runnable listen(Consumer<Checked> listener) {
        List<Consumer<Checked>> listeners = listeners(VaadinSession.getCurrent());
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Tells the current session's listeners that an answer was checked. */
    static void publish(Checked checked) {
        VaadinSession session = VaadinSession.getCurrent();
        if (session != null) {
            listeners(session).forEach(l -> l.accept(checked));
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Consumer<Checked>> listeners(VaadinSession session) {
        Object list = session.getAttribute(LISTENERS);
        if (list == null) {
            list = new CopyOnWriteArrayList<Consumer<Checked>>();
            session.setAttribute(LISTENERS, list);
        }
        return (List<Consumer<Checked>>) list;
    }
}
