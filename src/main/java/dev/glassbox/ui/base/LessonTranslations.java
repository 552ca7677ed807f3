package dev.glassbox.ui.base;

import com.vaadin.flow.i18n.I18NProvider;
import dev.glassbox.model.lesson.Language;
import dev.glassbox.model.lesson.LessonText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translation provider, reading the lesson files: {@code getTranslation("layout:skip")} is section {@code skip}
 * of {@code lessons/layout/text.md} in the UI's language ({@code text.es.md} for Spanish), its placeholders filled
 * from name–value pairs ({@code getTranslation("common:text-long", "n", 600, "max", 500)}) or one {@link Map}.
 * The languages offered are also the ones Vaadin matches a browser's preferred languages against.
 */
@Component
public class LessonTranslations implements I18NProvider {

    @Override
    public List<Locale> getProvidedLocales() {
        return Arrays.stream(Language.values()).filter(l -> l != Language.PSEUDO).map(Language::locale).toList();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon <= 0) {
            return "!" + key;
        }
        Language language = Language.of(locale).orElse(Language.ENGLISH);
        LessonText text = LessonText.of(key.substring(0, colon), language);
        String section = key.substring(colon + 1);
        if (!text.names().contains(section)) {
            return "!" + key;
        }
        if (params.length == 1 && params[0] instanceof Map<?, ?> values) {
            @SuppressWarnings("unchecked")
            Map<String, ?> named = (Map<String, ?>) values;
            return text.plain(section, named);
        }
        return text.line(section, params);
    }
}
