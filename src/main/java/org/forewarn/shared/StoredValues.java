package org.forewarn.shared;

import java.util.function.Supplier;

/**
 * Reading back what is already stored. Value objects check their input in their constructors, and
 * the same constructors rebuild them from the database; the rules for new input may have been
 * tightened since a value was written (a length, a point limit, a character), and one old row must
 * not make a whole list unreadable. While a stored value is read, {@link Violations} collects
 * problems but does not refuse.
 */
public final class StoredValues {

    private static final ThreadLocal<Integer> READING = ThreadLocal.withInitial(() -> 0);

    private StoredValues() {
    }

    public static <T> T read(Supplier<T> reading) {
        READING.set(READING.get() + 1);
        try {
            return reading.get();
        } finally {
            int depth = READING.get() - 1;
            if (depth == 0) {
                READING.remove();
            } else {
                READING.set(depth);
            }
        }
    }

    /** Whether a stored value is being read on this thread (input rules do not apply). */
    public static boolean beingRead() {
        return READING.get() > 0;
    }
}
