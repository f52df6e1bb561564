package bank.ledger.connectors.formats.detect;

/** What the content looks like, before a parser confirms it. */
public enum DetectedFormat { CAMT, MT, UNKNOWN }
