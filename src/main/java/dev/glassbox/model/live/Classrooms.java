package dev.glassbox.model.live;

import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.Lesson;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * The classes running on this server, in memory only (a restart ends them all; the lesson lives in its link). Starts a
 * class with a fresh code and the teacher's secret, lets students join by code within the {@link ClassLimits}, and
 * ends classes left without activity.
 */
public final class Classrooms {

    /** How long the code of an ended class is remembered, to tell a late student it has ended. */
    static final Duration REMEMBER_ENDED = Duration.ofHours(24);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    /** A class just started, and the teacher's secret: it never leaves the teacher's own session. */
    public record Started(LiveClass live, String secret) {
    }

    /** The answer to a student's attempt to join. */
    public sealed interface Join {
    }

    /** Joined: the class and the student's own id in it. */
    public record Joined(LiveClass live, String memberId) implements Join {
    }

    /** Refused, with one sentence, after {@code delay} (a wrong code answers slowly). */
    public record Refused(ClassRefusal reason, Duration delay) implements Join {

        /** The sentence in English. */
        public String sentence() {
            return reason.getMessage();
        }

        public String sentence(Language language) {
            return reason.sentence(language);
        }
    }

    private final ClassLimits limits;
    private final Clock clock;
    private final RandomGenerator random;
    private final Map<String, LiveClass> classes = new ConcurrentHashMap<>();
    private final Map<String, Instant> ended = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> attempts = new HashMap<>();

    public Classrooms(ClassLimits limits, Clock clock, RandomGenerator random) {
        this.limits = limits;
        this.clock = clock;
        this.random = random;
    }

    public Classrooms(ClassLimits limits) {
        this(limits, Clock.systemUTC(), new SecureRandom());
    }

    public ClassLimits limits() {
        return limits;
    }

    /**
     * Starts a class on {@code lesson} at step {@code step} (0-based).
     *
     * @throws ClassRefusal when {@link ClassLimits#maxClasses()} classes are running already
     */
    public synchronized Started start(Lesson lesson, int step) {
        sweep();
        if (classes.size() >= limits.maxClasses()) {
            throw new ClassRefusal("refused-classes", Map.of("max", limits.maxClasses()));
        }
        String code;
        do {
            code = ClassCode.draw(random);
        } while (classes.containsKey(code) || ended.containsKey(code));
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        LiveClass live = new LiveClass(code, secret, lesson, step, limits.maxStudents(), clock);
        classes.put(code, live);
        return new Started(live, secret);
    }

    /** The running class with this code (as typed: case and spaces do not matter). */
    public Optional<LiveClass> find(String typed) {
        sweep();
        return ClassCode.read(typed).map(classes::get).filter(c -> !c.ended());
    }

    public int running() {
        sweep();
        return classes.size();
    }

    /**
     * A student at {@code address} joins the class {@code typedCode} with {@code nickname} (may be empty). A wrong,
     * ended or full code, or too many attempts from one address within a minute, is refused with one sentence; a
     * wrong code only after {@link ClassLimits#wrongCodeDelay()}.
     */
    public Join join(String typedCode, String nickname, String address) {
        sweep();
        if (!allowAttempt(address == null ? "" : address)) {
            return new Refused(new ClassRefusal("refused-attempts"),
                    limits.wrongCodeDelay());
        }
        Optional<String> code = ClassCode.read(typedCode);
        if (code.isEmpty()) {
            return new Refused(new ClassRefusal("refused-code-length", Map.of("length", ClassCode.LENGTH)),
                    limits.wrongCodeDelay());
        }
        if (ended.containsKey(code.get())) {
            return new Refused(new ClassRefusal("refused-ended", Map.of("code", code.get())), limits.wrongCodeDelay());
        }
        LiveClass live = classes.get(code.get());
        if (live == null || live.ended()) {
            return new Refused(new ClassRefusal("refused-no-class", Map.of("code", code.get())),
                    limits.wrongCodeDelay());
        }
        try {
            byte[] bytes = new byte[12];
            random.nextBytes(bytes);
            String id = live.join(nickname, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
            return new Joined(live, id);
        } catch (ClassRefusal refusal) {
            return new Refused(refusal, Duration.ZERO);
        }
    }

    /** Ends the classes left without activity for {@link ClassLimits#idle()}, and the ones their teacher ended. */
    public void sweep() {
        Instant now = clock.instant();
        List<LiveClass> gone = new ArrayList<>();
        classes.values().removeIf(c -> {
            boolean out = c.ended() || c.lastActivity().plus(limits.idle()).isBefore(now);
            if (out) {
                gone.add(c);
            }
            return out;
        });
        ended.values().removeIf(t -> t.plus(REMEMBER_ENDED).isBefore(now));
        for (LiveClass c : gone) {
            ended.put(c.code(), now);
            if (!c.ended()) {
                c.expire();
            }
        }
    }

    private synchronized boolean allowAttempt(String address) {
        Instant now = clock.instant();
        attempts.values().forEach(q -> q.removeIf(t -> !t.plus(MINUTE).isAfter(now)));
        attempts.values().removeIf(Deque::isEmpty);
        Deque<Instant> mine = attempts.computeIfAbsent(address, a -> new ArrayDeque<>());
        if (mine.size() >= limits.joinsPerMinute()) {
            return false;
        }
        mine.add(now);
        return true;
    }
}
