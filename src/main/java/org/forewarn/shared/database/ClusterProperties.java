package org.forewarn.shared.database;

import java.time.Duration;

import org.forewarn.shared.SettingChecks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the nodes sharing one database coordinate ({@code forewarn.cluster.*}).
 *
 * @param jobRunsKept         how long the record of each once-per-cluster job run is kept
 * @param listenReconnectMax  the longest wait between attempts to reconnect the LISTEN connection
 */
@ConfigurationProperties("forewarn.cluster")
record ClusterProperties(@DefaultValue("7d") Duration jobRunsKept,
                         @DefaultValue("10s") Duration listenReconnectMax) {

    ClusterProperties {
        SettingChecks.of("forewarn.cluster").positive(jobRunsKept, "job-runs-kept")
                .positive(listenReconnectMax, "listen-reconnect-max").orThrow();
    }
}
