package dev.glassbox.ui.base;

import java.util.List;

/** A view's state as read from its link, and one sentence for each value the link got wrong (already replaced). */
public record Parsed<S>(S state, List<String> problems) {

    public Parsed {
        problems = List.copyOf(problems);
    }
}
