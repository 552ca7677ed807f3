package dev.glassbox.ui.lesson;

import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.model.lesson.Language;

import dev.glassbox.model.lesson.LessonText;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import dev.glassbox.model.lesson.Lesson;
import dev.glassbox.model.lesson.LessonStep;
import dev.glassbox.ui.base.FromClient;
import dev.glassbox.ui.base.Notice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes one step: the page (chosen from the menu or pasted as a link, then set up in the live preview — the link
 * follows what is done there), the title and note, the controls to hide or lock (read from the preview's page), and
 * the question.
 */
final class StepEditor extends Div {

    private final Select<String> page = new Select<>();
    private final TextField link = new TextField(Words.say("class", "ui-link-field"));
    private final IFrame preview = new IFrame();
    private final TextField title = new TextField(Words.say("class", "ui-step-title"));
    private final TextArea note = new TextArea(Words.say("class", "ui-note"));
    private final CheckboxGroup<String> hide = new CheckboxGroup<>(Words.say("class", "ui-hide"));
    private final CheckboxGroup<String> lock = new CheckboxGroup<>(Words.say("class", "ui-lock"));
    private final QuestionEditor question = new QuestionEditor();
    private final Button save = new Button();
    private final Button cancel = new Button(Words.say("class", "ui-cancel"));
    private final Notice notice = new Notice("step-notice");
    private final Map<String, String> controlLabels = new LinkedHashMap<>();
    private final Consumer<LessonStep> onSave;
    private H2 heading;
    private int count;

    StepEditor(Consumer<LessonStep> onSave) {
        this.onSave = onSave;
        setId("step-editor");
        addClassName("gb-step-editor");

        Map<String, String> titles = new LinkedHashMap<>();
        for (MenuEntry e : MenuConfiguration.getMenuEntries()) {
            titles.put("/" + e.path().replaceFirst("^/", ""), menuTitle(e));
        }
        page.setId("view-choice");
        page.setLabel(Words.say("class", "ui-page-field"));
        page.setItems(new ArrayList<>(titles.keySet()));
        page.setItemLabelGenerator(p -> titles.getOrDefault(p, p));
        page.setPlaceholder(Words.say("class", "ui-choose-page"));
        FromClient.onChange(page, p -> useLink(p));

        link.setId("view-link");
        link.setWidthFull();
        link.setMaxLength(LessonStep.MAX_VIEW + 200);
        link.setHelperText(Words.say("class", "ui-link-helper"));
        FromClient.onChange(link, this::useLink);

        preview.setId("step-preview");
        preview.addClassName("gb-preview-frame");
        preview.getElement().setAttribute("title", Words.say("class", "ui-preview"));
        preview.getElement().addEventListener("gb-view", e -> followPreview(e.getEventData().get("event.detail").asString()))
                .addEventData("event.detail");
        preview.getElement().addEventListener("gb-controls", e -> controls(e.getEventData().get("event.detail").asString()))
                .addEventData("event.detail");

        title.setId("step-title-field");
        title.setMaxLength(Lesson.MAX_TITLE);
        title.setWidthFull();
        note.setId("step-note-field");
        note.setMaxLength(LessonStep.MAX_NOTE);
        note.setWidthFull();
        note.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        note.addValueChangeListener(e -> note.setHelperText(Words.say("class", "ui-note-helper",
                "n", e.getValue().length(), "max", LessonStep.MAX_NOTE)));

        hide.setId("step-hide");
        lock.setId("step-lock");
        hide.setItemLabelGenerator(this::controlLabel);
        lock.setItemLabelGenerator(this::controlLabel);
        hide.setHelperText(Words.say("class", "ui-hide-helper"));

        save.setId("save-step");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        cancel.setId("cancel-edit");
        cancel.addClickListener(e -> startNew(count));

        Div where = new Div(page, link);
        where.addClassName("gb-editor-where");
        Div text = new Div(title, note);
        Div controls = new Div(hide, lock);
        controls.addClassName("gb-editor-controls");
        Div buttons = new Div(save, cancel);
        buttons.addClassName("gb-step-buttons");
        Div form = new Div(where, text, controls, question, notice, buttons);
        form.addClassName("gb-editor-form");
        Div stage = new Div(preview);
        stage.addClassName("gb-editor-preview");
        add(form, stage);
        startNew(0);
    }

    void setHeading(H2 heading) {
        this.heading = heading;
        heading.setText(Words.say("class", "ui-step-n", "n", count + 1));
    }

    /** Clears the editor for a new step after {@code existing} steps. */
    void startNew(int existing) {
        count = existing;
        boolean full = existing >= Lesson.MAX_STEPS;
        fill(LessonStep.of("/", "", ""));
        link.clear();
        page.clear();
        preview.getElement().removeAttribute("src");
        preview.setVisible(false);
        save.setText(Words.say("class", "ui-add-step"));
        save.setEnabled(!full);
        cancel.setVisible(false);
        if (heading != null) {
            heading.setText(full ? Words.say("class", "ui-full") : Words.say("class", "ui-step-n", "n", existing + 1));
        }
        if (full) {
            notice.show(Words.say("class", "ui-full-notice", "max", Lesson.MAX_STEPS));
        }
    }

    /** Loads step {@code i} to be changed. */
    void edit(int i, LessonStep step) {
        fill(step);
        useLink(step.view());
        save.setText(Words.say("class", "ui-save-step", "n", i + 1));
        save.setEnabled(true);
        cancel.setVisible(true);
        if (heading != null) {
            heading.setText(Words.say("class", "ui-step-changing", "n", i + 1));
        }
    }

    private void fill(LessonStep step) {
        notice.clear();
        title.setValue(step.view().equals("/") && step.title().equals("Step") ? "" : step.title());
        note.setValue(step.note());
        controlLabels.clear();
        step.hide().forEach(id -> controlLabels.put(id, id));
        step.lock().forEach(id -> controlLabels.put(id, id));
        hide.setItems(new ArrayList<>(controlLabels.keySet()));
        lock.setItems(new ArrayList<>(controlLabels.keySet()));
        hide.setValue(Set.copyOf(step.hide()));
        lock.setValue(Set.copyOf(step.lock()));
        question.show(step.question(), step.route());
    }

    /** A link typed, pasted or chosen: checked, then shown in the preview. */
    private void useLink(String text) {
        notice.clear();
        try {
            String view = ViewLinks.normalise(text);
            link.setValue(view);
            page.setValue(page.getListDataView().getItems().anyMatch(p -> p.equals(route(view))) ? route(view) : null);
            preview.setSrc(Words.href(LessonLinks.view(LessonStep.of(view, "", "")) + (view.contains("?") ? "&" : "?") + "embed=1"));
            preview.setVisible(true);
            question.route(view.substring(1).split("\\?", 2)[0]);
        } catch (IllegalArgumentException e) {
            notice.show(Words.problem(e));
        }
    }

    /** The learner-facing page changed inside the preview: the link follows, the preview stays. */
    private void followPreview(String relative) {
        try {
            String view = ViewLinks.normalise("/" + relative);
            if (!view.equals(link.getValue())) {
                link.setValue(view);
                question.route(view.substring(1).split("\\?", 2)[0]);
            }
        } catch (IllegalArgumentException e) {
            // The preview went somewhere that is not a lesson page (e.g. a lesson): the link stays as it was.
        }
    }

    private static String route(String view) {
        return view.split("\\?", 2)[0];
    }

    /** The controls the preview's page reports: [{id, label}]. The chosen ones stay, even if the page lost them. */
    private void controls(String json) {
        JsonNode list;
        try {
            list = JsonMapper.builder().build().readTree(json);
        } catch (RuntimeException e) {
            return;
        }
        Set<String> hidden = new LinkedHashSet<>(hide.getValue());
        Set<String> locked = new LinkedHashSet<>(lock.getValue());
        Map<String, String> found = new LinkedHashMap<>();
        for (JsonNode c : list) {
            String id = c.path("id").asString("");
            if (LessonStep.CONTROL_ID.matcher(id).matches() && found.size() < 80) {
                found.put(id, c.path("label").asString(id));
            }
        }
        hidden.forEach(id -> found.putIfAbsent(id, controlLabels.getOrDefault(id, id)));
        locked.forEach(id -> found.putIfAbsent(id, controlLabels.getOrDefault(id, id)));
        if (found.equals(controlLabels)) {
            return;
        }
        controlLabels.clear();
        controlLabels.putAll(found);
        hide.setItems(new ArrayList<>(found.keySet()));
        lock.setItems(new ArrayList<>(found.keySet()));
        hide.setValue(hidden);
        lock.setValue(locked);
    }

    private String controlLabel(String id) {
        String label = controlLabels.getOrDefault(id, id);
        return label.equals(id) ? id : label + " (" + id + ")";
    }

    private void save() {
        notice.clear();
        try {
            String view = ViewLinks.normalise(link.getValue());
            List<String> hidden = hide.getSelectedItems().stream().toList();
            List<String> locked = lock.getSelectedItems().stream().filter(id -> !hidden.contains(id)).toList();
            onSave.accept(new LessonStep(view, title.getValue(), note.getValue(), question.question(), hidden, locked));
        } catch (IllegalArgumentException e) {
            notice.show(Words.problem(e));
        }
    }

    /** The menu's name of a page, in the page's language when the layout's lesson file names it. */
    private static String menuTitle(MenuEntry e) {
        String name = "menu-" + (e.path().replaceFirst("^/", "").isEmpty() ? "home" : e.path().replaceFirst("^/", "").replace('/', '-'));
        LessonText layout = PageLanguage.text("layout");
        return layout.names().contains(name) ? layout.plain(name) : e.title();
    }
}
