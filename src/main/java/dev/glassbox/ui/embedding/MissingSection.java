package dev.glassbox.ui.embedding;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.embedding.GloveVectors;
import dev.glassbox.model.embedding.InputEmbedding;
import dev.glassbox.model.embedding.MissingWord;
import dev.glassbox.model.embedding.NearestNeighbours;
import dev.glassbox.model.embedding.SentenceVectors;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.model.trace.Value;
import dev.glassbox.ui.base.Fold;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.WhenLoaded;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The sentence's words without a GloVe vector: why each has none, in one sentence per reason, and (folded) the rows
 * another model — MiniLM — looks up for them, labelled as that model's.
 */
class MissingSection extends Div {

    /** The most words whose MiniLM rows are shown. */
    static final int SHOWN = 5;

    private final GloveVectors glove;
    private final MiniLmLoader loader;
    private final Paragraph why = new Paragraph();
    private final Fold minilm = new Fold(EmbeddingsState.MINILM, EmbeddingsView.say("minilm-fold"));
    private List<String> words = List.of();

    MissingSection(GloveVectors glove, MiniLmLoader loader, BiConsumer<String, Boolean> toggled) {
        this.glove = glove;
        this.loader = loader;
        setId("missing");
        why.setId("missing-why");
        minilm.onToggle(open -> toggled.accept(EmbeddingsState.MINILM, open));
        add(why, minilm);
    }

    void show(EmbeddingsState state, SentenceVectors.Result sv) {
        words = sv.unknown();
        setVisible(!words.isEmpty());
        StringBuilder s = new StringBuilder();
        for (Map.Entry<MissingWord, List<String>> e : sv.unknownByReason().entrySet()) {
            s.append(s.isEmpty() ? "" : " ").append(e.getKey().sentence(e.getValue(), glove.size(), PageLanguage.current()));
        }
        why.setText(s.toString());
        minilm.show(state.folds().isOpen(EmbeddingsState.MINILM) && !words.isEmpty(), () -> {
            Div box = new Div();
            box.setId("minilm-rows");
            fill(box);
            return box;
        });
    }

    private void fill(Div box) {
        box.removeAll();
        MiniLmEncoder encoder = loader.ready().orElse(null);
        if (encoder == null) {
            Paragraph progress = new Paragraph();
            box.add(progress);
            WhenLoaded.poll(box, loader, progress::setText, () -> fill(box));
            return;
        }
        box.add(new Prose("embeddings", "minilm", Map.of("minilmDimensions", MiniLmEncoder.D_MODEL,
                "dimensions", glove.dimensions())));
        List<String> said = new ArrayList<>();
        List<double[]> rows = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (String w : words.subList(0, Math.min(SHOWN, words.size()))) {
            try {
                InputEmbedding.Rows r = InputEmbedding.of(loader, encoder, w, PageLanguage.current());
                List<String> ids = new ArrayList<>();
                for (int p = 0; p < r.pieces().size(); p++) {
                    ids.add(r.pieces().size() == 1 ? EmbeddingsView.say("minilm-id", "id", r.ids()[p])
                            : EmbeddingsView.say("minilm-piece-id", "piece", r.pieces().get(p), "id", r.ids()[p]));
                    rows.add(r.matrix().values()[p]);
                    labels.add(r.pieces().get(p));
                }
                said.add(ids.size() == 1 ? EmbeddingsView.say("minilm-one-token", "word", w, "ids", ids.getFirst())
                        : EmbeddingsView.say("minilm-tokens", "word", w, "count", ids.size(), "ids", String.join(", ", ids)));
            } catch (InvalidInputException e) {
                said.add(EmbeddingsView.say("minilm-none", "word", w, "reason", e.getMessage()));
            }
        }
        Paragraph ids = new Paragraph(EmbeddingsView.say("minilm-ids", "model", MiniLmEncoder.NAME,
                "said", String.join("; ", said)));
        ids.setId("minilm-ids");
        box.add(ids);
        if (!rows.isEmpty()) {
            box.add(new Strips(new Value.Matrix(rows.toArray(double[][]::new), labels,
                    NearestNeighbours.dimensionLabels(MiniLmEncoder.D_MODEL, PageLanguage.current()))));
        }
        if (words.size() > SHOWN) {
            box.add(new Paragraph(EmbeddingsView.say("minilm-more", "shown", SHOWN, "count", words.size())));
        }
    }
}
