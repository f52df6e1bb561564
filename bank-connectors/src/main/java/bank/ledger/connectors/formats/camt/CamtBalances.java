package bank.ledger.connectors.formats.camt;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.Balance;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The opening and closing balance among a statement's Bal elements. Booked balances come first: OPBD, else
 * PRCD (the previous statement's closing) or the first of several ITBD (a page of a paged statement) opens;
 * CLBD, else the last ITBD (an intraday report's or a page's end) closes. Only when no booked balance is
 * there does an available balance (OPAV, CLAV, ITAV) stand in, flagged: it includes holds and credit lines.
 */
final class CamtBalances {
    private static final Set<String> KNOWN = Set.of("OPBD", "PRCD", "ITBD", "CLBD", "OPAV", "ITAV", "CLAV", "FWAV",
            "XPCD", "INFO");

    record Pair(Balance opening, Balance closing) {
    }

    private record Typed(String code, String subType, XmlNode node, Balance balance) {
        String label() {
            return code + (subType == null ? "" : "/" + subType);
        }
    }

    private CamtBalances() {
    }

    static Pair choose(List<XmlNode> bals, String currency, LocalDate statementDate, List<Warning> warnings) {
        List<Typed> typed = new ArrayList<>();
        for (XmlNode bal : bals) {
            Typed t = read(bal, currency, statementDate, warnings);
            if (t != null) {
                typed.add(t);
            }
        }
        // closing first: a lone ITBD ends an intraday report; only a second one can open a page
        Typed closing = pick(typed, null, false, "CLBD", "ITBD", "CLAV", "ITAV");
        Typed opening = pick(typed, closing, true, "OPBD", "PRCD", "ITBD", "OPAV", "ITAV");
        return new Pair(use(opening, "opening", "OPBD", typed, warnings), use(closing, "closing", "CLBD", typed, warnings));
    }

    /** The first type in preference order that is there; without a sub-type before with one. */
    private static Typed pick(List<Typed> typed, Typed taken, boolean first, String... preference) {
        for (String code : preference) {
            for (boolean withSubType : new boolean[] {false, true}) {
                List<Typed> candidates = typed.stream().filter(t -> t != taken && t.code.equals(code)
                        && (t.subType != null) == withSubType).toList();
                if (!candidates.isEmpty()) {
                    return first ? candidates.get(0) : candidates.get(candidates.size() - 1);
                }
            }
        }
        return null;
    }

    private static Balance use(Typed chosen, String role, String usual, List<Typed> all, List<Warning> warnings) {
        if (chosen == null) {
            return null;
        }
        if (chosen.code.endsWith("AV")) {
            warnings.add(new Warning(WarningCodes.AVAILABLE_BALANCE_USED, chosen.node.line(), "no booked " + role
                    + " balance; the available balance " + chosen.label() + " is used as " + role + " balance"));
        } else if (!chosen.label().equals(usual)) {
            warnings.add(new Warning(WarningCodes.BALANCE_SUBSTITUTED, chosen.node.line(), role + " balance taken from "
                    + chosen.label() + " (no " + usual + (chosen.subType != null ? " without sub-type" : "") + ")"));
        }
        for (Typed other : all) {
            if (other != chosen && other.label().equals(chosen.label()) && !other.balance.equals(chosen.balance)
                    && !"ITBD".equals(chosen.code)) {
                warnings.add(new Warning(WarningCodes.AMBIGUOUS_BALANCE, other.node.line(), "another " + other.label()
                        + " balance (" + describe(other.node) + ") besides the " + role + " balance ("
                        + describe(chosen.node) + ") at line " + chosen.node.line() + ", which is used"));
            }
        }
        return chosen.balance;
    }

    private static String describe(XmlNode bal) {
        return bal.text("CdtDbtInd") + " " + bal.text("Amt") + " on " + bal.firstText(new String[] {"Dt", "Dt"},
                new String[] {"Dt", "DtTm"});
    }

    private static Typed read(XmlNode bal, String currency, LocalDate statementDate, List<Warning> warnings) {
        XmlNode codeNode = bal.firstOf(new String[] {"Tp", "CdOrPrtry", "Cd"}, new String[] {"Tp", "Cd"},
                new String[] {"Tp", "CdOrPrtry", "Prtry"}, new String[] {"Tp", "Prtry"});
        String code = codeNode == null ? "" : codeNode.text().toUpperCase(Locale.ROOT);
        if (!KNOWN.contains(code)) {
            warnings.add(new Warning(WarningCodes.UNKNOWN_BALANCE_TYPE, bal.line(), "balance type "
                    + Amounts.quote(codeNode == null ? null : codeNode.text()) + " is not one this reader knows; not used"));
            return null;
        }
        String subType = bal.firstText(new String[] {"Tp", "SubTp", "Cd"}, new String[] {"Tp", "SubTp", "Prtry"});
        List<Warning> own = new ArrayList<>();
        CamtValues.Money money = CamtValues.money(bal.find("Amt"), currency, own);
        CreditDebit direction = CamtValues.creditDebit(bal);
        if (money != null && direction == null && money.value().signum() == 0) {
            direction = CreditDebit.CRDT; // a zero balance has no side; some banks leave the indicator out
        }
        String problem = money == null ? "amount " + Amounts.quote(bal.text("Amt")) + " is no number"
                : direction == null ? "CdtDbtInd " + Amounts.quote(bal.text("CdtDbtInd")) + " is not CRDT or DBIT"
                : currency != null && !currency.equals(money.currency()) ? "amount is in " + money.currency()
                + ", the account in " + currency : null;
        if (problem != null) {
            warnings.add(new Warning(WarningCodes.BALANCE_SKIPPED, bal.line(), "balance " + code + ": " + problem
                    + "; not used"));
            return null;
        }
        direction = CamtValues.signed(direction, money, "balance " + code, own);
        long minor = Amounts.exactMinor(money.value(), currency, money.line(), own);
        LocalDate date = CamtValues.date(bal.find("Dt"), "balance " + code + " date", statementDate, own);
        if (bal.find("Dt") == null && statementDate != null) {
            own.add(new Warning(WarningCodes.INVALID_DATE, bal.line(), "balance " + code
                    + " has no date; the statement's date " + statementDate + " is used"));
            date = statementDate;
        }
        if (date == null) {
            warnings.add(new Warning(WarningCodes.BALANCE_SKIPPED, bal.line(), "balance " + code
                    + " has no date and the statement none to stand in; not used"));
            return null;
        }
        warnings.addAll(own);
        return new Typed(code, subType, bal, new Balance(minor, direction, date));
    }
}
