package dev.glassbox.model.lstm;

import java.util.Objects;

/**
 * An experiment on the gates: after the gates are computed, the forget gate may be forced to 0 ("forget
 * everything") or 1 ("keep everything"), and the input gate to 0 ("add nothing"). The pre-activations stay as
 * computed; only the activations used in c_t = f ⊙ c_{t−1} + i ⊙ g are replaced.
 */
public record WhatIf(Forget forget, boolean inputOff) {

    /** What happens to the forget gate. */
    public enum Forget {
        /** f as the network computes it. */
        AS_TRAINED,
        /** f = 0: nothing of c_{t−1} is kept. */
        ZERO,
        /** f = 1: all of c_{t−1} is kept. */
        ONE
    }

    /** No experiment: the network as trained. */
    public static final WhatIf NONE = new WhatIf(Forget.AS_TRAINED, false);

    public WhatIf {
        Objects.requireNonNull(forget);
    }

    public boolean isNone() {
        return forget == Forget.AS_TRAINED && !inputOff;
    }
}
