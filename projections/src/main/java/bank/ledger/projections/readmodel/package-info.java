/**
 * The published contract of the read models the projections module owns and writes: table and column
 * names ({@code …Table}), typed rows ({@code …Row}) with their mappers, and the readers of the Redis hot
 * accounts ({@link bank.ledger.projections.readmodel.HotAccounts}). The query side reads through this
 * package only (ArchUnit: {@code ModuleBoundariesTest}), so renaming a column is a change here and a
 * compile error wherever the old name was used; the projections write through the same names.
 */
package bank.ledger.projections.readmodel;
