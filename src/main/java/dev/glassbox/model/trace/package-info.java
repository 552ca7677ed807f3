/**
 * One computation's intermediate values: a {@link dev.glassbox.model.trace.Trace} is the ordered list of its
 * {@link dev.glassbox.model.trace.Step}s, and each step carries a {@link dev.glassbox.model.trace.Value}.
 */
package dev.glassbox.model.trace;
