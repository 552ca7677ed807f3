package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.dependency.StyleSheet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One chart over numeric axes: a single {@code <gb-plot>} element (frontend/plots.js) fed one compact JSON
 * value, drawing layers — shaded bands, a shaded area under a curve, histogram bars, curves, vertical
 * markers, a dot plot, scatter points — with a one-sentence summary and the chart's numbers as a table.
 */
@Tag("gb-plot")
@JavaScript("context://frontend/base.js")
@JavaScript("context://frontend/plots.js")
@StyleSheet("context://frontend/plots.css")
public class Plot extends Component {

    private final Map<String, Object> data = new LinkedHashMap<>();
    private final List<Map<String, Object>> layers = new ArrayList<>();

    /** A chart with {@code summary} as its spoken and written one-sentence description. */
    public Plot(String summary) {
        data.put("summary", summary);
        data.put("layers", layers);
        addClassName("gb-plot");
    }

    /** The horizontal axis: its name and range. */
    public Plot x(String label, double lo, double hi) {
        data.put("xLabel", label);
        data.put("x", List.of(lo, hi));
        return this;
    }

    /** The vertical axis: its name and range (a chart without one, like a dot plot, has no y axis). */
    public Plot y(String label, double lo, double hi) {
        data.put("yLabel", label);
        data.put("y", List.of(lo, hi));
        return this;
    }

    /** The chart's height in drawing units (the width is 680); 300 unless set. */
    public Plot height(int height) {
        data.put("height", height);
        return this;
    }

    /** Shaded vertical bands, widest first; each item is {@code from, to, label}. */
    public Plot bands(List<Band> bands, String legend) {
        return layer("bands", legend, null, "items", bands);
    }

    /** The area under a curve given as {@code (x, y)} points, shaded. */
    public Plot area(double[][] points, String legend) {
        return layer("area", legend, null, "points", points);
    }

    /** A curve through {@code (x, y)} points; {@code tone} "reference" draws it dashed. */
    public Plot line(double[][] points, String legend, String tone) {
        return layer("line", legend, tone, "points", points);
    }

    /** Histogram bars: {@code (left, right, height)} each. */
    public Plot bars(double[][] bars, String legend) {
        return layer("bars", legend, null, "bars", bars);
    }

    /** A vertical marker at {@code x} with a short label; {@code row} moves the label down to avoid overlaps. */
    public Plot vline(double x, String label, String tone, int row) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("type", "vline");
        l.put("x", x);
        l.put("label", label);
        l.put("row", row);
        if (tone != null) {
            l.put("tone", tone);
        }
        layers.add(l);
        return this;
    }

    /** A dot plot along the x axis (equal values stack); each dot's label is its tooltip. */
    public Plot dots(double[] xs, List<String> labels, String legend, String tone) {
        layer("dots", legend, tone, "xs", xs);
        layers.getLast().put("labels", labels);
        return this;
    }

    /** Scatter points {@code (x, y)}, each labelled. */
    public Plot points(double[][] points, List<String> labels, String legend) {
        layer("points", legend, null, "points", points);
        layers.getLast().put("labels", labels);
        return this;
    }

    /** The chart's numbers as a table (the alternative to the picture). */
    public Plot table(List<String> columns, List<List<Object>> rows) {
        data.put("table", Map.of("columns", columns, "rows", rows));
        return this;
    }

    /** Sends the chart to the browser; call once after the last layer. */
    public Plot draw() {
        getElement().setProperty("data", FigureJson.of(data));
        return this;
    }

    private Plot layer(String type, String legend, String tone, String key, Object value) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("type", type);
        if (legend != null) {
            l.put("legend", legend);
        }
        if (tone != null) {
            l.put("tone", tone);
        }
        l.put(key, value);
        layers.add(l);
        return this;
    }

    /** One shaded band of {@link #bands}. */
    public record Band(double from, double to, String label) {
    }
}
