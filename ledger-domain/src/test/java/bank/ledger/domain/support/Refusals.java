package bank.ledger.domain.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.util.Objects;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

/** Assertions on {@link LedgerRefusal}: its stable code and the request field it names. */
public final class Refusals {
    private Refusals() {
    }

    /** For Axon's fixtures: matches a refusal with this code naming this field (null: no field). */
    public static Matcher<LedgerRefusal> refusal(RefusalCode code, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(LedgerRefusal refusal) {
                return refusal.code() == code && Objects.equals(refusal.field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a LedgerRefusal " + code.code() + " at field " + field);
            }

            @Override
            protected void describeMismatchSafely(LedgerRefusal refusal, Description description) {
                description.appendText("was " + refusal.code().code() + " at field " + refusal.field()
                        + ": " + refusal.detail());
            }
        };
    }

    /** Runs the call and asserts that it is refused with this code naming this field. */
    public static LedgerRefusal assertRefused(ThrowingCallable call, RefusalCode code, String field) {
        LedgerRefusal[] caught = new LedgerRefusal[1];
        assertThatThrownBy(call).isInstanceOfSatisfying(LedgerRefusal.class, refusal -> {
            caught[0] = refusal;
            org.assertj.core.api.Assertions.assertThat(refusal.code()).as(refusal.detail()).isEqualTo(code);
            org.assertj.core.api.Assertions.assertThat(refusal.field()).as(refusal.detail()).isEqualTo(field);
        });
        return caught[0];
    }
}
