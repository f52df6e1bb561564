package bank.ledger.query.audit;

import bank.ledger.domain.account.api.Balances;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.query.api.AccountVerification.Difference;
import java.util.List;
import java.util.Objects;

/** Adds a difference for every field whose value from the events differs from the read model's. */
final class Comparison {
    private Comparison() {
    }

    static void field(List<Difference> differences, String readModel, String field, Object fromEvents,
                      Object inReadModel) {
        if (!Objects.equals(String.valueOf(fromEvents), String.valueOf(inReadModel))) {
            differences.add(new Difference(readModel, field, String.valueOf(fromEvents), String.valueOf(inReadModel)));
        }
    }

    /** The four totals, as decimal strings of {@code currency}. */
    static void totals(List<Difference> differences, String readModel, String prefix, String currency,
                       Balances expected, Balances actual) {
        amount(differences, readModel, prefix + "debits_posted", currency, expected.debitsPosted(), actual.debitsPosted());
        amount(differences, readModel, prefix + "credits_posted", currency, expected.creditsPosted(),
                actual.creditsPosted());
        amount(differences, readModel, prefix + "debits_pending", currency, expected.debitsPending(),
                actual.debitsPending());
        amount(differences, readModel, prefix + "credits_pending", currency, expected.creditsPending(),
                actual.creditsPending());
    }

    private static void amount(List<Difference> differences, String readModel, String field, String currency,
                               long expected, long actual) {
        field(differences, readModel, field, MoneyFormat.format(expected, currency), MoneyFormat.format(actual, currency));
    }
}
