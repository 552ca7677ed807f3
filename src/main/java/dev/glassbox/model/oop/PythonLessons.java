package dev.glassbox.model.oop;

import dev.glassbox.model.lesson.Block;
import dev.glassbox.model.lesson.Inline;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The four object-oriented Python lessons — classes and objects, encapsulation, abstraction, inheritance — read from
 * {@code /lessons/python/<slug>/} on the class path: the example program {@code example.py}; one folder
 * {@code exercise-<n>/} per exercise (numbered from 1, without gaps) holding {@code starter.py}, {@code solution.py}
 * and {@code check.py}; runnable code of the explanation in {@code snippets/<name>.py}; and the prose, each
 * exercise's title, task and hints in {@code text.md} ({@link LessonText}, sections {@code exercise-<n>-title},
 * {@code -task} and {@code -hints}). A lesson in another language reads that language's {@code text.<tag>.md} and, where
 * it exists, {@code check.<tag>.py} (the same check, its messages translated). Sources for the language rules taught: the Python Language Reference §3.3 (data
 * model), §6.2.1 (private name mangling), the Descriptor Guide (attribute lookup), the Python Tutorial §9 (classes),
 * and the {@code abc} module documentation (PEP 3119).
 */
public final class PythonLessons {

    /** The lessons' slugs, in teaching order. */
    public static final List<String> SLUGS = List.of("objects", "encapsulation", "abstraction", "inheritance");

    public static final PythonLesson OBJECTS = load("objects");
    public static final PythonLesson ENCAPSULATION = load("encapsulation");
    public static final PythonLesson ABSTRACTION = load("abstraction");
    public static final PythonLesson INHERITANCE = load("inheritance");

    private static final Map<String, PythonLesson> BY_LANGUAGE = new ConcurrentHashMap<>();

    private PythonLessons() {
    }

    /** The four lessons, in teaching order. */
    public static List<PythonLesson> all() {
        return List.of(OBJECTS, ENCAPSULATION, ABSTRACTION, INHERITANCE);
    }

    /** The concept name of a lesson's prose for {@link LessonText#of}: {@code python/<slug>}. */
    public static String concept(String slug) {
        return "python/" + slug;
    }

    /** Lesson {@code slug} in {@code language}, read once and kept. */
    public static PythonLesson lesson(String slug, Language language) {
        if (!SLUGS.contains(slug)) {
            throw new IllegalArgumentException("No Python lesson " + slug);
        }
        return BY_LANGUAGE.computeIfAbsent(slug + "@" + language.tag(), k -> load(slug, language));
    }

    /** Reads lesson {@code slug} from the class path, in English. */
    public static PythonLesson load(String slug) {
        return load(slug, Language.ENGLISH);
    }

    /** Reads lesson {@code slug} from the class path, in {@code language}. */
    public static PythonLesson load(String slug, Language language) {
        LessonText text = LessonText.of(concept(slug), language);
        String folder = folder(slug);
        List<Exercise> exercises = new ArrayList<>();
        for (int n = 1; exists(folder + "exercise-" + n + "/starter.py"); n++) {
            String dir = folder + "exercise-" + n + "/";
            String name = "exercise-" + n;
            exercises.add(new Exercise(name, text.plain(name + "-title"), text.plain(name + "-task"),
                    read(dir + "starter.py"), read(dir + "solution.py"), read(check(dir, language)), hints(text, name)));
        }
        return new PythonLesson(slug, text.plain("title"), read(folder + "example.py"), exercises);
    }

    /** The runnable code {@code snippets/<name>.py} of lesson {@code slug}. */
    public static String snippet(String slug, String name) {
        return read(folder(slug) + "snippets/" + name + ".py");
    }

    private static List<String> hints(LessonText text, String exercise) {
        List<Block> blocks = text.section(exercise + "-hints");
        if (blocks.size() != 1 || !(blocks.getFirst() instanceof Block.Bullets bullets)) {
            throw new IllegalStateException(exercise + "-hints must be one list of hints");
        }
        return bullets.items().stream()
                .map(item -> item.stream().map(Inline::text).collect(Collectors.joining()))
                .toList();
    }

    /** The check of exercise folder {@code dir} in {@code language}: {@code check.<tag>.py}, else {@code check.py}. */
    static String check(String dir, Language language) {
        String translated = dir + "check." + language.tag() + ".py";
        return language != Language.ENGLISH && exists(translated) ? translated : dir + "check.py";
    }

    private static String folder(String slug) {
        return "/lessons/python/" + slug + "/";
    }

    private static boolean exists(String path) {
        return PythonLessons.class.getResource(path) != null;
    }

    private static String read(String path) {
        try (InputStream in = PythonLessons.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("No lesson file at " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
