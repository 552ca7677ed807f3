package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import dev.glassbox.model.trace.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One figure: a single {@code <gb-figure>} element fed one compact JSON value, which draws it (heat strip,
 * heatmap, token chips, table) together with a one-sentence summary and its numbers as a table. A matrix entry of
 * −∞ (a mask before a softmax) is drawn as a hatched cell and written "−∞", never as a number.
 */
@Tag("gb-figure")
@JavaScript("context://frontend/base.js")
@JavaScript("context://frontend/figures.js")
public class Figure extends Component {

    /** The value's part of the data as JSON text, converted once ({@link FigureJson}). */
    private final String value;
    /** The summary and the settings: small, and written again with each setting. */
    private final Map<String, Object> settings = new LinkedHashMap<>();

    /** Converted values shared by every page, at most {@link #SHARED_CHARACTERS} characters, least recently used out. */
    private static final Map<Object, String> SHARED = new LinkedHashMap<>(16, 0.75f, true);
    private static final long SHARED_CHARACTERS = 32L << 20;
    private static long sharedCharacters;

    private Figure(String value, String summary) {
        this.value = value;
        settings.put("summary", summary);
        addClassName("gb-figure");
        push();
    }

    private Figure(Value value, String summary) {
        this(FigureJson.of(describe(value)), summary);
    }

    /**
     * A figure of a value that depends only on {@code key} (say, the sizes it was computed for), whatever the
     * learner: its numbers are converted once for every page that shows it (up to 32 MB of them are kept).
     */
    public static Figure shared(Object key, Supplier<Value> value, String summary) {
        String json;
        synchronized (SHARED) {
            json = SHARED.get(key);
        }
        if (json == null) {
            json = FigureJson.of(describe(value.get()));
            synchronized (SHARED) {
                if (SHARED.putIfAbsent(key, json) == null) {
                    sharedCharacters += json.length();
                }
                var eldest = SHARED.entrySet().iterator();
                while (sharedCharacters > SHARED_CHARACTERS && eldest.hasNext()) {
                    sharedCharacters -= eldest.next().getValue().length();
                    eldest.remove();
                }
            }
        }
        return new Figure(json, summary);
    }

    /** A figure of {@code value} with the generic summary of its kind. */
    public static Figure of(Value value) {
        return new Figure(value, Summaries.of(value));
    }

    /** A figure of {@code value} with a summary written for its lesson. */
    public static Figure of(Value value, String summary) {
        return new Figure(value, summary);
    }

    /** Shows the ids of a token list. */
    public Figure showIds(boolean show) {
        return set("showIds", show);
    }

    /** Marks some chips of a token list (by index) with a strong outline, e.g. the pair just merged. */
    public Figure marks(List<Integer> indexes) {
        return set("marks", List.copyOf(indexes));
    }

    /** Fixes the colour scale, e.g. [0, 1] for probabilities. */
    public Figure range(double low, double high) {
        return set("range", List.of(low, high));
    }

    /** How many decimals the figure writes. */
    public Figure digits(int digits) {
        return set("digits", digits);
    }

    /**
     * Gives each cell of a matrix a short text (e.g. a character) drawn in the cell instead of its number; the
     * read-out and the table then give both. One list per row, one entry per column.
     */
    public Figure cellLabels(List<List<String>> labels) {
        return set("cellLabels", labels.stream().map(List::copyOf).toList());
    }

    /** Names the axes in the spoken read-out ("query", "key"). */
    public Figure axes(String rowAxis, String columnAxis) {
        set("rowAxis", rowAxis);
        return set("columnAxis", columnAxis);
    }

    /** Adds one setting; the figure's numbers are converted once, not again for every setting. */
    private Figure set(String key, Object setting) {
        settings.put(key, setting);
        push();
        return this;
    }

    /** The data: the value's object with the settings' members added (both are JSON objects). */
    private void push() {
        String more = FigureJson.of(settings);
        getElement().setProperty("data", value.substring(0, value.length() - 1) + "," + more.substring(1));
    }

    private static Map<String, Object> describe(Value value) {
        Map<String, Object> d = new LinkedHashMap<>();
        switch (value) {
            case Value.Scalar s -> {
                d.put("kind", "scalar");
                d.put("value", s.value());
                d.put("unit", s.unit());
            }
            case Value.Vector v -> {
                d.put("kind", "vector");
                d.put("values", v.values());
                d.put("labels", v.labels());
            }
            case Value.Matrix m -> {
                d.put("kind", "matrix");
                d.put("values", m.values());
                d.put("rowLabels", m.rowLabels());
                d.put("columnLabels", m.columnLabels());
            }
            case Value.TokenList t -> {
                d.put("kind", "tokens");
                d.put("texts", t.texts());
                d.put("ids", t.ids());
            }
            case Value.Table t -> {
                d.put("kind", "table");
                d.put("columns", t.columns());
                d.put("rows", t.rows());
            }
        }
        return d;
    }
}
