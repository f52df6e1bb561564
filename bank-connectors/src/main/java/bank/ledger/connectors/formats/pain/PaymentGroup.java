package bank.ledger.connectors.formats.pain;

import java.time.LocalDate;
import java.util.List;

/** One PmtInf of a pain.001: one debtor account and execution date, one or more transfers. */
public record PaymentGroup(String paymentInformationId, String debtorName, String debtorIban, String debtorBic,
                           LocalDate requestedExecutionDate, List<CreditTransfer> transfers) {
    public PaymentGroup {
        transfers = List.copyOf(transfers);
    }
}
