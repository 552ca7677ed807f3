package dev.glassbox.ui.position;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.glassbox.model.attention.MultiHeadAttention;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.position.PositionalEncoding;
import dev.glassbox.ui.base.Figure;
import dev.glassbox.ui.base.WhenLoaded;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.Notice;
import java.util.List;

/** Lesson 3: how a transformer knows word order — the sinusoidal formula and MiniLM's learned positions. */
@Route("positions")
@PageTitle("Positions — Glassbox")
@Menu(order = 3, title = "Positions", icon = "vaadin:sort")
public class PositionsView extends Main implements BeforeEnterObserver {

    private final MiniLmLoader loader;
    private final Select<Integer> positions = new Select<>();
    private final Select<Integer> dimensions = new Select<>();
    private final Notice notice = new Notice("positions-notice");
    private final Div sinusoidal = new Div();
    private final Div learned = new Div();
    private PositionsState state;

    public PositionsView(MiniLmLoader loader) {
        this.loader = loader;
        addClassName("gb-page");
        positions.setId("positions");
        positions.setLabel("Positions");
        positions.setItems(PositionsState.POSITION_CHOICES.stream().map(Integer::valueOf).toList());
        dimensions.setId("dimensions");
        dimensions.setLabel("Dimensions of the formula");
        dimensions.setItems(PositionsState.DIMENSION_CHOICES.stream().map(Integer::valueOf).toList());
        sinusoidal.setId("sinusoidal");
        learned.setId("learned");
        Span formula = new Span("PE(pos, 2i) = sin(pos / 10000^(2i/d)),   PE(pos, 2i+1) = cos(pos / 10000^(2i/d))");
        formula.addClassName("gb-equation");
        Div controls = new Div(positions, dimensions);
        controls.addClassName("gb-controls");
        add(new H1("Positions: how a transformer knows word order"),
                new Paragraph("Self-attention by itself sees a bag of words: “dog bites man” and “man bites dog” would look "
                        + "the same. So before the first layer each token's vector gets a position vector added. The original "
                        + "transformer (Vaswani et al. 2017, §3.5) computes it with a formula of sines and cosines; BERT-style "
                        + "models such as all-MiniLM-L6-v2 learn one vector per position instead."),
                formula, controls, notice,
                new H2("The formula"), sinusoidal,
                new H2("Learned: all-MiniLM-L6-v2's position embeddings"), learned);
        positions.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(new PositionsState(state.sentence(), e.getValue(), state.dimensions()));
            }
        });
        dimensions.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go(new PositionsState(state.sentence(), state.positions(), e.getValue()));
            }
        });
    }

    private void go(PositionsState next) {
        UI.getCurrent().navigate(PositionsView.class, next.toQuery());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        PositionsState.Parsed parsed = PositionsState.parse(event.getLocation().getQueryParameters());
        state = parsed.state();
        positions.setValue(state.positions());
        dimensions.setValue(state.dimensions());
        if (parsed.problems().isEmpty()) {
            notice.clear();
        } else {
            notice.show(String.join(" ", parsed.problems()));
        }
        int n = state.positions();
        double[][] pe = PositionalEncoding.sinusoidal(n, state.dimensions());
        sinusoidal.removeAll();
        sinusoidal.add(figure(Figure.of(PositionalEncoding.matrix(pe, MultiHeadAttention.dimensions(state.dimensions(), "")),
                        "Sinusoidal encoding of positions 0 to " + (n - 1) + " in " + state.dimensions()
                                + " dimensions: the left columns change fast from row to row, the right ones slowly.")
                        .range(-1, 1).axes("position", "dimension"), "pe-heatmap"),
                new Paragraph("Cosine similarity between positions: bright near the diagonal, fading with distance — and the "
                        + "same along every diagonal, because it depends only on how far apart two positions are."),
                figure(Figure.of(PositionalEncoding.matrix(PositionalEncoding.cosines(pe), PositionalEncoding.positions(n)),
                        "Cosine similarity of the sinusoidal vectors of every two positions.").range(-1, 1)
                        .axes("position", "position"), "pe-cosines"));
        renderLearned();
    }

    private void renderLearned() {
        learned.removeAll();
        MiniLmEncoder encoder = loader.ready().orElse(null);
        if (encoder == null) {
            Paragraph loading = new Paragraph(loader.progress());
            loading.setId("model-loading");
            loading.addClassName("gb-note");
            learned.add(loading);
            WhenLoaded.poll(this, loader, loading::setText, this::renderLearned);
            return;
        }
        int n = state.positions();
        float[][] rows = encoder.positionEmbeddings(n);
        double[][] p = new double[n][];
        for (int i = 0; i < n; i++) {
            p[i] = new double[rows[i].length];
            for (int d = 0; d < rows[i].length; d++) {
                p[i][d] = rows[i][d];
            }
        }
        learned.add(new Paragraph("Nobody wrote a formula for these " + n + " rows of 384 numbers: training set them. Yet the "
                        + "cosine similarities show the same lesson learned from data — neighbouring positions get similar vectors."),
                figure(Figure.of(PositionalEncoding.matrix(p, MultiHeadAttention.dimensions(MiniLmEncoder.D_MODEL, "")),
                        "MiniLM's learned position embeddings of positions 0 to " + (n - 1) + ".").axes("position", "dimension"),
                        "learned-heatmap"),
                figure(Figure.of(PositionalEncoding.matrix(PositionalEncoding.cosines(p), PositionalEncoding.positions(n)),
                        "Cosine similarity of MiniLM's learned position vectors of every two positions.").range(-1, 1)
                        .axes("position", "position"), "learned-cosines"));
    }

    private static Figure figure(Figure f, String id) {
        f.setId(id);
        return f;
    }

    /** The home page's card: the formula's cosine similarities for 16 positions. */
    public static JourneyCard card(String sentence) {
        double[][] pe = PositionalEncoding.sinusoidal(16, 64);
        return new JourneyCard("positions", "Positions", "Each token also gets a vector for its position; nearby positions look alike.",
                Figure.of(PositionalEncoding.matrix(PositionalEncoding.cosines(pe), PositionalEncoding.positions(16)),
                        "Cosine similarity of 16 positions.").range(-1, 1),
                "positions", new PositionsState(sentence, 32, 64).toQuery());
    }

}
