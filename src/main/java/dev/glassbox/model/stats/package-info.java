/**
 * Descriptive statistics and the normal distribution on the learner's own numbers: z-score tables (with the data's own
 * percentile rank), two groups compared, the normal curve, histograms, Q-Q plots and seeded examples of their shapes,
 * a seeded central-limit-theorem sampler, and a measured demonstration of why standardised inputs help gradient
 * descent, all computed with Commons Math.
 */
package dev.glassbox.model.stats;
