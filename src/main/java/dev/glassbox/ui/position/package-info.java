/** The positions lesson: sinusoidal and learned position vectors side by side. */
package dev.glassbox.ui.position;
