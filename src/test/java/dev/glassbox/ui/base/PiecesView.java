package dev.glassbox.ui.base;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import java.util.Set;

/** A page made only of the shared lesson pieces, for their browser test (test scope: not part of the app). */
@Route("test/pieces")
public class PiecesView extends Main implements BeforeEnterObserver {

    private final Fold fold = new Fold("steps", "Step by step");
    private Folds folds = Folds.NONE;

    public PiecesView() {
        H2 later = new H2("Later");
        later.setId("later");
        Paragraph spacer = new Paragraph("…");
        spacer.setHeight("3000px");
        add(new H1("Pieces"), new Contents(new Contents.Entry("later", "Later")), new Prose("pieces", "intro"), fold,
                spacer, later);
        fold.onToggle(open -> {
            folds = folds.with(fold.name(), open);
            UrlState.replace(PiecesView.class, Query.of(Folds.PARAMETER, folds.parameter()));
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        folds = Folds.parse(new Query(event.getLocation().getQueryParameters()), Set.of("steps"));
        fold.show(folds.isOpen("steps"), () -> new Prose("pieces", "fold"));
    }
}
