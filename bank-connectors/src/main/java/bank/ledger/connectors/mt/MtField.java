package bank.ledger.connectors.mt;

import java.util.List;

/** A tagged field of block 4, its first line number and its lines (the first without the tag). */
record MtField(String tag, int line, List<String> lines) {
    String first() {
        return lines.get(0).strip();
    }
}
