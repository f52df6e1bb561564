package bank.ledger.connectors.formats.mt;

/**
 * FIN header blocks 1-3: the message type and the sender, which for a statement is the account servicing
 * bank. In an output message ("{2:O940...}") the sender is the logical terminal in the message input
 * reference; in an input message ("{2:I940...}") it is block 1's terminal. Read by position, leniently: a
 * header too short for a field just does not give it.
 */
final class MtHeader {
    record Info(String type, String senderBic) {
    }

    private MtHeader() {
    }

    static Info read(String header) {
        String block1 = block(header, "{1:");
        String block2 = block(header, "{2:");
        String type = null;
        String terminal = null;
        if (block2 != null && block2.length() >= 4 && isDigits(block2.substring(1, 4))) {
            type = block2.substring(1, 4);
            if (block2.charAt(0) == 'O' && block2.length() >= 26) {
                terminal = block2.substring(14, 26); // O + type + input time HHMM + MIR date YYMMDD + terminal
            }
        }
        if (terminal == null && block1 != null && block1.length() >= 15) {
            terminal = block1.substring(3, 15); // F01 + terminal
        }
        return new Info(type, bic(terminal));
    }

    private static String block(String header, String start) {
        int at = header == null ? -1 : header.indexOf(start);
        if (at < 0) {
            return null;
        }
        int end = header.indexOf('}', at);
        return header.substring(at + start.length(), end < 0 ? header.length() : end);
    }

    /** A 12-character logical terminal address is the BIC with a terminal letter at position 9. */
    private static String bic(String terminal) {
        if (terminal == null || !terminal.matches("[A-Z]{6}[A-Z0-9]{6}")) {
            return null;
        }
        return terminal.substring(0, 8) + terminal.substring(9);
    }

    private static boolean isDigits(String text) {
        return text.chars().allMatch(Character::isDigit);
    }
}
