/** The self-attention lesson: one head's weights, all heads at once, and one query token's arithmetic. */
package dev.glassbox.ui.attention;
