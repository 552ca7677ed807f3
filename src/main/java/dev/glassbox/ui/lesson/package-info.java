/** Lessons for a class: the lesson builder, the player, the printable handout and the bundled lessons' list. */
package dev.glassbox.ui.lesson;
