package dev.glassbox.api;

/** The body of every error answer: one plain sentence a learner understands. */
public record ApiError(String error) {
}
