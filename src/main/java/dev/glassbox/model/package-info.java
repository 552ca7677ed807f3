/** The numerics of every lesson, free of any user-interface or web framework. */
package dev.glassbox.model;
