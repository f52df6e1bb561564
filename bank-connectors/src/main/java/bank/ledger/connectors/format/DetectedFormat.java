package bank.ledger.connectors.format;

/** What the content looks like, before a parser confirms it. */
public enum DetectedFormat { CAMT, MT, UNKNOWN }
