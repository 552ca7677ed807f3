/** Lesson text: the fixed, learner-facing prose of each lesson, read from files so that it lives in one place. */
package dev.glassbox.model.lesson;
