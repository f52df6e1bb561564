package bank.ledger.connectors.formats.camt;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry.EntryDetail;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.math.BigDecimal;
import java.util.List;

/**
 * A batch entry books several transactions as one amount (NtryDtls/Btch with its TxDtls). The entry's
 * amount is what the account saw; when its transactions or the bank's stated count say otherwise, that is
 * flagged on the entry, never corrected.
 */
final class CamtBatches {
    private CamtBatches() {
    }

    static void check(XmlNode ntry, CamtValues.Money entry, CreditDebit direction, List<XmlNode> txs,
                      List<EntryDetail> details, List<Warning> warnings) {
        XmlNode batch = ntry.find("NtryDtls", "Btch");
        String stated = batch == null ? null : batch.text("NbOfTxs");
        if (stated != null && !details.isEmpty() && !stated.equals(Integer.toString(details.size()))) {
            warnings.add(new Warning(WarningCodes.BATCH_MISMATCH, batch.line(), "batch states " + Amounts.quote(stated)
                    + " transactions, the entry lists " + details.size()));
        }
        boolean netted = txs.stream().map(CamtValues::creditDebit).anyMatch(d -> d != null && d != direction);
        if (netted || details.isEmpty() || details.stream().anyMatch(d -> d.amount() == null
                || !entry.currency().equals(d.currency()))) {
            return; // only transactions all in the entry's currency and direction add up to it
        }
        BigDecimal sum = details.stream().map(EntryDetail::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(entry.value()) != 0) {
            warnings.add(new Warning(WarningCodes.BATCH_MISMATCH, ntry.line(), "the " + details.size()
                    + " transactions add up to " + sum.toPlainString() + " " + entry.currency() + ", the entry is "
                    + entry.value().toPlainString()));
        }
    }
}
