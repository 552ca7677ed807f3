package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.text.LearnerText;
import java.util.List;

/**
 * The decoder lesson's sentences that carry numbers about the learner's text or the model, built from their values
 * (the fixed prose is in {@code lessons/decoder/text.md}).
 */
final class DecoderSentences {

    private DecoderSentences() {
    }

    /** The text field's helper: the app's limit and the model's context. */
    static String limit(int context) {
        return Texts.decoder("limit", "max", LearnerText.MAX_CHARACTERS, "context", context);
    }

    /** Says which part of a long text the decoder reads, and why; hidden when all of it fits. */
    static void window(Paragraph p, DecoderReading r) {
        p.setVisible(r.dropped() > 0);
        if (r.dropped() > 0) {
            int context = r.model().context();
            p.setText(Texts.decoder("window", "total", r.dropped() + r.size(), "context", context, "dropped", r.dropped(),
                    "size", r.size(), "start", String.join("", r.characters().subList(0, Math.min(20, r.size())))));
        }
    }

    /** Names the characters read as unknown; hidden when there are none. */
    static void unknown(Paragraph p, DecoderReading r) {
        List<String> chars = r.unknown();
        p.setVisible(!chars.isEmpty());
        if (!chars.isEmpty()) {
            long n = r.unknownCount();
            int known = r.model().vocabulary().size() - 1;
            String sentence = chars.size() > 1 ? "unknown-many" : n == 1 ? "unknown-one-once" : "unknown-one-often";
            p.setText(Texts.decoder(sentence, "characters", String.join(", ", chars.stream().map(DecoderSentences::quoted).toList()),
                    "known", known, "n", n));
        }
    }

    /** A candidate character as a sentence names it: in quotation marks, and a space also in words. */
    static String named(String label) {
        return Texts.decoder(label.equals("␣") ? "named-space" : "named", "c", label);
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
