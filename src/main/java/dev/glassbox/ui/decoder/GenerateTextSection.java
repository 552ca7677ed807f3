package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.model.lstm.CharVocabulary;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The text being written — the prompt, then one clickable span per written character — with Step, Play, Reset and
 * the buttons that choose which character's distribution is shown. Written characters are appended, never redrawn,
 * while the same text grows, so Play can add a few at a time.
 */
final class GenerateTextSection extends Div {

    private final Paragraph about = new Paragraph();
    private final Div text = new Div();
    private final Span prompt = new Span();
    private final Button step = new Button(Texts.generate("button-step"));
    private final Button play = new Button(Texts.generate("button-play"));
    private final TextField count = new TextField(Texts.generate("play-count-label"));
    private final Button reset = new Button(Texts.generate("button-reset"));
    private final Button earlier = new Button(Texts.generate("button-earlier"));
    private final Button later = new Button(Texts.generate("button-later"));
    private final Notice notice = new Notice("play-notice");
    private final Paragraph status = new Paragraph();
    private final Paragraph repeat = new Paragraph();
    private final Paragraph context = new Paragraph();
    private final Paragraph rewritten = new Paragraph();
    private final Consumer<UnaryOperator<GenerateState>> go;
    private final List<String> shownSymbols = new ArrayList<>();
    private int shown;

    GenerateTextSection(Consumer<UnaryOperator<GenerateState>> go, Runnable onStep, Runnable onPlay) {
        this.go = go;
        setId("text-section");
        about.setId("prompt-sentence");
        text.setId("generated-text");
        text.addClassName("gb-gen-text");
        text.getElement().setAttribute("aria-label", Texts.generate("text-aria"));
        prompt.addClassName("gb-gen-prompt");
        step.setId("step");
        step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        play.setId("play");
        count.setId("play-count");
        count.setWidth("10rem");
        count.setHelperText(Texts.generate("play-count-helper", "max", Sampling.MAX_STEPS));
        reset.setId("reset");
        earlier.setId("earlier");
        later.setId("later");
        status.setId("generate-status");
        status.addClassName("gb-gen-status");
        status.getElement().setAttribute("aria-live", "polite");
        repeat.setId("repeat-sentence");
        context.setId("context-sentence");
        rewritten.setId("rewritten-sentence");
        Div buttons = new Div(step, play, count, reset);
        buttons.addClassName("gb-controls");
        Div shownButtons = new Div(earlier, later, status);
        shownButtons.addClassName("gb-gen-shown-controls");
        add(new H2(Texts.generate("text-title")), new Prose("generate", "text", Map.of("max", Sampling.MAX_STEPS)), about, text,
                buttons, notice, shownButtons, rewritten, repeat, context);
        step.addClickListener(e -> onStep.run());
        play.addClickListener(e -> onPlay.run());
        reset.addClickListener(e -> go.accept(s -> s.withSteps(0)));
        earlier.addClickListener(e -> go.accept(s -> s.withAt(Math.max(1, s.shown() - 1))));
        later.addClickListener(e -> go.accept(s -> s.withAt(s.shown() + 1)));
        FromClient.onChange(count, v -> {
            int n = GenerateSettings.whole(v);
            if (n < 1 || n > Sampling.MAX_STEPS) {
                notice.show(Texts.generate("play-count-invalid", "max", Sampling.MAX_STEPS));
                count.setInvalid(true);
            } else {
                count.setInvalid(false);
                notice.clear();
                go.accept(s -> s.withPlay(n));
            }
        });
    }

    /** The number of characters Play should write, or 0 (with its sentence shown) when the field cannot be read. */
    int playCount() {
        int n = GenerateSettings.whole(count.getValue());
        if (n < 1 || n > Sampling.MAX_STEPS) {
            notice.show(Texts.generate("play-count-invalid", "max", Sampling.MAX_STEPS));
            count.setInvalid(true);
            return 0;
        }
        count.setInvalid(false);
        notice.clear();
        return n;
    }

    /** A new prompt: its characters as the model reads them, and no written ones. */
    void prompt(String sentence, CharVocabulary vocabulary, int contextSize) {
        about.setText(GenerateSentences.prompt(sentence, vocabulary, contextSize));
        prompt.removeAll();
        StringBuilder run = new StringBuilder();
        sentence.codePoints().forEach(cp -> {
            if (vocabulary.indexOf(cp) == CharVocabulary.UNKNOWN) {
                if (!run.isEmpty()) {
                    prompt.add(run.toString());
                    run.setLength(0);
                }
                Span unknown = new Span(CharVocabulary.UNKNOWN_LABEL);
                unknown.addClassName("gb-gen-unknown");
                unknown.setTitle(Texts.generate("unknown-title", "c", Character.toString(cp)));
                prompt.add(unknown);
            } else {
                run.appendCodePoint(cp);
            }
        });
        if (!run.isEmpty()) {
            prompt.add(run.toString());
        }
        text.removeAll();
        text.add(prompt);
        shownSymbols.clear();
        shown = 0;
    }

    /** The written characters (appending when the text only grew) with character {@code at} (1-based) marked. */
    void written(List<String> symbols, int at) {
        boolean grew = symbols.size() >= shownSymbols.size() && symbols.subList(0, shownSymbols.size()).equals(shownSymbols);
        if (!grew) {
            text.getChildren().filter(c -> c != prompt).toList().forEach(text::remove);
            shownSymbols.clear();
        }
        for (int i = shownSymbols.size(); i < symbols.size(); i++) {
            int k = i + 1;
            Span c = new Span(symbols.get(i));
            c.addClassName("gb-gen-char");
            c.setTitle(Texts.generate("character-title", "k", k, "c", GenerateSentences.quoted(symbols.get(i))));
            c.addClickListener(e -> go.accept(s -> s.withAt(k)));
            text.add(c);
            shownSymbols.add(symbols.get(i));
        }
        if (shown > 0 && shown <= shownSymbols.size()) {
            mark(shown, false);
        }
        shown = at;
        if (at > 0) {
            mark(at, true);
        }
        earlier.setEnabled(at > 1);
        later.setEnabled(at < symbols.size());
    }

    private void mark(int k, boolean on) {
        Span c = (Span) text.getComponentAt(k); // child 0 is the prompt
        c.setClassName("gb-gen-shown", on);
        if (on) {
            c.getElement().setAttribute("aria-current", "true");
        } else {
            c.getElement().removeAttribute("aria-current");
        }
    }

    void status(String sentence) {
        status.setText(sentence);
    }

    /** While Play writes: Play becomes Stop, and nothing else may start another run. */
    void playing(boolean on, int written) {
        play.setText(Texts.generate(on ? "button-stop" : "button-play"));
        step.setEnabled(!on && written < Sampling.MAX_STEPS);
        play.setEnabled(on || written < Sampling.MAX_STEPS);
        reset.setEnabled(!on && written > 0);
    }

    void show(GenerateState s) {
        count.setValue(String.valueOf(s.play()));
        count.setInvalid(false);
        notice.clear();
    }

    void sentences(String repeatSentence, String contextSentence, String rewrittenSentence) {
        set(repeat, repeatSentence);
        set(context, contextSentence);
        set(rewritten, rewrittenSentence);
    }

    private static void set(Paragraph p, String sentence) {
        p.setText(sentence);
        p.setVisible(!sentence.isEmpty());
    }
}
