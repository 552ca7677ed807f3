/**
 * Descriptive statistics and the normal distribution on the learner's own numbers: z-score tables, the normal
 * curve, histograms, Q-Q plots and a seeded central-limit-theorem sampler, all computed with Commons Math.
 */
package dev.glassbox.model.stats;
