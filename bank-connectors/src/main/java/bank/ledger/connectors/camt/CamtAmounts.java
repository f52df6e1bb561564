package bank.ledger.connectors.camt;

import bank.ledger.connectors.statement.Amounts;
import bank.ledger.connectors.statement.CreditDebit;
import bank.ledger.connectors.statement.Problems;

/** Amount elements with a Ccy attribute, and the CdtDbtInd next to them. */
final class CamtAmounts {
    private CamtAmounts() {
    }

    /** Minor units of an {@code <Amt Ccy="...">}; its currency must be the statement's. */
    static Long amount(XmlNode amt, String currency, String what, int line, Problems problems) {
        if (amt == null) {
            problems.add(line, what + ": Amt is missing");
            return null;
        }
        String ccy = amt.attribute("Ccy");
        if (ccy != null && currency != null && !ccy.equals(currency)) {
            problems.add(amt.line(), what + ": amount in " + ccy + " on an account in " + currency);
            return null;
        }
        Long minor = Amounts.toMinor(amt.text(), currency, what, amt.line(), problems);
        if (minor != null && minor < 0) {
            problems.add(amt.line(), what + ": amounts are unsigned in camt, CdtDbtInd gives the direction");
            return null;
        }
        return minor;
    }

    static CreditDebit creditDebit(XmlNode parent, Problems problems) {
        XmlNode indicator = parent.find("CdtDbtInd");
        if (indicator == null) {
            problems.add(parent.line(), parent.name() + ": CdtDbtInd is missing");
            return null;
        }
        return switch (indicator.text()) {
            case "CRDT" -> CreditDebit.CRDT;
            case "DBIT" -> CreditDebit.DBIT;
            default -> {
                problems.add(indicator.line(), "CdtDbtInd must be CRDT or DBIT, got " + Amounts.quote(indicator.text()));
                yield null;
            }
        };
    }
}
