package dev.glassbox.model.live;

import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.lesson.LessonStep;
import dev.glassbox.model.lesson.StepQuestion;
import dev.glassbox.model.lesson.ViewQuestions;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * One running class: a lesson, the step the teacher shows, the students who joined (a nickname each, nothing else),
 * their answers to each step's question, and the examples students offered. Only the holder of the teacher's secret
 * moves, reveals, shows or ends; every change is handed as a {@link Snapshot} to every listener (the screens). Safe for
 * use from many threads; listeners are called outside the class's lock.
 */
public final class LiveClass {

    /** Parameters of a view's link that belong to one screen, dropped from an offered example. */
    static final List<String> SCREEN_ONLY = List.of("embed", "hide", "lock", "mark", "present", "theme", "lang");
    /** At most this many offers wait for the teacher; the oldest go first. */
    public static final int MAX_OFFERS = 20;

    /** A student's offer of their own example: a view of this server (path and query) and its sentence, as text. */
    public record Offer(int id, String nickname, String view, String sentence) {
    }

    /**
     * The answers to the current step's question: a bar per answer with its count, how many of how many students
     * answered. For the teacher's own question the bars are its choices, and once revealed {@code correct} is the right
     * one ({@code -1} before). For a view's own question the bars are the answers students gave in the page, most
     * frequent first, each judged there against the value the view computes ({@code right}); every student sees the
     * truth in the page as soon as they check, so there is nothing to reveal.
     */
    public record Tally(String prompt, List<String> choices, List<Integer> counts, int answered, int students,
            int correct, List<Boolean> right, boolean inPage, int others, int othersRight) {

        /** A tally whose last bar, if any, is one answer like the others. */
        public Tally(String prompt, List<String> choices, List<Integer> counts, int answered, int students,
                int correct, List<Boolean> right, boolean inPage) {
            this(prompt, choices, counts, answered, students, correct, right, inPage, 0, 0);
        }

        /** Whether the last bar counts together {@link #others()} different answers given in the page. */
        public boolean lastIsOthers() {
            return others > 0;
        }

        /** Answers given in the page beyond this many different ones are counted together in a last bar. */
        public static final int MAX_BARS = 6;

        public boolean asked() {
            return !prompt.isEmpty();
        }

        public boolean revealed() {
            return correct >= 0;
        }

        /** How many answers were judged right, for a view's own question. */
        public int rightCount() {
            int n = 0;
            for (int i = 0; i < right.size(); i++) {
                n += right.get(i) ? counts.get(i) : 0;
            }
            return n;
        }
    }

    /** A student's answer to a view's own question, as the page showed it ({@code said}) and judged it. */
    public record PageAnswer(String value, String said, boolean right) {

        /** The longest answer kept, in characters. */
        public static final int MAX_SAID = 80;

        /**
         * @param value the answer in no language (a choice's key, a number in plain decimal), by which the same answer
         *              given on pages in different languages is counted together
         * @param said  the answer as the student's page showed it
         */
        public PageAnswer {
            said = said == null ? "" : said.strip();
            if (said.length() > MAX_SAID) {
                said = said.substring(0, MAX_SAID - 1) + "…";
            }
            value = value == null ? said : value.strip();
            if (value.length() > 4 * MAX_SAID) {
                value = value.substring(0, 4 * MAX_SAID);
            }
        }

        /** An answer whose shown form is its value. */
        public PageAnswer(String said, boolean right) {
            this(said, said, right);
        }
    }

    /** What every screen shows, at one moment: {@code step} is 0-based. */
    public record Snapshot(String code, Lesson lesson, int step, int students, Tally tally, List<Offer> offers,
            Optional<Offer> shown, Map<String, Integer> answers, Map<String, PageAnswer> pageAnswers, boolean ended) {

        public LessonStep current() {
            return lesson.steps().get(step);
        }

        /** The choice the student {@code memberId} sent for the current step, if any. */
        public Optional<Integer> answerOf(String memberId) {
            return Optional.ofNullable(answers.get(memberId));
        }

        /** What the student {@code memberId} answered to the current step's view question, if anything. */
        public Optional<PageAnswer> pageAnswerOf(String memberId) {
            return Optional.ofNullable(pageAnswers.get(memberId));
        }
    }

    private final String code;
    private final String secret;
    private final Lesson lesson;
    private final int maxStudents;
    private final Clock clock;
    private final Map<String, String> members = new LinkedHashMap<>();
    private final Map<Integer, Map<String, Integer>> answers = new HashMap<>();
    private final Map<Integer, Map<String, PageAnswer>> pageAnswers = new HashMap<>();
    private final boolean[] revealed;
    private final List<Offer> offers = new ArrayList<>();
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private Offer shown;
    private int step;
    private int nextOffer = 1;
    private boolean ended;
    private Instant lastActivity;

