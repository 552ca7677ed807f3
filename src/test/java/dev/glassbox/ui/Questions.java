package dev.glassbox.ui;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The predict-then-check questions of a page, for tests about the figures behind them. */
final class Questions {

    /** The "Show without answering" buttons of the questions not yet answered. */
    static final String SHOW = ".gb-question vaadin-button[id$='-show']:visible";

    private Questions() {
    }

    /**
     * Presses "Show without answering" on every question still open, one after another (each press waits until
     * Vaadin is idle), as a learner who wants the figures at once does.
     */
    static void showAll(Page page, Runnable idle) {
        for (int i = 0; i < 20; i++) {
            Locator open = page.locator(SHOW);
            if (open.count() == 0) {
                return;
            }
            open.first().click();
            idle.run();
        }
    }
}
