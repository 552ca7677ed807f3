package dev.glassbox;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.ColorScheme;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Glassbox: see how a language model reads a sentence, with the real numbers. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet(Lumo.UTILITY_STYLESHEET)
@StyleSheet("context://frontend/glassbox.css")
@StyleSheet("context://frontend/lesson.css")
@StyleSheet("context://frontend/access.css")
@ColorScheme(ColorScheme.Value.LIGHT_DARK)
// Live classes: the teacher's step reaches every student's screen by WebSocket, by long polling where a proxy blocks it;
// only the class pages keep a push connection (ui.live.ClassPush).
@Push(value = PushMode.DISABLED, transport = Transport.WEBSOCKET_XHR)
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Glassbox");
        settings.addMetaTag("description", "See how a language model reads a sentence, step by step, with the real numbers.");
    }
}
