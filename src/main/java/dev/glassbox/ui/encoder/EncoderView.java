package dev.glassbox.ui.encoder;

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
import dev.glassbox.model.embedding.Words;
import dev.glassbox.model.encoder.EncoderInput;
import dev.glassbox.model.encoder.MiniLmEncoder;
import dev.glassbox.model.encoder.MiniLmLoader;
import dev.glassbox.model.text.InvalidInputException;
import dev.glassbox.ui.base.Contents;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.ModelSection;
import dev.glassbox.ui.base.Notice;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Parsed;
import dev.glassbox.ui.base.Prediction;
import dev.glassbox.ui.base.Prose;
import dev.glassbox.ui.base.SentenceField;
import dev.glassbox.ui.base.UrlState;
import java.util.List;
import java.util.stream.IntStream;

/** Lesson 5: the whole encoder layer of all-MiniLM-L6-v2 as a flow of boxes; each box shows its tensor. */
@Route("encoder")
@PageTitle("The encoder — Glassbox")
@Menu(order = 5, title = "Encoder", icon = "vaadin:cubes")
public class EncoderView extends Main implements BeforeEnterObserver {

    private final MiniLmLoader loader;
    private final SentenceField field = new SentenceField();
    private final Select<Integer> layer = new Select<>();
    private final Notice notice = new Notice("encoder-notice");
    private final FlowSection flow = new FlowSection(this::go);
    private final BoxSection box = new BoxSection(this::answer);
    private final Div content = new Div();
    private EncoderState state;

    public EncoderView(MiniLmLoader loader) {
        this.loader = loader;
        addClassName("gb-page");
        layer.setId("layer");
        layer.setLabel(say("layer-label"));
        layer.setItems(IntStream.range(0, MiniLmEncoder.LAYERS).boxed().toList());
        content.setId("encoder-content");
        add(new H1(say("title")),
                new Contents(new Contents.Entry("encoder-flow", say("contents-flow")),
                        new Contents.Entry("encoder-content", say("contents-box"))),
                new Prose("encoder", "intro"), field, notice, layer, flow, content);
        field.onSentence(s -> go(state.withSentence(s)), notice::show);
        FromClient.onChange(layer, l -> go(state.withLayer(l)));
    }

    /** Section {@code name} of the encoder lesson in the page's language, the values inserted as they are. */
    static String say(String name, Object... keyValues) {
        return Words.line("encoder", PageLanguage.current(), name, keyValues);
    }

    private void go(EncoderState next) {
        UI.getCurrent().navigate(EncoderView.class, next.toQuery());
    }

    /** A learner answered a question: only the link changes. */
    private void answer(Prediction question, String value) {
        state = state.withAnswer(question, value);
        UrlState.replace(EncoderView.class, state.toQuery());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Parsed<EncoderState> parsed = EncoderState.parse(event.getLocation().getQueryParameters());
        state = parsed.state();
        field.setValue(state.sentence());
        layer.setValue(state.layer());
        flow.show(state);
        render(parsed.problems());
    }

    private void render(List<String> problems) {
        content.removeAll();
        notice.clear();
        EncoderInput input;
        try {
            input = EncoderInput.of(state.sentence());
        } catch (InvalidInputException e) {
            notice.show(e.getMessage());
            return;
        }
        notice.show(problems);
        ModelSection.run(this, content, loader, input, () -> render(List.of())).ifPresent(run -> {
            box.show(state, run);
            content.add(box);
        });
    }
}
