package bank.ledger.connectors.formats.camt;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * One camt Ntry to an {@link Entry}. A single TxDtls describes the entry (party, references, remittance);
 * several make it a batch, whose transactions are kept in {@link Entry#details()}. An entry whose amount is
 * in another currency than the account's takes its counter-value in the account's currency from AmtDtls.
 */
final class CamtEntryMapper {
    private static final Set<String> NOT_BOOKED = Set.of("PDNG", "INFO", "FUTR");

    /** The statement around the entries: its currency, and the date an unreadable entry date falls back to. */
    record Context(String currency, LocalDate statementDate) {
    }

    private CamtEntryMapper() {
    }

    /** The entry, or null after a statement warning when it has no readable amount or direction. */
    static Entry map(XmlNode ntry, Context ctx, List<Warning> statementWarnings) {
        List<Warning> warnings = new ArrayList<>();
        CamtValues.Money money = CamtValues.money(ntry.find("Amt"), ctx.currency(), warnings);
        CreditDebit direction = CamtValues.creditDebit(ntry);
        if (money == null || direction == null) {
            statementWarnings.add(new Warning(WarningCodes.ENTRY_SKIPPED, ntry.line(), "entry not read: "
                    + (ntry.find("Amt") == null ? "it has no Amt" : money == null ? "amount "
                    + Amounts.quote(ntry.text("Amt")) + " is no number"
                    : "CdtDbtInd " + Amounts.quote(ntry.text("CdtDbtInd")) + " is not CRDT or DBIT")));
            return null;
        }
        direction = CamtValues.signed(direction, money, "entry amount", warnings);
        List<XmlNode> txs = ntry.descendants("TxDtls");
        XmlNode tx = txs.size() == 1 ? txs.get(0) : null;
        List<XmlNode> amtDtls = new ArrayList<>(ntry.children("AmtDtls"));
        if (tx != null) {
            amtDtls.addAll(tx.children("AmtDtls"));
        }
        List<CamtAmountDetails.Found> amounts = CamtAmountDetails.read(amtDtls);
        long minor = accountMinor(money, amounts, ctx.currency(), warnings);
        boolean foreign = !money.currency().equals(ctx.currency());
        boolean reversal = reversal(ntry, warnings);
        boolean booked = booked(ntry, warnings);
        LocalDate booking = CamtValues.date(ntry.find("BookgDt"), "booking date", ctx.statementDate(), warnings);
        LocalDate value = CamtValues.date(ntry.find("ValDt"), "value date", ctx.statementDate(), warnings);
        String role = CamtTransactions.partyRole(direction, reversal);
        List<Entry.EntryDetail> details = txs.size() > 1 ? CamtTransactions.details(txs, direction, reversal) : List.of();
        CamtBatches.check(ntry, money, direction, txs, details, warnings);
        return new Entry(minor, direction, booking, value,
                first(ntry.text("AcctSvcrRef"), tx == null ? null : tx.text("Refs", "AcctSvcrRef"), ntry.text("NtryRef")),
                tx == null ? null : CamtTransactions.provided(tx.text("Refs", "InstrId")),
                tx == null ? null : CamtTransactions.provided(tx.text("Refs", "EndToEndId")),
                tx == null ? null : CamtTransactions.party(tx, role),
                tx == null ? null : CamtTransactions.partyAccount(tx, role),
                tx == null || CamtTransactions.description(tx) == null ? ntry.text("AddtlNtryInf")
                        : CamtTransactions.description(tx),
                reversal, isoCode(ntry), ntry.text("BkTxCd", "Prtry", "Cd"), booked, ntry.line(),
                foreign || hasExcess(warnings) ? money.value() : null, foreign ? money.currency() : null,
                amounts.stream().map(CamtAmountDetails.Found::detail).toList(), details, warnings);
    }

    /**
     * Minor units in the account's currency: the entry's own amount, or for a foreign-currency entry its
     * counter-value from AmtDtls. Without one the entry cannot say what it did to the balance: 0, flagged.
     */
    private static long accountMinor(CamtValues.Money money, List<CamtAmountDetails.Found> amounts, String currency,
                                     List<Warning> warnings) {
        if (money.currency().equals(currency)) {
            return Amounts.exactMinor(money.value(), currency, money.line(), warnings);
        }
        String own = money.value().toPlainString() + " " + money.currency();
        CamtAmountDetails.Found counter = CamtAmountDetails.inCurrency(amounts, currency);
        if (counter == null) {
            warnings.add(new Warning(WarningCodes.NO_ACCOUNT_AMOUNT, money.line(), "entry amount " + own + " on an account in "
                    + currency + " and no amount in " + currency + " in AmtDtls; its account amount is recorded as 0,"
                    + " the balance cannot be proven without it"));
            return 0;
        }
        BigDecimal value = counter.money().value();
        warnings.add(new Warning(WarningCodes.FOREIGN_CURRENCY, money.line(), "entry amount " + own + " on an account in "
                + currency + "; the account amount " + value.toPlainString() + " " + currency + " is taken from AmtDtls/"
                + counter.element() + (counter.detail().exchangeRate() == null ? ""
                : " (rate " + counter.detail().exchangeRate().toPlainString() + ")")));
        return Amounts.exactMinor(value, currency, counter.money().line(), warnings);
    }

    private static boolean hasExcess(List<Warning> warnings) {
        return warnings.stream().anyMatch(w -> w.code().equals(WarningCodes.EXCESS_DECIMALS));
    }

    private static boolean reversal(XmlNode ntry, List<Warning> warnings) {
        String text = ntry.text("RvslInd");
        if (text == null || text.equalsIgnoreCase("false") || text.equals("0")) {
            return false;
        }
        if (text.equalsIgnoreCase("true") || text.equals("1")) {
            return true;
        }
        warnings.add(new Warning(WarningCodes.UNREADABLE_VALUE, ntry.find("RvslInd").line(), "RvslInd "
                + Amounts.quote(text) + " is neither true nor false; read as no reversal"));
        return false;
    }

    /** Sts as text (V01–V06) or as the choice Sts/Cd or Sts/Prtry (V07+). */
    private static boolean booked(XmlNode ntry, List<Warning> warnings) {
        String status = ntry.firstText(new String[] {"Sts", "Cd"}, new String[] {"Sts", "Prtry"}, new String[] {"Sts"});
        if (status == null) {
            warnings.add(new Warning(WarningCodes.UNKNOWN_STATUS, ntry.line(), "entry has no Sts; read as booked"));
            return true;
        }
        String code = status.toUpperCase(Locale.ROOT);
        if (code.equals("BOOK")) {
            return true;
        }
        if (!NOT_BOOKED.contains(code)) {
            warnings.add(new Warning(WarningCodes.UNKNOWN_STATUS, ntry.find("Sts").line(), "entry status "
                    + Amounts.quote(status) + " is not BOOK, PDNG, INFO or FUTR; read as not booked"));
        }
        return false;
    }

    private static String isoCode(XmlNode ntry) {
        XmlNode domain = ntry.find("BkTxCd", "Domn");
        if (domain == null) {
            return null;
        }
        return String.join("/", nonNull(domain.text("Cd")), nonNull(domain.text("Fmly", "Cd")),
                nonNull(domain.text("Fmly", "SubFmlyCd")));
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null) {
                return v;
            }
        }
        return null;
    }
}
