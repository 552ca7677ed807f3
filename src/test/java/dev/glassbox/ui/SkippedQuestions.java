package dev.glassbox.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * For the browser tests of a lesson whose questions change with its controls (a step, a layer, a setting): every
 * question is shown without answering whenever one appears, before an action or an assertion waits — not only after
 * opening a link, as {@link Questions#showAll} does. The questions themselves are tested in {@code LessonQuestionsIT}.
 */
final class SkippedQuestions {

    private SkippedQuestions() {
    }

    /**
     * Installs the handler on {@code page}; {@code idle} waits until the server has answered a press.
     *
     * @return the locator the handler watches, for {@link Page#removeLocatorHandler}
     */
    static Locator install(Page page, Runnable idle) {
        Locator open = page.locator(Questions.SHOW).first();
        // Playwright calls the handler whenever the locator is visible before an action or an assertion
        page.addLocatorHandler(open, button -> Questions.showAll(page, idle),
                new Page.AddLocatorHandlerOptions().setNoWaitAfter(true));
        return open;
    }
}
