/** How much the server computes at once: one bounded executor for every model run, and rate limits per learner. */
package dev.glassbox.compute;
