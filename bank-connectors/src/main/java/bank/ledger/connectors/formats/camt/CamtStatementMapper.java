package bank.ledger.connectors.formats.camt;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One camt Stmt/Rpt/Ntfctn element to a {@link Statement}, by local element names, accepting their variants
 * across versions: V01 roots are suffixed "V01" and have TxDtls straight under Ntry, balance types moved under
 * CdOrPrtry in V02, the BIC became BICFI in V03, and in V07 party names moved under Pty and the entry status
 * became a Sts/Cd choice (checked against Prowide's model by a test).
 */
final class CamtStatementMapper {
    private CamtStatementMapper() {
    }

    /** The statement, or null after a file warning when the element holds no account, balance or entry. */
    static Statement map(XmlNode item, String format, LocalDate groupDate, ParseLimits limits, List<Warning> fileWarnings) {
        List<XmlNode> bals = item.children("Bal");
        List<XmlNode> ntries = item.children("Ntry");
        if (item.find("Acct") == null && bals.isEmpty() && ntries.isEmpty()) {
            fileWarnings.add(new Warning(WarningCodes.STATEMENT_SKIPPED, item.line(), item.name() + " "
                    + Amounts.quote(item.text("Id")) + " has no account, balance or entry; not read as a statement"));
            return null;
        }
        List<Warning> warnings = new ArrayList<>();
        if (!item.closed()) {
            warnings.add(new Warning(WarningCodes.INCOMPLETE_STATEMENT, item.line(), item.name()
                    + " is not closed: the file breaks off inside it, balances or entries after the break are missing"));
        }
        String currency = CamtStatementParts.currency(item, warnings);
        LocalDate date = statementDate(item, groupDate);
        if (currency == null) {
            bals.forEach(b -> warnings.add(new Warning(WarningCodes.BALANCE_SKIPPED, b.line(),
                    "no currency anywhere in the statement; balance not read")));
            ntries.forEach(n -> warnings.add(new Warning(WarningCodes.ENTRY_SKIPPED, n.line(),
                    "no currency anywhere in the statement; entry " + Amounts.quote(n.text("Amt")) + " not read")));
        }
        CamtBalances.Pair balances = currency == null ? new CamtBalances.Pair(null, null)
                : CamtBalances.choose(bals, currency, date, warnings);
        List<Entry> entries = new ArrayList<>();
        CamtEntryMapper.Context context = new CamtEntryMapper.Context(currency, date);
        for (XmlNode ntry : ntries) {
            if (entries.size() == limits.maxEntriesPerStatement()) {
                warnings.add(new Warning(WarningCodes.LIMIT_REACHED, ntry.line(), "more than "
                        + limits.maxEntriesPerStatement() + " entries; the entries from this line on are not read"));
                break;
            }
            if (!ntry.closed()) {
                warnings.add(new Warning(WarningCodes.ENTRY_SKIPPED, ntry.line(), "entry cut off where the file"
                        + " breaks off; not read"));
                continue;
            }
            Entry entry = currency == null ? null : CamtEntryMapper.map(ntry, context, warnings);
            if (entry != null) {
                entries.add(entry);
            }
        }
        return new Statement(format, CamtStatementParts.account(item, warnings), currency, item.text("Id"),
                CamtStatementParts.sequence(item, warnings), null, balances.opening(), balances.closing(),
                currency == null ? null : CamtStatementParts.totals(item, currency, warnings), entries, item.line(),
                warnings);
    }

    /** The date the statement is about, for lines whose own date is unreadable: its creation, else its period end. */
    private static LocalDate statementDate(XmlNode item, LocalDate groupDate) {
        LocalDate date = CamtValues.quietDate(item.text("CreDtTm"));
        date = date != null ? date : CamtValues.quietDate(item.firstText(new String[] {"FrToDt", "ToDtTm"},
                new String[] {"FrToDt", "ToDt"}));
        return date != null ? date : groupDate;
    }
}
