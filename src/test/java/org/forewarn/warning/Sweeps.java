package org.forewarn.warning;

import org.springframework.context.ApplicationContext;

/** Runs the acknowledgment sweep for tests outside this package (it is package-private, as it should be). */
public final class Sweeps {

    private Sweeps() {
    }

    public static void acknowledgments(ApplicationContext context) {
        context.getBean(AcknowledgmentSweep.class).sweep();
    }
}
