/** The Python object-oriented programming lessons: their example code, checked exercises and the code link codec. */
package dev.glassbox.model.oop;
