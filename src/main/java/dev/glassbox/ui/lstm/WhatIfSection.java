package dev.glassbox.ui.lstm;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dev.glassbox.model.lstm.LstmReading;
import dev.glassbox.model.lstm.VanishingGradient;
import dev.glassbox.model.lstm.WhatIf;
import dev.glassbox.model.lstm.WhatIfComparison;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Prose;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** The what-if switches on the gates, what they changed, and the vanishing gradient worked out on the sentence. */
final class WhatIfSection extends Div {

    private final Select<String> forget = new Select<>();
    private final Checkbox inputOff = new Checkbox(Words.t("what-if-input"));
    private final Paragraph effect = new Paragraph();
    private final Div gradient = new Div();

    WhatIfSection(Consumer<UnaryOperator<LstmState>> go) {
        setId("what-if");
        forget.setId("forget-switch");
        forget.setLabel(Words.t("what-if-forget"));
        forget.setItems(LstmState.FORGETS);
        forget.setItemLabelGenerator(s -> switch (s) {
            case "0" -> Words.t("what-if-forget-0");
            case "1" -> Words.t("what-if-forget-1");
            default -> Words.t("what-if-forget-trained");
        });
        forget.setWidth("17rem");
        inputOff.setId("input-off");
        effect.setId("what-if-effect");
        gradient.setId("vanishing");
        Div controls = new Div(forget, inputOff);
        controls.addClassName("gb-controls");
        add(new H2(Words.t("what-if-heading")), new Prose("lstm", "what-if"), controls, effect,
                new H3(Words.t("vanishing-heading")), new Prose("lstm", "vanishing"), gradient);
        FromClient.onChange(forget, f -> go.accept(s -> s.withForget(f)));
        FromClient.onChange(inputOff, off -> go.accept(s -> s.withInput(off ? "0" : LstmState.TRAINED)));
    }

    /** @param trained the same sentence read by the network as trained (equal to {@code reading} without switches) */
    void show(LstmReading reading, LstmReading trained, LstmState state) {
        forget.setValue(state.forget());
        inputOff.setValue("0".equals(state.input()));
        int t = state.index(reading.size());
        if (state.whatIf().isNone()) {
            effect.setText(Words.t("what-if-none"));
        } else {
            effect.setText(LstmSentences.whatIf(WhatIfComparison.of(trained, reading, t)));
        }
        gradient.removeAll();
        VanishingGradient own = VanishingGradient.of(reading);
        gradient.add(new Paragraph(LstmSentences.vanishing(own, reading.whatIf())));
        if (!reading.whatIf().isNone()) {
            gradient.add(new Paragraph(LstmSentences.vanishingAsTrained(VanishingGradient.of(trained))));
        }
    }
}
