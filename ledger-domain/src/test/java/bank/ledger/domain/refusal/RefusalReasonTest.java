package bank.ledger.domain.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** A module's own refusal reason travels in a LedgerRefusal exactly like one of the domain's codes. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RefusalReasonTest {

    @Test
    void a_module_reason_carries_its_code_and_kind_in_a_refusal_like_a_domain_code() {
        RefusalReason notThere = RefusalReason.of("subscriptionNotFound", RefusalCode.Kind.NOT_FOUND);

        LedgerRefusal refusal = LedgerRefusal.of(notThere, "id", "no webhook wh-1").at("webhookId");

        assertThat(refusal.code().code()).isEqualTo("subscriptionNotFound");
        assertThat(refusal.code().kind()).isEqualTo(RefusalCode.Kind.NOT_FOUND);
        assertThat(refusal.field()).isEqualTo("webhookId");
        assertThat(refusal.code()).isEqualTo(RefusalReason.of("subscriptionNotFound", RefusalCode.Kind.NOT_FOUND));
    }

    @Test
    void the_domain_codes_are_reasons_too() {
        RefusalReason reason = RefusalCode.ACCOUNT_NOT_FOUND;

        assertThat(reason.code()).isEqualTo("accountNotFound");
        assertThat(reason.kind()).isEqualTo(RefusalCode.Kind.NOT_FOUND);
    }

    @Test
    void a_reason_without_a_code_or_a_kind_is_a_programming_error() {
        assertThatThrownBy(() -> RefusalReason.of(" ", RefusalCode.Kind.CONFLICT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RefusalReason.of("x", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
