package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Paragraph;
import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.EncoderRun;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import java.util.Optional;

/**
 * What every lesson built on the transformer does before it can show a number: say when the sentence was cut to
 * the encoder's limit, and while the model is still loading say how far it is and fill in by itself once it is
 * ready.
 */
public final class ModelSection {

    private ModelSection() {
    }

    /**
     * The encoder's reading of {@code input}, or empty while the model loads. Adds to {@code target} the note
     * {@code #truncation-note} when the text was cut, and, while loading, the progress line {@code #model-loading};
     * {@code retry} runs once the model is ready (see {@link WhenLoaded}).
     */
    public static Optional<EncoderRun> run(Component owner, HasComponents target, MiniLmLoader loader, EncoderInput input,
            Runnable retry) {
        if (input.truncated()) {
            target.add(note("truncation-note", input.note(PageLanguage.current())));
        }
        return encoder(owner, target, loader, retry).map(encoder -> ViewCompute.run(() -> loader.run(encoder, input)));
    }

    /**
     * The model, or empty while it loads: then {@code target} gets the progress line {@code #model-loading} and
     * {@code retry} runs once the model is ready.
     */
    public static Optional<MiniLmEncoder> encoder(Component owner, HasComponents target, MiniLmLoader loader,
            Runnable retry) {
        MiniLmEncoder encoder = loader.ready().orElse(null);
        if (encoder == null) {
            Paragraph loading = note("model-loading", loader.progress(PageLanguage.current()));
            target.add(loading);
            WhenLoaded.poll(owner, loader, loading::setText, retry);
            return Optional.empty();
        }
        return Optional.of(encoder);
    }

    private static Paragraph note(String id, String text) {
        Paragraph note = new Paragraph(text);
        note.setId(id);
        note.addClassName("gb-note");
        return note;
    }
}
