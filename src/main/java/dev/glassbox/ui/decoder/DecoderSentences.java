package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.text.LearnerText;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The decoder lesson's sentences that carry numbers about the learner's text or the model, built from their values
 * (the fixed prose is in {@code lessons/decoder/text.md}).
 */
final class DecoderSentences {

    private DecoderSentences() {
    }

    /** The text field's helper: the app's limit and the model's context. */
    static String limit(int context) {
        return "Type any text (up to " + LearnerText.MAX_CHARACTERS + " characters) and press Enter. The decoder reads at most "
                + context + " characters at a time; of a longer text it reads the last " + context + ".";
    }

    /** Says which part of a long text the decoder reads, and why; hidden when all of it fits. */
    static void window(Paragraph p, DecoderReading r) {
        p.setVisible(r.dropped() > 0);
        if (r.dropped() > 0) {
            int context = r.model().context();
            p.setText("Your text has " + (r.dropped() + r.size()) + " characters, but the decoder reads at most "
                    + context + " at a time: it has learned a position embedding for " + context + " positions only (its "
                    + "context). So it reads the last " + context + " — the ones nearest to the character it guesses next — "
                    + "and leaves out the first " + r.dropped() + "; everything below is about these " + r.size()
                    + ", from “" + String.join("", r.characters().subList(0, Math.min(20, r.size()))) + "…”.");
        }
    }

    /** Names the characters read as unknown; hidden when there are none. */
    static void unknown(Paragraph p, DecoderReading r) {
        List<String> chars = r.unknown();
        p.setVisible(!chars.isEmpty());
        if (!chars.isEmpty()) {
            long n = r.unknownCount();
            int known = r.model().vocabulary().size() - 1;
            p.setText((chars.size() == 1 ? "The character " : "The characters ")
                    + chars.stream().map(DecoderSentences::quoted).collect(Collectors.joining(", "))
                    + (chars.size() == 1 ? " is" : " are") + " not among the " + known + " the decoder knows, so it reads "
                    + (n == 1 ? "it" : "them (" + n + " positions)") + " as the unknown character � (id 0).");
        }
    }

    /** A candidate character as a sentence names it: in quotation marks, and a space also in words. */
    static String named(String label) {
        return "“" + label + "”" + (label.equals("␣") ? " (a space)" : "");
    }

    /** A character in quotation marks, named when it draws nothing visible. */
    static String quoted(String c) {
        int cp = c.codePointAt(0);
        if (Character.isWhitespace(cp) || Character.getType(cp) == Character.FORMAT || Character.isISOControl(cp)) {
            return "U+" + String.format("%04X", cp);
        }
        return "“" + c + "”";
    }
}
