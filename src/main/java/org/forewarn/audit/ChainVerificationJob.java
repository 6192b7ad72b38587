package org.forewarn.audit;

import org.forewarn.shared.database.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Verifies the whole audit chain every {@code forewarn.audit.verify-every}, first
 * {@code forewarn.audit.first-verify-after} the start, so that an edited or deleted entry is reported
 * without waiting for an auditor to ask (see {@link ChainMonitor} for where it is reported). With
 * several nodes it runs on one of them per tick ({@link ClusterJobs}): the chain is one, and reading
 * all of it N times an hour would only cost the database. The node that verified reports the result
 * (the others' gauges keep their last value, NaN if they never verified): alert on the cluster's
 * minimum and latest, as the rules in docs/operations.md do.
 */
@Component
@EnableConfigurationProperties(AuditProperties.class)
class ChainVerificationJob implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(ChainVerificationJob.class);

    private final ChainMonitor monitor;
    private final AuditProperties properties;
    private final ClusterJobs cluster;

    ChainVerificationJob(ChainMonitor monitor, AuditProperties properties, ClusterJobs cluster) {
        this.monitor = monitor;
        this.properties = properties;
        this.cluster = cluster;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        cluster.schedule(registrar, "audit-chain-verification", properties.verifyEvery(),
                properties.firstVerifyAfter(), this::run);
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
