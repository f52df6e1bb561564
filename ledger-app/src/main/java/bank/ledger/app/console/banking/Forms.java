package bank.ledger.app.console.banking;

import bank.ledger.domain.refusal.Fields;

/** A console form's or link's parameter: blank is absent; longer than any legitimate value is refused at once. */
final class Forms {
    private Forms() {
    }

    static String blankToNull(String text, String name, int maxLength) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Fields.requireLength(text, name, maxLength);
        return text.strip();
    }
}
