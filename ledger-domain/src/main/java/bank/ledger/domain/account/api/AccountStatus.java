package bank.ledger.domain.account.api;

/** OPEN accepts postings; FROZEN refuses new movements but can be unfrozen; CLOSED is final. */
public enum AccountStatus { OPEN, FROZEN, CLOSED }
