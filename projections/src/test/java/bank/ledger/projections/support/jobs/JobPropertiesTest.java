package bank.ledger.projections.support.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JobPropertiesTest {

    @Test
    void unsetTheNodeIsNamedByItsHostAndProcessAndALeaseLastsTenMinutes() {
        JobProperties settings = new JobProperties(null, null);

        assertThat(settings.nodeId()).endsWith(":" + ProcessHandle.current().pid());
        assertThat(settings.leaseMs()).isEqualTo(600_000L);
    }

    @Test
    void aBlankNodeIdIsUnsetAndAGivenOneIsTrimmed() {
        assertThat(new JobProperties("  ", 1_000L).nodeId()).isEqualTo(JobProperties.defaultNodeId());
        assertThat(new JobProperties(" node-1 ", 1_000L).nodeId()).isEqualTo("node-1");
    }

    @Test
    void aLeaseOfOneSecondIsTheShortestAccepted() {
        assertThat(new JobProperties("n", 1_000L).leaseMs()).isEqualTo(1_000L);
        assertThatThrownBy(() -> new JobProperties("n", 999L)).hasMessageContaining("ledger.jobs.lease-ms");
    }

    @Test
    void aNodeIdOf200CharactersIsTheLongestAccepted() {
        assertThat(new JobProperties("n".repeat(200), null).nodeId()).hasSize(200);
        assertThatThrownBy(() -> new JobProperties("n".repeat(201), null)).hasMessageContaining("ledger.jobs.node-id");
    }
}
