package dev.glassbox.ui.base;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Which {@link Fold}s of a view are open, as its link carries them: {@code ?open=steps,table}. A view's state record
 * holds one; a name the view does not know is ignored (it opens nothing).
 */
public record Folds(Set<String> open) {

    /** The query parameter. */
    public static final String PARAMETER = "open";

    public static final Folds NONE = new Folds(Set.of());

    public Folds {
        open = Set.copyOf(open);
    }

    /** The folds named in the link, keeping only names in {@code known}. */
    public static Folds parse(Query query, Set<String> known) {
        Set<String> names = Arrays.stream(query.text(PARAMETER, "").split(","))
                .map(String::strip)
                .filter(known::contains)
                .collect(Collectors.toSet());
        return new Folds(names);
    }

    public boolean isOpen(String name) {
        return open.contains(name);
    }

    public Folds with(String name, boolean opened) {
        Set<String> next = new TreeSet<>(open);
        if (opened) {
            next.add(name);
        } else {
            next.remove(name);
        }
        return new Folds(next);
    }

    /** The parameter's value in a stable order, or {@code null} when none is open (so the link leaves it out). */
    public String parameter() {
        return open.isEmpty() ? null : String.join(",", new TreeSet<>(open));
    }
}
