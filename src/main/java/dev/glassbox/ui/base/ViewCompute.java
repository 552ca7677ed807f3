package dev.glassbox.ui.base;

import com.vaadin.flow.server.VaadinService;
import dev.glassbox.compute.BusyException;
import dev.glassbox.compute.Compute;
import java.util.concurrent.Callable;

/**
 * Every model run of a view goes through the app's one {@link Compute} executor, so that a class of learners shares
 * the machine fairly. When it is full, the {@link BusyException} ends the navigation in {@link BusyView}, which tries
 * the same link again by itself. Outside a running app (a unit test of a section) the work runs on the caller's thread.
 */
public final class ViewCompute {

    private ViewCompute() {
    }

    /** The result of {@code work}, computed on the compute executor. */
    public static <T> T run(Callable<T> work) {
        Compute compute = compute();
        if (compute != null) {
            return compute.run(work);
        }
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The app's executor, or null outside a running app. */
    static Compute compute() {
        VaadinService service = VaadinService.getCurrent();
        return service == null ? null : service.getInstantiator().getOrCreate(Compute.class);
    }
}
