package dev.glassbox.ui.stats;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.glassbox.model.stats.SdKind;
import dev.glassbox.model.stats.StatsText;
import dev.glassbox.model.stats.WordFeatures;
import dev.glassbox.model.stats.ZScoreTable;
import dev.glassbox.ui.base.Answers;
import dev.glassbox.ui.base.Folds;
import dev.glassbox.ui.base.JourneyCard;
import dev.glassbox.ui.base.LessonCard;
import dev.glassbox.ui.base.PageLanguage;
import dev.glassbox.ui.base.Summaries;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;

/** The home page's card for {@link ZScoresView}: the sentence's word lengths as z-scores. */
@SpringComponent
@Order(80)
public class ZScoresCard implements LessonCard {

    @Override
    public JourneyCard card(String sentence) {
        WordFeatures wf = WordFeatures.ofText(sentence, PageLanguage.current());
        int longest = wf.words().size() >= 2 ? wf.longest() : -1;
        if (longest < 0) {
            return new JourneyCard("zscores", Say.zscores("card-title"), Say.zscores("card-text"),
                    new Paragraph("z = (x − μ) / σ"), "zscores", ZScoresState.initial(sentence).toQuery());
        }
        ZScoreTable t = wf.length().table();
        String description = Say.zscores("card-longest", "word", wf.words().get(longest),
                "z", Summaries.number(t.rows().get(longest).z()), "mean", Summaries.number(t.mean()));
        Component preview = Charts.dots(t, null);
        String lengths = Arrays.stream(wf.length().values()).mapToObj(Charts::plain).collect(Collectors.joining(", "));
        ZScoresState open = new ZScoresState(sentence, lengths, 1, SdKind.POPULATION, "", "", ZScoresState.DEFAULT_TOKEN,
                Folds.NONE, Answers.NONE);
        return new JourneyCard("zscores", Say.zscores("card-title"), description, preview, "zscores", open.toQuery());
    }
}
