/** The Python lessons: classes and objects, encapsulation, abstraction and inheritance, run in the learner's browser. */
package dev.glassbox.ui.oop;
