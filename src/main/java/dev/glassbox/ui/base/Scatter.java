package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JavaScript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A labelled 2-D map: one {@code <gb-scatter>} element (frontend/scatter.js) fed one compact JSON value, drawn with
 * a summary sentence, two marker shapes for two groups, and a keyboard-navigable list of the same points.
 */
@Tag("gb-scatter")
@JavaScript("context://frontend/base.js")
@JavaScript("context://frontend/scatter.js")
public class Scatter extends Component {

    /** One point: its label, group (0 or 1), a short note shown in the list ("" for none), and coordinates. */
    public record Point(String label, int group, String note, double x, double y) {
    }

    public Scatter(List<Point> points, String xLabel, String yLabel, List<String> groupNames, String summary) {
        this(points, xLabel, yLabel, groupNames, summary, Map.of());
    }

    /**
     * The same, with the element's own sentences and labels in the page's language ({@code text}: hiddenOne,
     * hiddenOther — with {n} for the count —, hint, list, listSummary, columnLabel, columnGroup, columnNote).
     */
    public Scatter(List<Point> points, String xLabel, String yLabel, List<String> groupNames, String summary,
            Map<String, String> text) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("points", points);
        data.put("xLabel", xLabel);
        data.put("yLabel", yLabel);
        data.put("groupNames", groupNames);
        data.put("summary", summary);
        if (!text.isEmpty()) {
            data.put("text", text);
        }
        getElement().setProperty("data", FigureJson.of(data));
    }
}
