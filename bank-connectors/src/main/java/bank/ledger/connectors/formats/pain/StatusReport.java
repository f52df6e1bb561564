package bank.ledger.connectors.formats.pain;

import java.util.List;

/**
 * What a pain.002 says about one pain.001: the group's status, each payment information's and each
 * transaction's, with the first reason of each. Statuses are ISO codes (ACCP, ACSC, RJCT, PART, PDNG...),
 * null where the bank gave none at that level.
 */
public record StatusReport(String messageId, String originalMessageId, String groupStatus, Reason groupReason,
                           List<GroupStatus> paymentInformations, List<TransactionStatus> transactions) {
    public StatusReport {
        paymentInformations = List.copyOf(paymentInformations);
        transactions = List.copyOf(transactions);
    }

    /** An ISO reason code (AC04, AM04...) or proprietary reason, and the bank's text. */
    public record Reason(String code, String text) {
        public static final Reason NONE = new Reason(null, null);
    }

    public record GroupStatus(String paymentInformationId, String status, Reason reason) {
    }

    public record TransactionStatus(String paymentInformationId, String instructionId, String endToEndId,
                                    String status, Reason reason) {
    }
}
