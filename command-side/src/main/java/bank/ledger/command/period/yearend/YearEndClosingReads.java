package bank.ledger.command.period.yearend;

import bank.ledger.domain.identity.IdentityRegistry;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Everything a year-end closing reads, in one place: the retained-earnings account and the year's income and
 * expense balances from the read models (rm_account, rm_account_line, which lag the writes by a moment), and
 * which closing entries exist from the write side's identity registry (which does not lag). The closing reads
 * them after its {@code ReadModelBarrier} has seen the read models reach the events recorded before the run.
 */
class YearEndClosingReads {
    private final JdbcTemplate jdbc;
    private final IdentityRegistry identities;

    YearEndClosingReads(JdbcTemplate jdbc, IdentityRegistry identities) {
        this.jdbc = jdbc;
        this.identities = identities;
    }

    record Account(String accountId, String type, String currency) {
    }

    Optional<Account> account(String accountId) {
        return jdbc.query("select account_id, type, currency from rm_account where account_id = ?",
                (rs, n) -> new Account(rs.getString("account_id"), rs.getString("type"), rs.getString("currency")),
                accountId).stream().findFirst();
    }

    /**
     * The year's net movement of every INCOME and EXPENSE account of the currency that did not net to zero,
     * by account id, at most {@code limit}; the lines of the entries {@code excludedEntryIds} (the closing
     * entries and their reversals) and of whatever reversed those are left out.
     */
    List<YearEndEntry.Balance> balances(String currency, LocalDate firstDay, LocalDate lastDay,
                                         List<String> excludedEntryIds, int limit) {
        String[] excluded = excludedEntryIds.toArray(String[]::new);
        return jdbc.query("""
                select l.account_id, a.type, sum(l.change_debits_posted - l.change_credits_posted) as net
                from rm_account_line l join rm_account a on a.account_id = l.account_id
                where a.type in ('INCOME', 'EXPENSE') and a.currency = ? and l.effective_date between ? and ?
                  and l.entry_id <> all(?)
                  and l.entry_id not in (select reversed_by from rm_journal_entry
                                         where entry_id = any(?) and reversed_by is not null)
                group by l.account_id, a.type
                having sum(l.change_debits_posted - l.change_credits_posted) <> 0
                order by l.account_id limit ?""",
                (rs, n) -> new YearEndEntry.Balance(rs.getString("account_id"), rs.getString("type"),
                        rs.getLong("net")), currency, firstDay, lastDay, excluded, excluded, limit);
    }

    /** The other currencies whose income or expense accounts do not net to zero over the year (all lines). */
    List<String> unclosedCurrencies(String currency, LocalDate firstDay, LocalDate lastDay) {
        return jdbc.queryForList("""
                select distinct currency from (
                  select a.currency from rm_account_line l join rm_account a on a.account_id = l.account_id
                  where a.type in ('INCOME', 'EXPENSE') and a.currency <> ? and l.effective_date between ? and ?
                  group by a.currency, l.account_id
                  having sum(l.change_debits_posted - l.change_credits_posted) <> 0) unclosed
                order by currency""", String.class, currency, firstDay, lastDay);
    }

    /** True when the read model holds the entry as the closing of that year and currency. */
    boolean isClosingEntry(String entryId, int year, String currency) {
        return !jdbc.queryForList("select 1 from rm_journal_entry where entry_id = ? and metadata->>'yearEndClosingOf' = ?"
                + " and metadata->>'yearEndCurrency' = ?", Integer.class, entryId, Integer.toString(year), currency).isEmpty();
    }

    /** True when the read model holds {@code entryId} as something else than the reversal of {@code reversed}. */
    boolean isOtherThanReversalOf(String entryId, String reversed) {
        return !jdbc.queryForList("select 1 from rm_journal_entry where entry_id = ? and reversal_of is distinct from ?",
                Integer.class, entryId, reversed).isEmpty();
    }

    boolean entryKnown(String entryId) {
        return !jdbc.queryForList("select 1 from rm_journal_entry where entry_id = ?", Integer.class, entryId).isEmpty();
    }

    /** True once a journal entry with this id exists (or is being written): the write side, no lag. */
    boolean entryExists(String entryId) {
        return identities.isReserved(entryId, IdentityRegistry.Kind.JOURNAL_ENTRY);
    }
}
