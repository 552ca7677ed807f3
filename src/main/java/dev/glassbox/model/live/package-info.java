/** A live class: a teacher's lesson followed on every student's screen, its codes, answers, tallies and bounds, in memory. */
package dev.glassbox.model.live;
