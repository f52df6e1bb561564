package bank.ledger.connectors.formats.model;

/**
 * The statement's account: an IBAN when the bank sent one, otherwise the bank's own account number
 * (for example "37040044/0532013000"); the servicing bank's BIC when known.
 */
public record Account(String iban, String number, String bic) {
    /** The identifier to show and to match on: the IBAN if present, else the account number. */
    public String id() {
        return iban != null ? iban : number;
    }
}
