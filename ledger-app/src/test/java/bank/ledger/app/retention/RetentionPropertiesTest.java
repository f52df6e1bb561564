package bank.ledger.app.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RetentionPropertiesTest {

    @Test
    void unsetItRunsHourlyKeepsThirtyDaysAndDeletesAThousandRowsAStatementAndAHundredThousandARun() {
        RetentionProperties settings = new RetentionProperties(null, null, null, null, null, null);

        assertThat(settings.enabled()).isTrue();
        assertThat(settings.intervalMs()).isEqualTo(3_600_000L);
        assertThat(settings.deliveredWebhookDays()).isEqualTo(30);
        assertThat(settings.cancelledReplayDays()).isEqualTo(30);
        assertThat(settings.batchRows()).isEqualTo(1_000);
        assertThat(settings.rowsPerRunMax()).isEqualTo(100_000);
    }

    @Test
    void oneDayIsTheShortestPeriodAndZeroIsRefusedWithItsKey() {
        assertThat(new RetentionProperties(true, 1L, 1, 1, 1, 1).deliveredWebhookDays()).isEqualTo(1);
        assertThatThrownBy(() -> new RetentionProperties(true, 1L, 0, 1, 1, 1))
                .hasMessageContaining("ledger.retention.delivered-webhook-days");
        assertThatThrownBy(() -> new RetentionProperties(true, 1L, 1, 0, 1, 1))
                .hasMessageContaining("ledger.retention.cancelled-replay-days");
        assertThatThrownBy(() -> new RetentionProperties(true, 1L, 1, 1, 0, 1))
                .hasMessageContaining("ledger.retention.batch-rows");
    }
}
