package dev.glassbox.ui.oop;

/**
 * One part of a Python lesson's explanation: its text sections ({@code <name>-title} and {@code <name>} in the
 * lesson's {@code text.md}), optionally runnable code ({@code snippets/<snippet>.py}), and whether it stays folded
 * until the learner opens it (then its open state is in the link as {@code ?open=<name>}).
 */
record Part(String name, String snippet, boolean folded) {

    /** Text only, always shown. */
    static Part text(String name) {
        return new Part(name, null, false);
    }

    /** Text and runnable code, always shown. */
    static Part code(String name, String snippet) {
        return new Part(name, snippet, false);
    }

    /** Text and runnable code, folded until asked for. */
    static Part folded(String name, String snippet) {
        return new Part(name, snippet, true);
    }

    /** The id of the element the contents list jumps to. */
    String target() {
        return folded ? "fold-" + name : "part-" + name;
    }
}
