/**
 * The ledger's resources as the HTTP API answers them, one type per resource, used by the query endpoints and
 * by the command endpoints alike (the command side may depend on this package and on no other of the query
 * side: ArchUnit, {@code ModuleBoundariesTest}).
 */
package bank.ledger.query.representation;
