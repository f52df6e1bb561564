package bank.ledger.projections.support.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single-node jobs ({@code ledger.jobs.*}, docs/configuration.md "Scheduled jobs"): the name this node
 * holds a job's lease under, and how long a lease lasts when the node dies before giving it back. The
 * lease must be longer than the longest run of any job (every job's run is bounded). Defaults here and nowhere else.
 */
@ConfigurationProperties("ledger.jobs")
public record JobProperties(String nodeId, Long leaseMs) {
    static final int NODE_ID_LENGTH_MAX = 200;

    public JobProperties {
        nodeId = nodeId == null || nodeId.isBlank() ? defaultNodeId() : nodeId.strip();
        leaseMs = leaseMs == null ? 600_000L : leaseMs;
        if (nodeId.length() > NODE_ID_LENGTH_MAX) {
            throw new IllegalArgumentException("ledger.jobs.node-id must be at most " + NODE_ID_LENGTH_MAX + " characters");
        }
        if (leaseMs < 1_000) {
            throw new IllegalArgumentException("ledger.jobs.lease-ms must be at least 1000");
        }
    }

    /** The host name and the process id: unique among the nodes of one host too. */
    static String defaultNodeId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = System.getenv().getOrDefault("HOSTNAME", "node");
        }
        String id = host + ":" + ProcessHandle.current().pid();
        return id.length() > NODE_ID_LENGTH_MAX ? id.substring(id.length() - NODE_ID_LENGTH_MAX) : id;
    }
}
