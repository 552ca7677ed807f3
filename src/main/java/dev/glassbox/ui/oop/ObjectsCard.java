package dev.glassbox.ui.oop;

import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.model.lesson.LessonText;
import dev.glassbox.model.oop.PythonLessons;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;
import dev.glassbox.ui.base.PageLanguage;
import org.springframework.core.annotation.Order;

/** The home page's card for the Python track: a few lines of the Dog class, linking to {@link ObjectsView}. */
@SpringComponent
@Order(100)
public class ObjectsCard implements LessonCard {

    @Override
    public JourneyCard card(String sentence) {
        Pre preview = new Pre(PythonLessons.snippet("objects", "card"));
        preview.addClassName("gb-lesson-code");
        LessonText text = PageLanguage.text("python");
        return new JourneyCard("python", text.plain("card-title"), text.plain("card"), preview, "python/objects",
                QueryParameters.empty());
    }
}
