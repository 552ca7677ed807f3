/** The statistics lessons: z-score tables on the learner's numbers, and the normal distribution with the central limit theorem. */
package dev.glassbox.ui.stats;
