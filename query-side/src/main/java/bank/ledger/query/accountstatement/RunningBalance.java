package bank.ledger.query.accountstatement;

import bank.ledger.domain.account.api.AccountType;
import bank.ledger.query.api.AccountStatementView;
import java.util.ArrayList;
import java.util.List;

/**
 * Running balances of statement lines, on the account's normal side. Kept apart from SQL so the
 * arithmetic is tested as plain objects; additions are exact (an overflow is an error, not a wrap).
 */
final class RunningBalance {
    private RunningBalance() {
    }

    /** +1 where a debit raises the balance (assets, expenses), -1 where a credit does. */
    static int sign(String accountType) {
        return AccountType.valueOf(accountType).netDebitSign();
    }

    /** A net debit (debits minus credits) expressed on the account's normal side. */
    static long onNormalSide(String accountType, long netDebit) {
        return Math.multiplyExact(sign(accountType), netDebit);
    }

    /** The lines with their running balance, starting from {@code opening} (normal side). */
    static List<AccountStatementView.Line> apply(String accountType, long opening,
                                                 List<AccountStatementView.Line> lines) {
        List<AccountStatementView.Line> result = new ArrayList<>(lines.size());
        long running = opening;
        for (AccountStatementView.Line l : lines) {
            running = Math.addExact(running, onNormalSide(accountType, Math.subtractExact(l.debit(), l.credit())));
            result.add(new AccountStatementView.Line(l.key(), l.entryId(), l.effectiveDate(), l.recordedAt(),
                    l.description(), l.debit(), l.credit(), running, l.actor(), l.channel(), l.correlationId()));
        }
        return List.copyOf(result);
    }
}
