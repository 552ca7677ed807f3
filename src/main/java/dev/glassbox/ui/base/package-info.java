/** The app frame and the reusable pieces every lesson draws with: figures, traces, URL state and notices. */
package dev.glassbox.ui.base;
