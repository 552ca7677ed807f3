package dev.glassbox.model.oop;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lessons' shape; that every solution passes and every starter fails is checked in real Python by PythonIT. */
class PythonLessonsTest {

    @Test
    void there_are_four_lessons_each_with_two_or_three_exercises() {
        assertThat(PythonLessons.all()).extracting(PythonLesson::slug)
                .containsExactly("objects", "encapsulation", "abstraction", "inheritance");
        for (PythonLesson lesson : PythonLessons.all()) {
            assertThat(lesson.exercises()).hasSizeBetween(2, 3);
            assertThat(lesson.starter(0)).isEqualTo(lesson.example());
        }
    }

    @Test
    void every_exercise_has_a_task_hints_a_check_and_a_solution_that_differs_from_its_start() {
        for (PythonLesson lesson : PythonLessons.all()) {
            Set<String> ids = new HashSet<>();
            for (Exercise e : lesson.exercises()) {
                assertThat(ids.add(e.id())).as("unique id " + e.id()).isTrue();
                assertThat(e.task()).isNotBlank();
                assertThat(e.hints()).isNotEmpty();
                assertThat(e.check()).contains("assert");
                assertThat(e.solution()).isNotEqualTo(e.starter());
                assertThat(e.starter().length()).isLessThan(CodeLink.MAX_CODE_CHARACTERS);
            }
        }
    }

    @Test
    void the_syllabus_examples_are_in_the_code() {
        // The seed's examples: Dog with species, name, age and bark; Person with private attributes and
        // getters/setters; abc abstract classes; Animal -> Dog with super() and overriding.
        assertThat(PythonLessons.OBJECTS.example()).contains("species = \"Canis lupus familiaris\"", "self.name = name",
                "self.age = age", "def bark(self)", "my_dog = Dog(\"Buddy\", 3)");
        assertThat(PythonLessons.ENCAPSULATION.example()).contains("class Person", "self.__age", "def get_age(self)",
                "def set_age(self, age)", "_Person__age", "@property");
        assertThat(PythonLessons.ABSTRACTION.example()).contains("from abc import ABC, abstractmethod", "class Shape(ABC)",
                "@abstractmethod");
        assertThat(PythonLessons.INHERITANCE.example()).contains("class Dog(Animal)", "super().__init__(name)",
                "def speak(self)", "class Duck(Flyer, Swimmer)", "__mro__");
    }
}
