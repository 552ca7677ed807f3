/** The lesson views, one sub-package per concept, mirroring {@code dev.glassbox.model}. */
package dev.glassbox.ui;
