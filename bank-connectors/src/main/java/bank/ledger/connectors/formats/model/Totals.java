package bank.ledger.connectors.formats.model;

/**
 * Entry counts and sums the bank states for a report (MT942 ":90D:"/":90C:", camt TxsSummry), so that
 * reports without balances can still be checked. A count is -1 when the bank did not send it.
 */
public record Totals(int debitCount, long debitMinor, int creditCount, long creditMinor) {
}
