package bank.ledger.connectors.ingestion;

import bank.ledger.connectors.formats.model.WarningCodes;
import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.statement.api.StatementLine;
import bank.ledger.domain.statement.api.StatementWarning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A debit line naming a payment the ledger sent (its end-to-end id, or the bank's or customer's
 * reference equal to it) with another amount or currency is the payment's line with a figure nobody
 * agreed to: it gets the warning {@code paymentAmountMismatch} and is left to a person (its review
 * reason), so neither the payment settlement nor a rule matches it on its own. A line whose amount
 * fits one of the payments it names is left as it is: the engine settles the payment with it.
 */
final class PaymentLineReview {
    private PaymentLineReview() {
    }

    static List<StatementLine> review(List<StatementLine> lines, String ledgerAccountId, String currency,
                                      SentPayments sent) {
        Set<String> identifiers = new LinkedHashSet<>();
        lines.stream().filter(line -> line.signedMinor() < 0).forEach(line -> identifiers.addAll(identifiers(line)));
        if (identifiers.isEmpty()) {
            return lines;
        }
        Map<String, List<SentPayments.Sent>> byId = new HashMap<>();
        sent.named(ledgerAccountId, identifiers).forEach(p -> byId.computeIfAbsent(p.endToEndId(), k -> new ArrayList<>()).add(p));
        if (byId.isEmpty()) {
            return lines;
        }
        List<StatementLine> reviewed = new ArrayList<>(lines.size());
        for (StatementLine line : lines) {
            reviewed.add(line.signedMinor() < 0 && line.signedMinor() != Long.MIN_VALUE ? reviewed(line, currency, byId) : line);
        }
        return reviewed;
    }

    private static StatementLine reviewed(StatementLine line, String currency, Map<String, List<SentPayments.Sent>> byId) {
        List<SentPayments.Sent> named = new ArrayList<>();
        identifiers(line).forEach(id -> named.addAll(byId.getOrDefault(id, List.of())));
        if (named.isEmpty() || named.stream().anyMatch(p -> p.isDebitedBy(line.signedMinor(), currency))) {
            return line;
        }
        SentPayments.Sent payment = named.get(0);
        List<StatementWarning> warnings = new ArrayList<>(line.warnings());
        StatementWarning warning = new StatementWarning(WarningCodes.PAYMENT_AMOUNT_MISMATCH, 0, "payment "
                + payment.paymentId() + " (end-to-end id " + payment.endToEndId() + ") was sent for "
                + amount(payment.amountMinor(), payment.currency()) + "; the bank debited "
                + amount(Math.negateExact(line.signedMinor()), currency));
        if (warnings.size() >= StatementLines.LINE_WARNINGS_MAX) {
            warnings.set(warnings.size() - 1, warning);
        } else {
            warnings.add(warning);
        }
        return new StatementLine(line.lineNo(), line.signedMinor(), line.bookingDate(), line.valueDate(),
                line.reference(), line.customerReference(), line.endToEndId(), line.counterparty(),
                line.counterpartyAccount(), line.description(), line.booked(), line.exactAmount(), line.exactCurrency(),
                warnings, line.reviewReason() != null ? line.reviewReason() : WarningCodes.PAYMENT_AMOUNT_MISMATCH);
    }

    private static String amount(long minor, String currency) {
        try {
            return MoneyFormat.format(minor, currency) + " " + currency;
        } catch (RuntimeException unknownCurrency) {
            return minor + " minor units of " + currency;
        }
    }

    private static List<String> identifiers(StatementLine line) {
        List<String> ids = new ArrayList<>(3);
        for (String id : new String[] {line.endToEndId(), line.reference(), line.customerReference()}) {
            if (id != null && !id.isBlank() && id.length() <= 35) {
                ids.add(id);
            }
        }
        return ids;
    }
}
