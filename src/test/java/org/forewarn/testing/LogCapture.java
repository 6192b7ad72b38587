package org.forewarn.testing;

import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.slf4j.LoggerFactory;

/** Everything the application logs while it is open, to assert that something went by without a warning. */
public final class LogCapture implements AutoCloseable {

    /** Connection-pool housekeeping warns when a loaded machine pauses it; it says nothing about the code under test. */
    private static final String POOL = "com.zaxxer.hikari";

    private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

    private LogCapture() {
        appender.start();
        root.addAppender(appender);
    }

    public static LogCapture start() {
        return new LogCapture();
    }

    /** Each WARN or ERROR logged so far, as "LEVEL logger: message (exception)". */
    public List<String> warningsAndErrors() {
        synchronized (appender) { // AppenderBase.doAppend holds the same lock
            return appender.list.stream()
                    .filter(e -> e.getLevel().isGreaterOrEqual(Level.WARN) && !e.getLoggerName().startsWith(POOL))
                    .map(e -> e.getLevel() + " " + e.getLoggerName() + ": " + e.getFormattedMessage()
                            + describe(e.getThrowableProxy()))
                    .toList();
        }
    }

    private static String describe(IThrowableProxy t) {
        return t == null ? "" : " (" + t.getClassName() + ": " + t.getMessage() + ")";
    }

    @Override
    public void close() {
        root.detachAppender(appender);
        appender.stop();
    }
}
