package dev.glassbox.ui.lesson;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonStep;
import dev.glassbox.model.lesson.StepQuestion;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.IntConsumer;

/** The builder's steps in order, each with Up, Down, Edit and Remove. */
final class StepList extends Div {

    private final IntConsumer onEdit;
    private final BiConsumer<Integer, Integer> onMove;
    private final IntConsumer onRemove;

    StepList(IntConsumer onEdit, BiConsumer<Integer, Integer> onMove, IntConsumer onRemove) {
        this.onEdit = onEdit;
        this.onMove = onMove;
        this.onRemove = onRemove;
        setId("lesson-steps");
        addClassName("gb-step-list");
    }

    void show(List<LessonStep> steps) {
        removeAll();
        if (steps.isEmpty()) {
            add(new Paragraph(Words.say("class", "ui-no-steps")));
            return;
        }
        Span count = new Span(Words.say("class", "ui-step-count", "n", steps.size(), "max", Lesson.MAX_STEPS));
        count.setId("step-count");
        count.addClassName("gb-note");
        OrderedList list = new OrderedList();
        for (int i = 0; i < steps.size(); i++) {
            list.add(row(i, steps.size(), steps.get(i)));
        }
        add(count, list);
    }

    private ListItem row(int i, int n, LessonStep step) {
        Span name = new Span(step.title());
        name.addClassName("gb-step-list-title");
        Span where = new Span(step.view());
        where.addClassName("gb-step-list-view");
        List<String> extras = new java.util.ArrayList<>();
        if (!step.hide().isEmpty()) {
            extras.add(Words.say("class", "ui-hides", "ids", String.join(", ", step.hide())));
        }
        if (!step.lock().isEmpty()) {
            extras.add(Words.say("class", "ui-locks", "ids", String.join(", ", step.lock())));
        }
        if (!(step.question() instanceof StepQuestion.None)) {
            extras.add(Words.say("class", step.question() instanceof StepQuestion.OwnChoice ? "ui-own-question" : "ui-views-question"));
        }
        Span more = new Span(String.join(" · ", extras));
        more.addClassName("gb-note");
        Button up = small("step-up-" + i, VaadinIcon.ARROW_UP, Words.say("class", "ui-move-up", "n", i + 1), () -> onMove.accept(i, -1));
        up.setEnabled(i > 0);
        Button down = small("step-down-" + i, VaadinIcon.ARROW_DOWN, Words.say("class", "ui-move-down", "n", i + 1),
                () -> onMove.accept(i, 1));
        down.setEnabled(i < n - 1);
        Button edit = small("step-edit-" + i, VaadinIcon.EDIT, Words.say("class", "ui-edit-step", "n", i + 1), () -> onEdit.accept(i));
        Button remove = small("step-remove-" + i, VaadinIcon.TRASH, Words.say("class", "ui-remove-step", "n", i + 1), () -> onRemove.accept(i));
        Div text = new Div(name, where, more);
        text.addClassName("gb-step-list-text");
        Div buttons = new Div(up, down, edit, remove);
        buttons.addClassName("gb-step-list-buttons");
        ListItem item = new ListItem(text, buttons);
        item.setId("lesson-step-" + i);
        return item;
    }

    private static Button small(String id, VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> action.run());
        b.setId(id);
        b.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        b.setAriaLabel(label);
        b.setTooltipText(label);
        return b;
    }
}
