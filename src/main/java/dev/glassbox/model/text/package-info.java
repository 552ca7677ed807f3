/** The learner's text: the limits every lesson and the API apply before any model reads it. */
package dev.glassbox.model.text;
