package dev.glassbox.ui.live;

import com.vaadin.flow.server.VaadinSession;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one browser's session holds of its classes, and nothing else does: the teacher's secret per class code (never
 * in a link, never sent to a browser), and a student's own id per class code (so a reload rejoins the same seat).
 */
final class ClassSession {

    private static final String SECRETS = "glassbox.class.secrets";
    private static final String SEATS = "glassbox.class.seats";

    private ClassSession() {
    }

    static Optional<String> secret(String code) {
        return Optional.ofNullable(map(SECRETS).get(code));
    }

    static void keepSecret(String code, String secret) {
        map(SECRETS).put(code, secret);
    }

    static Optional<String> seat(String code) {
        return Optional.ofNullable(map(SEATS).get(code));
    }

    static void keepSeat(String code, String memberId) {
        map(SEATS).put(code, memberId);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> map(String name) {
        VaadinSession session = VaadinSession.getCurrent();
        Object map = session.getAttribute(name);
        if (map == null) {
            map = new ConcurrentHashMap<String, String>();
            session.setAttribute(name, map);
        }
        return (Map<String, String>) map;
    }
}
