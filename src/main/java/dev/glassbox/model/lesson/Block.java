package dev.glassbox.model.lesson;

import java.util.List;

/** One block of lesson prose: a paragraph, a heading, a bulleted list, or a formula on a line of its own. */
public sealed interface Block {

    record Paragraph(List<Inline> runs) implements Block {
        public Paragraph {
            runs = List.copyOf(runs);
        }
    }

    /** A sub-heading inside a section ({@code ### Heading} in the file). */
    record Heading(String text) implements Block {
    }

    /** Consecutive lines that start with {@code - }. */
    record Bullets(List<List<Inline>> items) implements Block {
        public Bullets {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /** A paragraph that is a single {@code $$formula$$}, shown on its own line. */
    record Display(String formula) implements Block {
    }
}