    LiveClass(String code, String secret, Lesson lesson, int step, int maxStudents, Clock clock) {
        if (lesson.steps().isEmpty()) {
            throw new IllegalArgumentException("A class needs a lesson with at least one step.");
        }
        this.code = code;
        this.secret = secret;
        this.lesson = lesson;
        this.step = Math.clamp(step, 0, lesson.steps().size() - 1);
        this.maxStudents = maxStudents;
        this.clock = clock;
        this.revealed = new boolean[lesson.steps().size()];
        this.lastActivity = clock.instant();
    }

    public String code() {
        return code;
    }

    /** True when {@code candidate} is the teacher's secret (compared in constant time). */
    public boolean isTeacher(String candidate) {
        return candidate != null && MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
                secret.getBytes(StandardCharsets.UTF_8));
    }

    /** Registers a screen; the returned action unregisters it. The screen gets the current snapshot at once. */
    public Runnable listen(Consumer<Snapshot> listener) {
        listeners.add(listener);
        listener.accept(snapshot());
        return () -> listeners.remove(listener);
    }

    public synchronized Snapshot snapshot() {
        LessonStep current = lesson.steps().get(step);
        Map<String, Integer> now = Map.copyOf(answers.getOrDefault(step, Map.of()));
        Map<String, PageAnswer> inPage = Map.copyOf(pageAnswers.getOrDefault(step, Map.of()));
        Tally tally = switch (current.question()) {
            case StepQuestion.OwnChoice own -> {
                Integer[] counts = new Integer[own.choices().size()];
                Arrays.fill(counts, 0);
                now.values().forEach(c -> counts[c]++);
                yield new Tally(own.prompt(), own.choices(), List.of(counts), now.size(), members.size(),
                        revealed[step] ? own.correct() : -1, List.of(), false);
            }
            case StepQuestion.FromView v -> pageTally(ViewQuestions.of(current.route()).stream()
                    .filter(q -> q.id().equals(v.id())).map(ViewQuestions.Entry::prompt).findFirst()
                    .orElse(LessonText.of("live").plain("tally-page-question")), inPage.values());
            case StepQuestion.None n -> new Tally("", List.of(), List.of(), 0, members.size(), -1, List.of(), false);
        };
        return new Snapshot(code, lesson, step, members.size(), tally, List.copyOf(offers), Optional.ofNullable(shown),
                now, inPage, ended);
    }

    /** The bars of a view question's answers: each different answer, most frequent first, the rarest counted together. */
    private Tally pageTally(String prompt, java.util.Collection<PageAnswer> given) {
        // Counted by value, so "0.25" and "0,25", "Yes" and "Sí" are one bar, labelled as the first student saw it.
        Map<PageAnswer, Integer> byAnswer = new LinkedHashMap<>();
        Map<String, PageAnswer> first = new HashMap<>();
        given.stream().sorted(java.util.Comparator.comparing(PageAnswer::said))
                .map(a -> first.computeIfAbsent(a.value() + "\u0000" + a.right(), k -> a))
                .forEach(a -> byAnswer.merge(a, 1, Integer::sum));
        List<Map.Entry<PageAnswer, Integer>> order = byAnswer.entrySet().stream()
                .sorted(Map.Entry.<PageAnswer, Integer>comparingByValue().reversed()).toList();
        List<String> labels = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        List<Boolean> right = new ArrayList<>();
        int others = 0;
        int othersRight = 0;
        for (int i = 0; i < order.size(); i++) {
            Map.Entry<PageAnswer, Integer> e = order.get(i);
            if (i == Tally.MAX_BARS - 1 && order.size() > Tally.MAX_BARS) {
                int rest = order.subList(i, order.size()).stream().mapToInt(Map.Entry::getValue).sum();
                int restRight = order.subList(i, order.size()).stream().filter(r -> r.getKey().right())
                        .mapToInt(Map.Entry::getValue).sum();
                labels.add(LessonText.of("live").plain("tally-others", Map.of("n", order.size() - i, "right", restRight)));
                others = order.size() - i;
                othersRight = restRight;
                counts.add(rest);
                right.add(false);
                break;
            }
            labels.add(e.getKey().said());
            counts.add(e.getValue());
            right.add(e.getKey().right());
        }
        return new Tally(prompt, List.copyOf(labels), List.copyOf(counts), given.size(), members.size(), -1,
                List.copyOf(right), true, others, othersRight);
    }

    /** Moves the class to step {@code index} (0-based); a shown example gives way to the step. */
    public void goTo(String teacher, int index) {
        change(teacher, () -> {
            if (index >= 0 && index < lesson.steps().size()) {
                step = index;
                shown = null;
            }
        });
    }

    /** Shows everyone the correct answer of the current step's question. */
    public void reveal(String teacher) {
        change(teacher, () -> revealed[step] = true);
    }

    /** Puts offer {@code id} on every screen; an offer no longer waiting is ignored. */
    public void show(String teacher, int id) {
        change(teacher, () -> offers.stream().filter(o -> o.id() == id).findFirst().ifPresent(o -> {
            shown = o;
            offers.remove(o);
        }));
    }

    /** Takes the shown example off the screens: everyone sees the step again. */
    public void hideExample(String teacher) {
        change(teacher, () -> shown = null);
    }

    public void end(String teacher) {
        change(teacher, () -> ended = true);
    }

    /** Ends the class without the teacher (after too long without activity). */
    void expire() {
        synchronized (this) {
            ended = true;
        }
        publish();
    }

    public synchronized boolean ended() {
        return ended;
    }

    synchronized Instant lastActivity() {
        return lastActivity;
    }

    public synchronized boolean hasMember(String memberId) {
        return members.containsKey(memberId);
    }

    /** Adds a student; their id, known only to their own screen. */
    String join(String nickname, String memberId) {
        synchronized (this) {
            if (ended) {
                throw new ClassRefusal("refused-ended", Map.of("code", code));
            }
            if (members.size() >= maxStudents) {
                throw new ClassRefusal("refused-full", Map.of("code", code, "max", maxStudents));
            }
            members.put(memberId, Nickname.clean(nickname));
            lastActivity = clock.instant();
        }
        publish();
        return memberId;
    }

    /**
     * Records student {@code memberId}'s answer (a choice's index) to the current step's question; they may change it
     * until the teacher reveals the answer.
     */
    public void answer(String memberId, int choice) {
        synchronized (this) {
            if (ended || !members.containsKey(memberId)) {
                throw new ClassRefusal("refused-left");
            }
            if (!(lesson.steps().get(step).question() instanceof StepQuestion.OwnChoice own)
                    || choice < 0 || choice >= own.choices().size()) {
                throw new ClassRefusal("refused-no-answer");
            }
            if (revealed[step]) {
                throw new ClassRefusal("refused-revealed");
            }
            answers.computeIfAbsent(step, s -> new HashMap<>()).put(memberId, choice);
            lastActivity = clock.instant();
        }
        publish();
    }

    /**
     * Records student {@code memberId}'s answer to the current step's question from the view, {@code questionId}, as
     * the page judged it. An answer to another question (a step the class has left, another of the page's questions)
     * is ignored; a new answer replaces the student's earlier one.
     */
    public void answerInPage(String memberId, String questionId, PageAnswer answer) {
        synchronized (this) {
            if (ended || !members.containsKey(memberId)) {
                throw new ClassRefusal("refused-left");
            }
            if (!(lesson.steps().get(step).question() instanceof StepQuestion.FromView v) || !v.id().equals(questionId)) {
                return;
            }
            pageAnswers.computeIfAbsent(step, s -> new HashMap<>()).put(memberId, answer);
            lastActivity = clock.instant();
        }
        publish();
    }

    /**
     * Offers the teacher student {@code memberId}'s example: the view they are looking at ({@code view}, a path of this
     * server with its query). Their earlier offer, if still waiting, gives way to this one.
     *
     * @throws IllegalArgumentException with one sentence when {@code view} is not a page of this server
     */
    public void offer(String memberId, String view) {
        String clean = withoutScreenParameters(LessonStep.requireView(view));
        synchronized (this) {
            if (ended || !members.containsKey(memberId)) {
                throw new ClassRefusal("refused-left");
            }
            String nickname = members.get(memberId);
            offers.removeIf(o -> o.nickname().equals(nickname) && !nickname.isEmpty());
            offers.add(new Offer(nextOffer++, nickname, clean, sentenceOf(clean)));
            while (offers.size() > MAX_OFFERS) {
                offers.removeFirst();
            }
            lastActivity = clock.instant();
        }
        publish();
    }

    private void change(String teacher, Runnable action) {
        synchronized (this) {
            if (!isTeacher(teacher)) {
                throw new ClassRefusal("refused-not-teacher");
            }
            if (ended) {
                throw new ClassRefusal("refused-ended", Map.of("code", code));
            }
            action.run();
            lastActivity = clock.instant();
        }
        publish();
    }

    private void publish() {
        Snapshot now = snapshot();
        for (Consumer<Snapshot> listener : listeners) {
            try {
                listener.accept(now);
            } catch (RuntimeException e) {
                // One screen that fails to update must not stop the others.
                listeners.remove(listener);
            }
        }
    }

    static String withoutScreenParameters(String view) {
        int q = view.indexOf('?');
        if (q < 0) {
            return view;
        }
        String query = Arrays.stream(view.substring(q + 1).split("&"))
                .filter(p -> !p.isEmpty() && !SCREEN_ONLY.contains(p.split("=", 2)[0]))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? view.substring(0, q) : view.substring(0, q + 1) + query;
    }

    /** The sentence of a view's link (its {@code s} parameter), or empty. */
    static String sentenceOf(String view) {
        int q = view.indexOf('?');
        if (q < 0) {
            return "";
        }
        for (String pair : view.substring(q + 1).split("&")) {
            String[] kv = pair.split("=", 2);
            if (kv[0].equals("s") && kv.length == 2) {
                try {
                    return URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return "";
                }
            }
        }
        return "";
    }
}
