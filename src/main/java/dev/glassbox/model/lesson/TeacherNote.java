package dev.glassbox.model.lesson;

import java.util.ArrayList;
import java.util.List;

/**
 * A teacher's note as paragraphs of runs: plain text, {@code *emphasis*} and {@code **strong**}, nothing else. A blank
 * line starts a new paragraph; an unmatched star stays a star. The runs are text, to be shown as text nodes (never
 * as HTML).
 */
public final class TeacherNote {

    private TeacherNote() {
    }

    /** The paragraphs of {@code note}, each a list of {@link Inline.Plain}, {@link Inline.Emphasis} and {@link Inline.Strong}. */
    public static List<List<Inline>> parse(String note) {
        List<List<Inline>> paragraphs = new ArrayList<>();
        if (note == null) {
            return paragraphs;
        }
        for (String paragraph : note.replace("\r\n", "\n").split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                paragraphs.add(runs(paragraph.strip()));
            }
        }
        return paragraphs;
    }

    /** The note without its stars: what a plain-text reader shows. */
    public static String plain(String note) {
        StringBuilder b = new StringBuilder();
        for (List<Inline> p : parse(note)) {
            if (!b.isEmpty()) {
                b.append("\n\n");
            }
            p.forEach(r -> b.append(r.text()));
        }
        return b.toString();
    }

    static List<Inline> runs(String text) {
        List<Inline> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            boolean strong = text.startsWith("**", i);
            String mark = strong ? "**" : "*";
            if (text.charAt(i) == '*') {
                int end = text.indexOf(mark, i + mark.length());
                if (end > i + mark.length() && !Character.isWhitespace(text.charAt(i + mark.length()))) {
                    if (!plain.isEmpty()) {
                        runs.add(new Inline.Plain(plain.toString()));
                        plain.setLength(0);
                    }
                    String inner = text.substring(i + mark.length(), end);
                    runs.add(strong ? new Inline.Strong(inner) : new Inline.Emphasis(inner));
                    i = end + mark.length();
                    continue;
                }
            }
            plain.append(text.charAt(i));
            i++;
        }
        if (!plain.isEmpty()) {
            runs.add(new Inline.Plain(plain.toString()));
        }
        return runs;
    }
}
