package dev.glassbox.ui.stats;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.UrlState;
import java.util.List;

/** Lesson 7: z-scores — how many standard deviations a value lies from the mean, on the learner's own numbers. */
@Route("zscores")
@PageTitle("z-scores — Glassbox")
@Menu(order = 7, title = "z-scores", icon = "vaadin:chart-grid")
public class ZScoresView extends Main implements BeforeEnterObserver {

    private ZScoresState state;
    private final NumbersSection numbers = new NumbersSection(this::navigate, this::answered);
    private final FeaturesSection features = new FeaturesSection(s -> navigate(this.state.withSentence(s)));
    private final LayerNormSection layerNorm;

    public ZScoresView(MiniLmLoader loader) {
        layerNorm = new LayerNormSection(loader, t -> navigate(state.withToken(t)));
        addClassName("gb-page");
        add(new H1(Say.zscores("page-heading")),
                new Contents(new Contents.Entry("numbers-heading", Say.zscores("contents-numbers")),
                        new Contents.Entry("z-axis", Say.zscores("contents-z-axis")),
                        new Contents.Entry("features-heading", Say.zscores("contents-features")),
                        new Contents.Entry("scaling", Say.zscores("contents-scaling")),
                        new Contents.Entry("layernorm-heading", Say.zscores("contents-layernorm"))),
                new Prose("zscores", "intro"),
                Contents.heading("numbers-heading", Say.zscores("contents-numbers")), numbers,
                Contents.heading("features-heading", Say.zscores("heading-features")), features,
                Contents.heading("layernorm-heading", Say.zscores("heading-layernorm")), layerNorm);
        for (Fold fold : List.of(numbers.steps(), layerNorm.steps())) {
            fold.onToggle(open -> {
                state = state.withFolds(state.folds().with(fold.name(), open));
                UrlState.replace(ZScoresView.class, state.toQuery());
            });
        }
    }

    /** Goes to {@code next}, with the answers as they are now (a section may hold an older state). */
    private void navigate(ZScoresState next) {
        UI.getCurrent().navigate(ZScoresView.class, next.withAnswers(state.answers()).toQuery());
    }

    /** A question answered (or shown without an answer): only the link changes. */
    private void answered(Prediction question, String value) {
        state = state.withAnswers(state.answers().with(question, value));
        UrlState.replace(ZScoresView.class, state.toQuery());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Parsed<ZScoresState> parsed = ZScoresState.parse(event.getLocation().getQueryParameters());
        state = parsed.state();
        numbers.show(state, parsed.problems());
        features.show(state.sentence());
        layerNorm.show(state.sentence(), state.token(), state.folds().isOpen(ZScoresState.LAYER_NORM_STEPS));
    }
}
