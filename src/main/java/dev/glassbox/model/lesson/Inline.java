package dev.glassbox.model.lesson;

/**
 * One run of text inside a paragraph of lesson prose. Written in a lesson file as plain text, {@code *emphasis*},
 * {@code **strong**}, {@code `code`}, {@code $formula$} (see the view's {@code Formula} for its syntax) and
 * {@code [text](link)}.
 */
public sealed interface Inline {

    /** The text a screen reader or a plain-text export shows for this run. */
    String text();

    record Plain(String text) implements Inline {
    }

    record Emphasis(String text) implements Inline {
    }

    record Strong(String text) implements Inline {
    }

    record Code(String text) implements Inline {
    }

    /** A formula in the small TeX-like syntax of the view's formula renderer. */
    record Math(String text) implements Inline {
    }

    record Link(String text, String href) implements Inline {
    }
}
