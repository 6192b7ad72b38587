package org.forewarn.warning;

import java.time.Clock;
import java.time.Instant;

import org.forewarn.shared.database.ClusterJobs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A delivered warning nobody acknowledged in time becomes NO_RESPONSE, which puts it at the top of
 * the due queue for escalation. Runs every {@code forewarn.warning.sweep-interval}, on one node of
 * the cluster per tick ({@link ClusterJobs}); were it to run on two at once anyway, the version check
 * on each warning lets only one of them mark it.
 */
@Component
class AcknowledgmentSweep implements SchedulingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(AcknowledgmentSweep.class);

    private final Warnings warnings;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final WarningProperties properties;
    private final ClusterJobs cluster;

    AcknowledgmentSweep(Warnings warnings, TransactionTemplate tx, Clock clock, WarningProperties properties,
            ClusterJobs cluster) {
        this.warnings = warnings;
        this.tx = tx;
        this.clock = clock;
        this.properties = properties;
        this.cluster = cluster;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        cluster.schedule(registrar, "acknowledgment-sweep", properties.sweepInterval(), properties.sweepInterval(),
                this::sweep);
    }

    void sweep() {
        Instant now = clock.instant();
        for (Warning candidate : warnings.inStates(WarningState.DELIVERED)) {
            if (!candidate.unansweredBy(now)) {
                continue;
            }
            try {
                // The version check makes this lose cleanly to an acknowledgment recorded meanwhile.
                tx.executeWithoutResult(status -> {
                    candidate.markUnanswered(now);
                    warnings.save(candidate);
                });
            } catch (OptimisticLockingFailureException e) {
                log.debug("Warning {} changed while sweeping (acknowledged just now?); leaving it", candidate.id());
            }
        }
    }
}
