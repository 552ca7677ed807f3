package dev.glassbox.ui.live;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import dev.glassbox.model.live.LiveClass;
import java.util.function.Consumer;

/**
 * A screen following its class: while the screen is attached, every change of the class is rendered on it through
 * server push; when it leaves, it stops listening.
 */
final class Following {

    private final Component screen;
    private final Consumer<LiveClass.Snapshot> render;
    private LiveClass live;
    private Runnable stop = () -> { };

    Following(Component screen, Consumer<LiveClass.Snapshot> render) {
        this.screen = screen;
        this.render = render;
        screen.addAttachListener(e -> start(e.getUI()));
        screen.addDetachListener(e -> stop.run());
    }

    /** Follows {@code c} from now on, or nothing when {@code c} is {@code null}. */
    void follow(LiveClass c) {
        stop.run();
        live = c;
        screen.getUI().ifPresent(this::start);
    }

    private void start(UI ui) {
        stop.run();
        stop = live == null ? () -> { } : live.listen(s -> ui.access(() -> render.accept(s)));
    }
}
