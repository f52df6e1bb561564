package bank.ledger.domain.entry.api;

/** PENDING holds funds until posted or voided; POSTED is final (corrected only by a reversing entry). */
public enum EntryStatus { PENDING, POSTED, VOIDED }
