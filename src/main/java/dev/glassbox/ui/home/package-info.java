/** The home page: the learner's sentence and its journey through every lesson. */
package dev.glassbox.ui.home;
