package dev.glassbox.ui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Emphasis;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.glassbox.model.lesson.Block;
import dev.glassbox.model.lesson.Inline;
import dev.glassbox.model.lesson.LessonText;
import java.util.List;
import java.util.Map;

/**
 * Lesson prose from a lesson file ({@link LessonText}) as components: paragraphs, sub-headings, lists and formulas.
 * Everything is set as text, never as HTML.
 */
public class Prose extends Div {

    /** Section {@code name} of lesson {@code concept}. */
    public Prose(String concept, String name) {
        this(PageLanguage.text(concept).section(name));
    }

    /** Section {@code name} of lesson {@code concept} with its {@code {{placeholders}}} filled. */
    public Prose(String concept, String name, Map<String, ?> values) {
        this(PageLanguage.text(concept).section(name, values));
    }

    public Prose(List<Block> blocks) {
        addClassName("gb-prose");
        blocks.forEach(b -> add(block(b)));
    }

    /** One paragraph of section {@code name} (its first block), e.g. to place beside a control. */
    public static Paragraph paragraph(String concept, String name) {
        Paragraph p = new Paragraph();
        Block first = PageLanguage.text(concept).section(name).getFirst();
        if (first instanceof Block.Paragraph para) {
            runs(p, para.runs());
        } else {
            throw new IllegalArgumentException(concept + "/" + name + " is not a paragraph");
        }
        return p;
    }

    static Component block(Block block) {
        return switch (block) {
            case Block.Paragraph p -> runs(new Paragraph(), p.runs());
            case Block.Heading h -> new H3(h.text());
            case Block.Display d -> {
                Div line = new Div(new Formula(d.formula(), true));
                line.addClassName("gb-display-formula");
                yield line;
            }
            case Block.Bullets b -> {
                UnorderedList list = new UnorderedList();
                b.items().forEach(item -> list.add(runs(new ListItem(), item)));
                yield list;
            }
        };
    }

    /** Adds {@code runs} to {@code target} and returns it. */
    public static <C extends Component & HasComponents> C runs(C target, List<Inline> runs) {
        for (Inline run : runs) {
            target.add(switch (run) {
                case Inline.Plain t -> new Text(t.text());
                case Inline.Emphasis t -> new Emphasis(t.text());
                case Inline.Strong t -> strong(t.text());
                case Inline.Code t -> new Code(t.text());
                case Inline.Math t -> new Formula(t.text());
                case Inline.Link t -> new Anchor(t.href(), t.text());
            });
        }
        return target;
    }

    private static Strong strong(String text) {
        Strong s = new Strong();
        s.setText(text);
        return s;
    }

    /** Strong importance ({@code <strong>}). */
    @Tag("strong")
    static final class Strong extends HtmlContainer {
    }
}
