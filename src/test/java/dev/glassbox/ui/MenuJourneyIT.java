package dev.glassbox.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.options.AriaRole;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Journeys through the side menu: the sentence travels from lesson to lesson unchanged, on a laptop and a phone. */
class MenuJourneyIT extends ModelBrowserTest {

    /** Spaces, an apostrophe, an accent and an emoji outside the Basic Multilingual Plane. */
    private static final String SENTENCE = "Café 🐋 don't";

    /** Every menu entry, in menu order, then back to the first lessons; true where the lesson has a sentence field. */
    private record Stop(String title, boolean field) {
    }

    private static final List<Stop> JOURNEY = List.of(new Stop("Tokens", true), new Stop("Embeddings", true),
            new Stop("Positions", false), new Stop("Attention", true), new Stop("Encoder", true), new Stop("Decoder", true),
            new Stop("Generation", true), new Stop("Full transformer", false),
            new Stop("LSTM", true),
            new Stop("z-scores", true), new Stop("Normal distribution", false), new Stop("Python: objects", false),
            new Stop("Python: encapsulation", false), new Stop("Python: abstraction", false),
            new Stop("Python: inheritance", false), new Stop("Start", true), new Stop("Tokens", true),
            new Stop("Attention", true));

    /** The frame, rooted at the app layout. */
    private record Frame(Locator root) {
        Locator item(String title) {
            return root.locator("#lesson-menu").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title).setExact(true));
        }

        Locator currentSentence() {
            return root.locator("#current-sentence");
        }

        Locator field() {
            return root.locator("#sentence input");
        }
    }

    @Test
    void clicking_through_the_whole_menu_on_a_laptop_keeps_the_sentence() {
        open("/attention?s=" + encode(SENTENCE));
        walk(false);
        screenshot("menu-journey-laptop");
        assertNoScriptRan();
    }

    @Test
    void clicking_through_the_phone_drawer_keeps_the_sentence() {
        phone(390);
        open("/attention?s=" + encode(SENTENCE));
        walk(true);
        screenshot("menu-journey-phone");
        // Walking the drawer this fast, Chromium reports requests cancelled mid-flight ("AbortError: The user aborted a
        // request."); they are no error of the page's scripts, and what each stop shows was checked above.
        pageErrors.removeIf(e -> e.startsWith("AbortError: The user aborted a request."));
        assertNoScriptRan();
    }

    private void walk(boolean drawer) {
        Frame frame = new Frame(page.locator("vaadin-app-layout"));
        assertThat(frame.field()).hasValue(SENTENCE);
        for (Stop stop : JOURNEY) {
            if (drawer && !"true".equals(String.valueOf(page.locator("vaadin-app-layout").evaluate("l => l.drawerOpened")))) {
                page.locator("vaadin-drawer-toggle").click();
            }
            String before = page.url();
            frame.item(stop.title()).click();
            try {
                // Each stop is another route than the one before: wait for the navigation itself, then for the server.
                page.waitForCondition(() -> !page.url().equals(before));
                idle();
                assertThat(frame.currentSentence()).hasText("“" + SENTENCE + "”");
                String query = page.url().contains("?") ? page.url().substring(page.url().indexOf('?') + 1) : "";
                org.assertj.core.api.Assertions.assertThat(QueryParameters.fromString(query).getSingleParameter("s"))
                        .contains(SENTENCE);
                if (stop.field()) {
                    assertThat(frame.field()).hasValue(SENTENCE);
                }
            } catch (AssertionError | PlaywrightException e) {
                throw new AssertionError("after clicking “" + stop.title() + "” in the menu: " + e.getMessage(), e);
            }
        }
    }
}
