/** Build tools that regenerate the app's data files from their published sources; not part of the app. */
package dev.glassbox.tools;
