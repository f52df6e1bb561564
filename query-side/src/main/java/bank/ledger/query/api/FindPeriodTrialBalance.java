package bank.ledger.query.api;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The trial balance of one accounting period ({@code 2026-11}: days {@code firstDay} to {@code lastDay}), as
 * known at {@code asKnownAt} (null: now): per account the balance carried forward from before the period,
 * the period's posted debits and credits, and the closing balance; one page of accounts after {@code afterCode}.
 */
public record FindPeriodTrialBalance(String periodId, LocalDate firstDay, LocalDate lastDay, Instant asKnownAt,
                                     String afterCode, int pageSize) {
}
