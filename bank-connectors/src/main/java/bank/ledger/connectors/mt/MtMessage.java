package bank.ledger.connectors.mt;

import java.util.List;

/** One MT940/MT942 message: FIN header blocks (may be empty for bare files) and block 4 fields. */
record MtMessage(String header, int line, List<MtField> fields) {
}
