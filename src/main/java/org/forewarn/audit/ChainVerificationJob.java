package org.forewarn.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Verifies the whole audit chain every {@code forewarn.audit.verify-every}, first
 * {@code forewarn.audit.first-verify-after} the start, so that an edited or deleted entry is reported
 * without waiting for an auditor to ask (see {@link ChainMonitor} for where it is reported). The work
 * is the one method {@link #run()}, so that it can be wrapped whole (e.g. to run once per cluster).
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
class ChainVerificationJob implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ChainVerificationJob.class);

    private final ChainMonitor monitor;
    private final AuditProperties properties;

    ChainVerificationJob(ChainMonitor monitor, AuditProperties properties) {
        this.monitor = monitor;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(this::run, properties.verifyEvery(),
                properties.firstVerifyAfter()));
    }

    /** One verification; a failure to verify at all (the database away) is logged and tried next time. */
    void run() {
        try {
            monitor.verify();
        } catch (RuntimeException e) {
            log.error("Could not verify the audit chain; trying again in {}", properties.verifyEvery(), e);
        }
    }
}
