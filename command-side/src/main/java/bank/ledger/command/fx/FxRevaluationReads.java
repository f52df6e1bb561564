package bank.ledger.command.fx;

import bank.ledger.domain.money.Currencies;
import bank.ledger.domain.money.FxRate;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a revaluation reads from the read models: the foreign-currency accounts, each one's booked value in
 * the reporting currency (every day's movements at that day's rate, plus the revaluations already posted for
 * it) and its balance, and the revaluation entries of a period. Read models lag the writes by a moment;
 * the derived entry ids make a run on slightly stale figures harmless (a rerun posts nothing twice).
 */
final class FxRevaluationReads {
    /** As the rate table's readers do (projections' FxRateTable, which command-side may not use): 20 digits. */
    private static final MathContext INVERSE = new MathContext(20, RoundingMode.HALF_EVEN);
    private static final String IN_FORCE = """
            select effective_date, rate, source from rm_fx_rate
            where base = ? and quote = ? and effective_date <= ? order by effective_date desc limit 1""";
    private final JdbcTemplate jdbc;

    FxRevaluationReads(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A rate of the table: one unit of the account's currency in the reporting currency. */
    record Rate(BigDecimal value, LocalDate effectiveDate, String source) {
    }

    /** The rate in force on {@code day}: the latest effective on or before it, else the inverse pair's. */
    private Optional<Rate> inForce(String base, String quote, LocalDate day) {
        Optional<Rate> direct = stored(base, quote, day);
        if (direct.isPresent()) {
            return direct;
        }
        return stored(quote, base, day).map(r -> new Rate(BigDecimal.ONE.divide(r.value(), INVERSE), r.effectiveDate(),
                r.source()));
    }

    private Optional<Rate> stored(String base, String quote, LocalDate day) {
        return jdbc.query(IN_FORCE, (rs, n) -> new Rate(new BigDecimal(rs.getString("rate")),
                rs.getObject("effective_date", LocalDate.class), rs.getString("source")), base, quote, day)
                .stream().findFirst();
    }

    /** The accounts a run revalues: the ones named, or every foreign-currency account but the FX clearing ones. */
    List<String> foreignAccounts(String reporting, List<String> named, int limit) {
        if (named != null && !named.isEmpty()) {
            return jdbc.queryForList("select account_id from rm_account where currency <> ? and not fx_clearing"
                    + " and account_id = any(?) order by account_id limit ?", String.class, reporting,
                    named.toArray(String[]::new), limit);
        }
        return jdbc.queryForList("select account_id from rm_account where currency <> ? and not fx_clearing"
                + " order by account_id limit ?", String.class, reporting, limit);
    }

    /** What a run makes of an account: revalued (foreign), an FX clearing account, or in the reporting currency. */
    enum Kind { FOREIGN, FX_CLEARING, REPORTING_CURRENCY }

    Optional<Kind> kindOf(String accountId, String reporting) {
        return jdbc.query("select currency, fx_clearing from rm_account where account_id = ?", (rs, n) ->
                rs.getBoolean("fx_clearing") ? Kind.FX_CLEARING
                        : reporting.equals(rs.getString("currency")) ? Kind.REPORTING_CURRENCY : Kind.FOREIGN,
                accountId).stream().findFirst();
    }

    String currencyOf(String accountId) {
        return jdbc.queryForObject("select currency from rm_account where account_id = ?", String.class, accountId);
    }

    /** Balance (debit-positive, account currency) and booked value (reporting currency) up to {@code day}. */
    record Position(long balanceMinor, long bookedMinor) {
    }

    Position position(String accountId, String currency, String reporting, LocalDate day, int daysMax) {
        List<long[]> days = new java.util.ArrayList<>();
        List<LocalDate> dates = new java.util.ArrayList<>();
        jdbc.query("""
                select effective_date, sum(change_debits_posted - change_credits_posted) as net from rm_account_line
                where account_id = ? and effective_date <= ? group by effective_date order by effective_date limit ?""",
                rs -> {
                    dates.add(rs.getObject("effective_date", LocalDate.class));
                    days.add(new long[] {rs.getLong("net")});
                }, accountId, day, daysMax + 1);
        if (days.size() > daysMax) {
            throw LedgerRefusal.of(RefusalCode.INVALID_FIELD, "period", "account " + accountId + " has movements on more"
                    + " than " + daysMax + " days (ledger.fx.revaluation-days-max)");
        }
        int from = Currencies.exponent(currency);
        int to = Currencies.exponent(reporting);
        long balance = 0;
        long booked = 0;
        for (int i = 0; i < days.size(); i++) {
            long net = days.get(i)[0];
            balance = Math.addExact(balance, net);
            booked = Math.addExact(booked, Long.signum(net) * rate(currency, reporting, dates.get(i), accountId)
                    .convert(Math.abs(net), from, to));
        }
        return new Position(balance, Math.addExact(booked, adjustments(accountId, reporting, day)));
    }

    /** The rate in force on {@code day}, or the refusal that names the pair, the day and the account. */
    FxRate rate(String currency, String reporting, LocalDate day, String accountId) {
        return inForce(currency, reporting, day).map(r -> new FxRate(r.value()))
                .orElseThrow(() -> LedgerRefusal.of(RefusalCode.FX_RATE_NOT_FOUND, "period", "no " + currency + "/"
                        + reporting + " rate effective on or before " + day + " (needed for account " + accountId + ")"));
    }

    Rate closingRate(String currency, String reporting, LocalDate day, String accountId) {
        return inForce(currency, reporting, day).orElseThrow(() -> LedgerRefusal.of(RefusalCode.FX_RATE_NOT_FOUND,
                "period", "no " + currency + "/" + reporting + " rate effective on or before " + day
                        + " (needed for account " + accountId + ")"));
    }

    /** The revaluations already posted for the account (reversals count with the opposite sign). */
    private long adjustments(String accountId, String reporting, LocalDate day) {
        Long sum = jdbc.queryForObject("""
                select coalesce(sum((metadata->>'fxAdjustmentMinor')::bigint), 0) from rm_journal_entry
                where metadata->>'fxRevaluationOf' = ? and metadata->>'fxReportingCurrency' = ? and effective_date <= ?""",
                Long.class, accountId, reporting, day);
        return sum == null ? 0 : sum;
    }

    /** How many times the account's revaluation for the period was reversed: the next run's id suffix. */
    int reversals(String accountId, String period, String reporting) {
        Integer count = jdbc.queryForObject("""
                select count(*) from rm_journal_entry where metadata->>'fxRevaluationOf' = ? and metadata->>'fxPeriod' = ?
                and metadata->>'fxReportingCurrency' = ? and metadata->>'fxRevaluationReversalOf' is not null""",
                Integer.class, accountId, period, reporting);
        return count == null ? 0 : count;
    }

    /** A period's revaluation entries not yet reversed: id, account and signed adjustment. */
    record Posted(String entryId, String accountId, long adjustmentMinor, String debitAccountId,
                  String creditAccountId) {
    }

    List<Posted> unreversed(String period, String reporting, int limit) {
        return jdbc.query("""
                select e.entry_id, e.metadata->>'fxRevaluationOf' as account_id,
                       (e.metadata->>'fxAdjustmentMinor')::bigint as adjustment,
                       e.metadata->>'fxDebitAccountId' as debit_account, e.metadata->>'fxCreditAccountId' as credit_account
                from rm_journal_entry e
                where e.metadata->>'fxPeriod' = ? and e.metadata->>'fxReportingCurrency' = ?
                  and e.metadata->>'fxRevaluationReversalOf' is null
                  and not exists (select 1 from rm_journal_entry r where r.metadata->>'fxRevaluationReversalOf' = e.entry_id)
                order by e.entry_id limit ?""",
                (rs, n) -> new Posted(rs.getString("entry_id"), rs.getString("account_id"), rs.getLong("adjustment"),
                        rs.getString("debit_account"), rs.getString("credit_account")), period, reporting, limit);
    }
}
