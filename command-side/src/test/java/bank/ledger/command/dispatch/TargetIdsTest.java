package bank.ledger.command.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.period.api.CloseAccountingPeriod;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Every command's ids are text the event store can hold, checked before the bus whatever sent them. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class TargetIdsTest {
    record Named(@TargetAggregateIdentifier String streamId, String note) {
    }

    record Derived(String sourceText) {
        @TargetAggregateIdentifier
        public String aggregateId() {
            return "derived/" + sourceText;
        }
    }

    @Test
    void a_period_named_with_a_nul_byte_is_refused_invalid_id_at_the_period_id_before_its_stream_is_loaded() {
        assertThatThrownBy(() -> CommandShapes.check(new CloseAccountingPeriod("2026-1\0")))
                .isInstanceOfSatisfying(LedgerRefusal.class, refusal -> {
                    assertThat(refusal.code()).isEqualTo(RefusalCode.INVALID_ID);
                    assertThat(refusal.field()).isEqualTo("periodId");
                });
    }

    @Test
    void a_target_id_with_a_control_character_or_over_the_length_is_refused() {
        assertThatThrownBy(() -> TargetIds.check(new Named("line\nbreak", "x"))).isInstanceOf(LedgerRefusal.class);
        assertThatThrownBy(() -> TargetIds.check(new Named("a".repeat(TargetIds.LENGTH_MAX + 1), "x")))
                .isInstanceOfSatisfying(LedgerRefusal.class, refusal ->
                        assertThat(refusal.code()).isEqualTo(RefusalCode.INVALID_FIELD));
        assertThatThrownBy(() -> TargetIds.check(new Derived("\u0007bell")))
                .isInstanceOfSatisfying(LedgerRefusal.class, refusal ->
                        assertThat(refusal.field()).isEqualTo("aggregateId"));
    }

    @Test
    void ids_at_the_length_limit_or_outside_the_client_charset_pass_this_check_their_own_rules_judge_them() {
        assertThatCode(() -> TargetIds.check(new Named("a".repeat(TargetIds.LENGTH_MAX), "x"))).doesNotThrowAnyException();
        assertThatCode(() -> TargetIds.check(new Named("payment/p-1", "x"))).doesNotThrowAnyException();
        assertThatCode(() -> TargetIds.check(new Derived("2026-Q4"))).doesNotThrowAnyException();
        assertThatCode(() -> TargetIds.check("not a record")).doesNotThrowAnyException();
    }

    @Test
    void text_that_is_not_an_id_is_not_this_checks_business() {
        assertThatCode(() -> TargetIds.check(new Named("s-1", "a note\0with a nul"))).doesNotThrowAnyException();
    }
}
