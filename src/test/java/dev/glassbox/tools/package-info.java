/**
 * Build tools that regenerate the app's data files from their published sources, and a load tool that measures a live
 * class on a running app; not part of the app.
 */
package dev.glassbox.tools;
