package dev.glassbox.ui.decoder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.RangeInput;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.glassbox.model.decoder.Sampling;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Prose;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The four settings of a draw — temperature (a field and a slider), top-k, top-p and the seed — each with its one
 * sentence and formula. A value out of range gets {@link Sampling}'s own sentence and changes nothing else.
 */
final class GenerateSettings extends Div {

    /** The slider's steps: fine enough around τ = 1, where the interesting changes are. */
    private static final double SLIDER_STEP = 0.05;

    private final TextField temperature = field("temperature", Texts.generate("temperature-label"),
            Texts.generate("temperature-helper"));
    private final RangeInput slider = new RangeInput();
    private final TextField topK;
    private final TextField topP = field("top-p", Texts.generate("top-p-label"),
            Texts.generate("top-p-helper"));
    private final TextField seed = field("seed", Texts.generate("seed-label"), Texts.generate("seed-helper"));
    private final Button another = new Button(Texts.generate("another-seed"));
    private final Notice notice = new Notice("settings-notice");
    private final int characters;
    private GenerateState state;

    /** @param characters V, the largest top-k that can cut anything */
    GenerateSettings(int characters, Consumer<UnaryOperator<GenerateState>> go) {
        this.characters = characters;
        setId("settings");
        topK = field("top-k", Texts.generate("top-k-label"), Texts.generate("top-k-helper", "max", characters));
        slider.setId("temperature-slider");
        slider.setMin(0);
        slider.setMax(Sampling.MAX_TEMPERATURE);
        slider.setStep(SLIDER_STEP);
        slider.setAriaLabel(Texts.generate("temperature-slider"));
        // a value, so that setting 0 later is a change the browser hears of (an input without one shows its middle)
        slider.setValue(1.0);
        slider.setValueChangeMode(ValueChangeMode.LAZY);
        slider.setValueChangeTimeout(150);
        slider.addClassName("gb-gen-slider");
        another.setId("another-seed");
        Div grid = new Div(control(new Prose("generate", "temperature"), temperature, slider),
                control(new Prose("generate", "top-k"), topK), control(new Prose("generate", "top-p"), topP),
                control(new Prose("generate", "seed"), seed, another));
        grid.addClassName("gb-gen-settings");
        add(new H2(Texts.generate("settings-title")), notice, grid, new Prose("generate", "renormalise"));
        Consumer<Object> attempt = v -> attempt(go);
        for (TextField f : List.of(temperature, topK, topP, seed)) {
            FromClient.onChange(f, attempt::accept);
        }
        FromClient.onChange(slider, v -> {
            if (v != null) {
                temperature.setValue(PageLanguage.decimals(GenerateState.plain(Math.round(v / SLIDER_STEP) * SLIDER_STEP)));
                attempt(go);
            }
        });
        another.addClickListener(e -> {
            try {
                seed.setValue(String.valueOf(Math.addExact(Long.parseLong(seed.getValue().strip()), 1)));
            } catch (NumberFormatException | ArithmeticException ex) {
                seed.setValue(String.valueOf(state.seed() + 1));
            }
            attempt(go);
        });
    }

    private static TextField field(String id, String label, String helper) {
        TextField f = new TextField(label);
        f.setId(id);
        f.setHelperText(helper);
        f.setWidthFull();
        return f;
    }

    private static Div control(Component explanation, Component... inputs) {
        Div box = new Div(inputs);
        box.add(explanation);
        box.addClassName("gb-gen-control");
        return box;
    }

    /** The fields as the link has them. */
    void show(GenerateState s) {
        state = s;
        temperature.setValue(PageLanguage.decimals(GenerateState.plain(s.temperature())));
        slider.setValue(s.temperature());
        topK.setValue(String.valueOf(s.topK()));
        topP.setValue(PageLanguage.decimals(GenerateState.plain(s.topP())));
        seed.setValue(String.valueOf(s.seed()));
        List.of(temperature, topK, topP, seed).forEach(f -> f.setInvalid(false));
        notice.clear();
    }

    /** Reads all four fields; the first value that cannot be used gets its sentence and nothing changes. */
    private void attempt(Consumer<UnaryOperator<GenerateState>> go) {
        Sampling sampling;
        long s;
        try {
            sampling = read();
        } catch (IllegalArgumentException e) {
            notice.show(e.getMessage());
            return;
        }
        try {
            s = Long.parseLong(seed.getValue().strip());
        } catch (NumberFormatException e) {
            seed.setInvalid(true);
            notice.show(Texts.generate("seed-invalid"));
            return;
        }
        Sampling chosen = sampling;
        seed.setInvalid(false);
        notice.clear();
        go.accept(st -> st.withSampling(chosen).withSeed(s));
    }

    /** The sampling the fields describe; its constructor's sentence when a value is out of range. */
    private Sampling read() {
        double t = decimal(temperature.getValue());
        int k = whole(topK.getValue());
        double p = decimal(topP.getValue());
        temperature.setInvalid(!(t >= 0 && t <= Sampling.MAX_TEMPERATURE));
        topK.setInvalid(k < 0 || k > characters);
        topP.setInvalid(!(p > 0 && p <= 1));
        if (k > characters) {
            throw new IllegalArgumentException(Texts.generate("top-k-too-large", "max", characters));
        }
        // NaN (not a number) and −1 (not whole) fail here with Sampling's sentence, in the page's language
        Sampling.problem(t, k, p, PageLanguage.current()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
        return new Sampling(t, k, p);
    }

    /** A decimal number as typed (a decimal comma is read as a point), or NaN. */
    static double decimal(String text) {
        try {
            double x = Double.parseDouble(text.strip().replace(',', '.'));
            return Double.isFinite(x) ? x : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** A whole number as typed, or −1. */
    static int whole(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
