/** Lessons: their fixed prose read from files, each view's questions, and a teacher's lessons as links, files and QR codes. */
package dev.glassbox.model.lesson;
