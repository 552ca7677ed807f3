package dev.glassbox.model.oop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.glassbox.model.lesson.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The lessons as files: every lesson loads with all its parts. Where CPython 3 is installed as {@code python3} (the
 * independent reference: the same language the browser runs, outside the browser), every program also runs there:
 * each example and snippet without an error, each solution followed by its check passing, each starter followed by
 * its check failing. Where it is not, those tests are skipped; {@code PythonIT} checks the same in Pyodide.
 */
class PythonLessonsTest {

    private static final Path LESSONS = Path.of("src/main/resources/lessons/python");
    /** A lesson program runs in well under a second; the limit only stops a hung interpreter. */
    private static final long PYTHON_SECONDS = 20;

    private static boolean python;

    @BeforeAll
    static void findPython() {
        try {
            Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
            python = p.waitFor(PYTHON_SECONDS, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            python = false;
        }
    }

    /** Runs {@code code} in CPython; returns its exit code and output. */
    private static Run python(String code) throws IOException, InterruptedException {
        Path file = Files.createTempFile("lesson", ".py");
        try {
            Files.writeString(file, code);
            Process p = new ProcessBuilder("python3", "-I", file.toString()).redirectErrorStream(true).start();
            assertThat(p.waitFor(PYTHON_SECONDS, TimeUnit.SECONDS)).as("python3 finished").isTrue();
            return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private record Run(int exit, String output) {
    }

    @Test
    void there_are_four_lessons_each_with_two_or_three_exercises() {
        assertThat(PythonLessons.all()).extracting(PythonLesson::slug)
                .containsExactlyElementsOf(PythonLessons.SLUGS);
        for (PythonLesson lesson : PythonLessons.all()) {
            assertThat(lesson.title()).startsWith("Python: ");
            assertThat(lesson.exercises()).hasSizeBetween(2, 3);
            assertThat(lesson.starter(0)).isEqualTo(lesson.example()).contains("class ");
        }
    }

    @Test
    void every_exercise_has_its_four_parts_a_title_and_a_task() {
        for (PythonLesson lesson : PythonLessons.all()) {
            Set<String> ids = new HashSet<>();
            for (Exercise e : lesson.exercises()) {
                assertThat(ids.add(e.id())).as("unique id " + e.id()).isTrue();
                assertThat(e.title()).isNotBlank();
                assertThat(e.task()).isNotBlank().doesNotContain("`");
                assertThat(e.hints()).as(e.id() + " hints").isNotEmpty().allSatisfy(h -> assertThat(h).isNotBlank());
                assertThat(e.check()).contains("assert");
                assertThat(e.starter()).isNotBlank();
                assertThat(e.solution()).isNotEqualTo(e.starter());
                assertThat(e.starter().length()).isLessThan(CodeLink.MAX_CODE_CHARACTERS);
            }
        }
    }

    @Test
    void every_exercise_folder_on_disk_is_loaded() throws IOException {
        for (PythonLesson lesson : PythonLessons.all()) {
            try (Stream<Path> dirs = Files.list(LESSONS.resolve(lesson.slug()))) {
                long folders = dirs.filter(d -> d.getFileName().toString().startsWith("exercise-")).count();
                assertThat(folders).as(lesson.slug()).isEqualTo(lesson.exercises().size());
            }
        }
    }

    @Test
    void the_syllabus_examples_are_in_the_code() {
        // The syllabus's examples: Dog with species, name, age and bark; Person with a name-mangled age and a
        // getter and setter; abc abstract classes (an abstract Animal among them); Animal -> Dog with super() and
        // overriding.
        assertThat(PythonLessons.OBJECTS.example()).contains("species = \"Canis lupus familiaris\"", "self.name = name",
                "self.age = age", "def bark(self)", "my_dog = Dog(\"Buddy\", 3)");
        assertThat(PythonLessons.ENCAPSULATION.example()).contains("class Person", "self.__age", "def get_age(self)",
                "def set_age(self, age)", "_Person__age", "@property");
        assertThat(PythonLessons.ABSTRACTION.example()).contains("from abc import ABC, abstractmethod", "class Shape(ABC)",
                "@abstractmethod");
        assertThat(PythonLessons.snippet("abstraction", "animal")).contains("class Animal(ABC)", "super().sound()");
        assertThat(PythonLessons.INHERITANCE.example()).contains("class Dog(Animal)", "super().__init__(name)",
                "def speak(self)", "class Duck(Flyer, Swimmer)", "__mro__");
    }

    @Test
    void no_lesson_calls_a_name_mangled_attribute_private_by_force() {
        // Python enforces no privacy: the lessons say "internal" or "name-mangled", never that a setter is the only way.
        for (PythonLesson lesson : PythonLessons.all()) {
            assertThat(lesson.example()).doesNotContain("the only way");
            lesson.exercises().forEach(e -> assertThat(e.title() + " " + e.task()).doesNotContainIgnoringCase("private"));
        }
    }

    @Test
    void every_example_and_snippet_runs_in_cpython() throws Exception {
        assumeTrue(python, "python3 is not installed");
        List<String> programs = new ArrayList<>();
        PythonLessons.all().forEach(l -> programs.add(l.example()));
        try (Stream<Path> files = Files.walk(LESSONS)) {
            for (Path f : files.filter(f -> f.getParent().getFileName().toString().equals("snippets")).toList()) {
                String slug = f.getParent().getParent().getFileName().toString();
                String name = f.getFileName().toString().replaceFirst("\\.py$", "");
                programs.add(PythonLessons.snippet(slug, name));
            }
        }
        assertThat(programs).hasSizeGreaterThan(4);
        for (String program : programs) {
            Run run = python(program);
            assertThat(run.exit()).as(run.output()).isZero();
        }
    }

    @Test
    void the_runnable_claims_print_what_the_lessons_say() throws Exception {
        assumeTrue(python, "python3 is not installed");
        // The attribute lookup order: a property on the class beats the object's own __dict__; an instance
        // attribute hides a plain class attribute until it is deleted.
        assertThat(python(PythonLessons.snippet("objects", "lookup")).output())
                .contains("a very good boy | Canis lupus familiaris\nCanis lupus familiaris\n",
                        "{'name': 'Rex', 'tag': 'stored in the object itself'}\nTag: Rex\n");
        // Name mangling: the mangled name reaches and changes the value; parent and child keep one each.
        assertThat(python(PythonLessons.snippet("encapsulation", "mangling")).output())
                .contains("{'owner': 'Ada', '_Account__balance': 100}", "\n100\n-1000000\n",
                        "'_Account__balance': 50, '_Savings__balance'");
        assertThat(python(PythonLessons.ENCAPSULATION.example()).output())
                .contains("Still reachable: 31", "Changed past the check: -5");
        // An abstract method with a body, reached through super().
        assertThat(python(PythonLessons.snippet("abstraction", "animal")).output())
                .contains("Buddy: Woof!\nNemo: ...\nTypeError: Can't instantiate abstract class Animal");
    }

    @Test
    void every_solution_passes_its_check_and_every_starter_fails_it_in_cpython() throws Exception {
        assumeTrue(python, "python3 is not installed");
        List<PythonLesson> lessons = new ArrayList<>(PythonLessons.all());
        PythonLessons.SLUGS.forEach(slug -> lessons.add(PythonLessons.lesson(slug, Language.SPANISH)));
        for (PythonLesson lesson : lessons) {
            for (Exercise e : lesson.exercises()) {
                String where = lesson.slug() + " " + lesson.title() + " " + e.id();
                Run solved = python(e.solution() + "\n" + e.check());
                assertThat(solved.exit()).as(where + " solution: " + solved.output()).isZero();
                Run started = python(e.starter() + "\n" + e.check());
                assertThat(started.exit()).as(where + " starter").isNotZero();
                assertThat(started.output()).as(where + " starter").contains("Error");
            }
        }
    }

    /** A Python string literal: '…' or "…", with its backslash escapes. */
    private static final java.util.regex.Pattern STRING = java.util.regex.Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"|'(?:[^'\\\\\\n]|\\\\.)*'");

    @Test
    void every_translated_check_is_the_english_check_with_only_its_messages_translated() throws IOException {
        List<Path> translated;
        try (Stream<Path> files = Files.walk(LESSONS)) {
            translated = files.filter(f -> f.getFileName().toString().equals("check.es.py")).toList();
        }
        // Every exercise has its Spanish check: the learner reads its messages when a check fails.
        assertThat(translated).hasSize(PythonLessons.all().stream().mapToInt(l -> l.exercises().size()).sum());
        for (Path es : translated) {
            String english = Files.readString(es.resolveSibling("check.py"));
            String spanish = Files.readString(es);
            // With every string literal's contents removed, the code is the same character for character.
            assertThat(STRING.matcher(spanish).replaceAll("S")).as(es.toString())
                    .isEqualTo(STRING.matcher(english).replaceAll("S"));
            // The values an f-string message shows are the same ones: {got!r}, {before}, ...
            assertThat(fields(spanish)).as(es.toString()).isEqualTo(fields(english));
            assertThat(spanish).as(es + " is translated").isNotEqualTo(english);
        }
    }

    private static List<String> fields(String code) {
        List<String> out = new ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{[^{}]+}").matcher(code);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    @Test
    void a_lesson_in_spanish_has_its_translated_texts_and_checks_and_the_same_code() {
        PythonLesson en = PythonLessons.OBJECTS;
        PythonLesson es = PythonLessons.lesson("objects", Language.SPANISH);
        assertThat(es.title()).isEqualTo("Python: clases y objetos");
        assertThat(es.example()).isEqualTo(en.example());
        assertThat(es.exercise(1).title()).isEqualTo("Añade un método");
        assertThat(es.exercise(1).starter()).isEqualTo(en.exercise(1).starter());
        assertThat(es.exercise(1).check()).contains("se esperaba").doesNotContain("expected");
        assertThat(es.exercise(1).hints()).hasSameSizeAs(en.exercise(1).hints());
        // The pseudo-language checks in English (it has no check file of its own).
        assertThat(PythonLessons.lesson("objects", Language.PSEUDO).exercise(1).check()).isEqualTo(en.exercise(1).check());
        assertThat(PythonLessons.lesson("objects", Language.SPANISH)).isSameAs(es);
    }
}
