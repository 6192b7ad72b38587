package org.forewarn.shared.database;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.forewarn.shared.ForewarnProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * This process's name among the nodes sharing one database: {@code forewarn.node-name}, or the host
 * name and process id. It is what {@code job_runs}, the fan-out chunks and {@code pg_stat_activity}
 * say, so operators can tell which node did what.
 */
@Component
public class NodeName {

    private static final Logger log = LoggerFactory.getLogger(NodeName.class);

    private final String name;

    NodeName(ForewarnProperties forewarn) {
        this.name = forewarn.nodeName() != null && !forewarn.nodeName().isBlank() ? forewarn.nodeName().strip()
                : hostName() + "-" + ProcessHandle.current().pid();
        log.info("This Forewarn node is named {} (forewarn.node-name)", name);
    }

    public String name() {
        return name;
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            String jvm = ManagementFactory.getRuntimeMXBean().getName();
            return jvm.contains("@") ? jvm.substring(jvm.indexOf('@') + 1) : "forewarn";
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
