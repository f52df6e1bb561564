package bank.ledger.connectors.formats.roundtrip;

import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Statement;
import java.util.List;

/** What a round trip compares: a statement as generated, without the places a writer happened to put things. */
final class RoundTripViews {
    private RoundTripViews() {
    }

    /** The statement and its entries without line numbers (and so without the warnings and extras lines carry). */
    static Statement withoutLines(Statement s) {
        List<Entry> entries = s.entries().stream().map(e -> new Entry(e.amountMinor(), e.creditDebit(), e.bookingDate(),
                e.valueDate(), e.reference(), e.customerReference(), e.endToEndId(), e.counterparty(),
                e.counterpartyAccount(), e.description(), e.reversal(), e.bankTransactionCode(), e.proprietaryCode(),
                e.booked())).toList();
        return new Statement(s.format(), s.account(), s.currency(), s.statementId(), s.sequence(), s.page(),
                s.openingBalance(), s.closingBalance(), s.totals(), entries);
    }
}
