package dev.glassbox.ui.stats;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.UrlState;
import java.util.List;

/** Lesson 8: the normal distribution, its areas and quantiles, real data against it, and the central limit theorem. */
@Route("normal")
@PageTitle("The normal distribution — Glassbox")
@Menu(order = 8, title = "Normal distribution", icon = "vaadin:chart")
public class NormalView extends Main implements BeforeEnterObserver {

    private NormalState state;
    private final CurveSection curve = new CurveSection(this::navigate, this::answered);
    private final DataSection data = new DataSection(d -> navigate(this.state.withData(d)));
    private final CltSection clt = new CltSection(this::navigate);

    public NormalView() {
        addClassName("gb-page");
        add(new H1(Say.normal("page-heading")),
                new Contents(new Contents.Entry("curve-heading", Say.normal("contents-curve")),
                        new Contents.Entry("data-heading", Say.normal("contents-data")),
                        new Contents.Entry("clt-heading", Say.normal("contents-clt"))),
                new Prose("normal", "intro"),
                Contents.heading("curve-heading", Say.normal("contents-curve")), curve,
                Contents.heading("data-heading", Say.normal("heading-data")), data,
                Contents.heading("clt-heading", Say.normal("contents-clt")), clt);
        for (Fold fold : List.of(curve.formula(), data.guide())) {
            fold.onToggle(open -> {
                state = state.withFolds(state.folds().with(fold.name(), open));
                UrlState.replace(NormalView.class, state.toQuery());
            });
        }
    }

    /** Goes to {@code next}, with the answers as they are now (a section may hold an older state). */
    private void navigate(NormalState next) {
        UI.getCurrent().navigate(NormalView.class, next.withAnswers(state.answers()).toQuery());
    }

    /** A question answered (or shown without an answer): only the link changes. */
    private void answered(Prediction question, String value) {
        state = state.withAnswers(state.answers().with(question, value));
        UrlState.replace(NormalView.class, state.toQuery());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Parsed<NormalState> parsed = NormalState.parse(event.getLocation().getQueryParameters());
        state = parsed.state();
        curve.show(state, parsed.problems());
        data.show(state);
        clt.show(state);
    }
}
