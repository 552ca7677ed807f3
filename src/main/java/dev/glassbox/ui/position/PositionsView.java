package dev.glassbox.ui.position;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.UrlState;
import dev.glassbox.ui.base.Prose;

/** Lesson 3: how a transformer knows word order — the sinusoidal formula and MiniLM's learned positions. */
@Route("positions")
@PageTitle("Positions — Glassbox")
@Menu(order = 3, title = "Positions", icon = "vaadin:sort")
public class PositionsView extends Main implements BeforeEnterObserver {

    private final Select<Integer> positions = new Select<>();
    private final Select<Integer> dimensions = new Select<>();
    private final Notice notice = new Notice("positions-notice");
    private final FormulaSection sinusoidal = new FormulaSection(this::answer);
    private final LearnedSection learned;
    private PositionsState state;

    public PositionsView(MiniLmLoader loader) {
        learned = new LearnedSection(loader);
        addClassName("gb-page");
        positions.setId("positions");
        positions.setLabel(Words.t("control-positions"));
        positions.setItems(PositionsState.POSITION_CHOICES.stream().map(Integer::valueOf).toList());
        dimensions.setId("dimensions");
        dimensions.setLabel(Words.t("control-dimensions"));
        dimensions.setItems(PositionsState.DIMENSION_CHOICES.stream().map(Integer::valueOf).toList());
        Div controls = new Div(positions, dimensions);
        controls.addClassName("gb-controls");
        add(new H1(Words.t("page-title")),
                new Contents(new Contents.Entry("sinusoidal", Words.t("contents-sinusoidal")),
                        new Contents.Entry("learned", Words.t("contents-learned"))),
                new Prose("positions", "intro"), controls, notice, sinusoidal, learned);
        FromClient.onChange(positions, n -> go(state.with(n, state.dimensions())));
        FromClient.onChange(dimensions, d -> go(state.with(state.positions(), d)));
    }

    private void go(PositionsState next) {
        UI.getCurrent().navigate(PositionsView.class, next.toQuery());
    }

    /** Records a learner's answer in the link, without rendering anything again. */
    private void answer(Prediction question, String value) {
        state = state.withAnswer(question, value);
        UrlState.replace(PositionsView.class, state.toQuery());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Parsed<PositionsState> parsed = PositionsState.parse(event.getLocation().getQueryParameters());
        state = parsed.state();
        positions.setValue(state.positions());
        dimensions.setValue(state.dimensions());
        notice.show(parsed.problems());
        sinusoidal.show(state);
        learned.show(state);
    }
}
