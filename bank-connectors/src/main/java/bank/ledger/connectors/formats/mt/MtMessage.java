package bank.ledger.connectors.formats.mt;

import java.util.List;

/** One MT940/MT942 message: FIN header blocks 1-3 (empty for bare files), its first line, block 4 fields. */
record MtMessage(String header, int line, List<MtField> fields) {
}
