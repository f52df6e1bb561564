package bank.ledger.connectors.formats.pain;

import bank.ledger.domain.money.Currencies;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an ISO 20022 {@code pain.001.001.09} (customer credit transfer initiation): the schema's elements in
 * the schema's order, in the layout Prowide's writer uses (its {@code pain:} prefix, four-space indentation).
 * {@code Pain001WriterTest} holds the output byte for byte against Prowide's model of the schema (test scope:
 * the production jar does without Prowide's 54 MB). Control sums are computed from minor units (no floating
 * point). The bytes are UTF-8 and deterministic for the same input: the stored file is what the bank got.
 */
public final class Pain001Writer {
    /** Transfers per message: a bank's usual limit; the batcher never asks for more. */
    public static final int TRANSFERS_MAX = 1_000;
    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";
    /** ISO date-time to the second with the offset always numeric (+00:00, not Z), as Prowide writes it. */
    private static final DateTimeFormatter CREATED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

    private final StringBuilder xml = new StringBuilder(4_096);
    private int depth;

    private Pain001Writer() {
    }

    public static byte[] write(String messageId, OffsetDateTime createdAt, String initiatingParty,
                               List<PaymentGroup> groups) {
        int count = groups.stream().mapToInt(g -> g.transfers().size()).sum();
        if (count == 0 || count > TRANSFERS_MAX) {
            throw new IllegalArgumentException("a pain.001 carries 1 to " + TRANSFERS_MAX + " transfers, not " + count);
        }
        Pain001Writer writer = new Pain001Writer();
        writer.xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n");
        writer.open("Document xmlns:pain=\"" + NAMESPACE + "\"").open("CstmrCdtTrfInitn");
        writer.open("GrpHdr").leaf("MsgId", messageId)
                .leaf("CreDtTm", CREATED_AT.format(createdAt))
                .leaf("NbOfTxs", Integer.toString(count))
                .leaf("CtrlSum", sum(groups.stream().flatMap(g -> g.transfers().stream()).toList()))
                .open("InitgPty").leaf("Nm", initiatingParty).close("InitgPty").close("GrpHdr");
        groups.forEach(writer::instruction);
        writer.close("CstmrCdtTrfInitn").close("Document");
        return writer.xml.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void instruction(PaymentGroup group) {
        open("PmtInf").leaf("PmtInfId", group.paymentInformationId()).leaf("PmtMtd", "TRF").leaf("BtchBookg", "false")
                .leaf("NbOfTxs", Integer.toString(group.transfers().size())).leaf("CtrlSum", sum(group.transfers()))
                .open("ReqdExctnDt").leaf("Dt", group.requestedExecutionDate().toString()).close("ReqdExctnDt")
                .open("Dbtr").leaf("Nm", group.debtorName()).close("Dbtr")
                .account("DbtrAcct", group.debtorIban()).agent("DbtrAgt", group.debtorBic());
        group.transfers().forEach(this::transaction);
        close("PmtInf");
    }

    private void transaction(CreditTransfer transfer) {
        open("CdtTrfTxInf").open("PmtId").leaf("InstrId", transfer.instructionId())
                .leaf("EndToEndId", transfer.endToEndId()).close("PmtId")
                .open("Amt").indent().append("<pain:InstdAmt Ccy=\"").append(escape(transfer.currency(), true)).append("\">")
                .append(amount(transfer).toPlainString()).append("</pain:InstdAmt>\n");
        close("Amt");
        if (transfer.creditorBic() != null) {
            agent("CdtrAgt", transfer.creditorBic());
        }
        open("Cdtr").leaf("Nm", transfer.creditorName()).close("Cdtr").account("CdtrAcct", transfer.creditorIban());
        if (transfer.remittanceInformation() != null) {
            open("RmtInf").leaf("Ustrd", transfer.remittanceInformation()).close("RmtInf");
        }
        close("CdtTrfTxInf");
    }

    private Pain001Writer account(String element, String iban) {
        return open(element).open("Id").leaf("IBAN", iban).close("Id").close(element);
    }

    /** The schema requires a debtor agent: its BIC, or "NOTPROVIDED" as the EPC guidelines write it. */
    private Pain001Writer agent(String element, String bic) {
        open(element).open("FinInstnId");
        if (bic != null) {
            leaf("BICFI", bic);
        } else {
            open("Othr").leaf("Id", "NOTPROVIDED").close("Othr");
        }
        return close("FinInstnId").close(element);
    }

    private Pain001Writer open(String element) {
        indent().append("<pain:").append(element).append(">\n");
        depth++;
        return this;
    }

    private Pain001Writer close(String element) {
        depth--;
        indent().append("</pain:").append(element).append(">\n");
        return this;
    }

    private Pain001Writer leaf(String element, String text) {
        indent().append("<pain:").append(element).append('>').append(escape(text, false))
                .append("</pain:").append(element).append(">\n");
        return this;
    }

    private Pain001Writer leaf(String element, BigDecimal value) {
        return leaf(element, value.toPlainString());
    }

    private StringBuilder indent() {
        for (int level = 0; level < depth; level++) {
            xml.append("    ");
        }
        return xml;
    }

    /**
     * Markup characters escaped as Prowide escapes them (quotes only inside an attribute); a character XML 1.0
     * cannot carry at all is a programmer's error here (the API refuses control characters before any payment
     * exists), and so is half of a surrogate pair.
     */
    static String escape(String text, boolean attribute) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                default -> {
                    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF
                            || c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
                        throw new IllegalArgumentException("a character XML cannot carry: U+" + Integer.toHexString(c));
                    }
                    escaped.appendCodePoint(c);
                }
            }
        });
        return escaped.toString();
    }

    private static BigDecimal amount(CreditTransfer transfer) {
        return BigDecimal.valueOf(transfer.amountMinor(), Currencies.exponent(transfer.currency()));
    }

    /** ISO's CtrlSum is a plain decimal sum across currencies (a checksum, not an amount). */
    private static BigDecimal sum(List<CreditTransfer> transfers) {
        return transfers.stream().map(Pain001Writer::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
