package bank.ledger.connectors.ingestion;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** Which ledger account mirrors a bank account in one currency, and where its unexplained lines wait. */
public class BankAccountMappings {
    private final JdbcTemplate jdbc;

    public record Mapping(String bankAccount, String currency, String ledgerAccountId, String suspenseAccountId,
                          String differenceAccountId) {
    }

    public BankAccountMappings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void save(Mapping mapping) {
        jdbc.update("""
                insert into bank_account_mapping (bank_account, currency, ledger_account_id, suspense_account_id,
                    difference_account_id, updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (bank_account, currency) do update set ledger_account_id = excluded.ledger_account_id,
                    suspense_account_id = excluded.suspense_account_id,
                    difference_account_id = excluded.difference_account_id, updated_at = excluded.updated_at""",
                mapping.bankAccount(), mapping.currency(), mapping.ledgerAccountId(), mapping.suspenseAccountId(),
                mapping.differenceAccountId(), Timestamp.from(Instant.now()));
    }

    public Mapping require(String bankAccount, String currency) {
        return find(bankAccount, currency).orElseThrow(() -> LedgerRefusal.of(RefusalCode.BANK_ACCOUNT_NOT_MAPPED,
                "account", "bank account " + bankAccount + " in " + currency + " is not mapped to a ledger account"));
    }

    public java.util.Optional<Mapping> find(String bankAccount, String currency) {
        List<Mapping> found = jdbc.query("select * from bank_account_mapping where bank_account = ? and currency = ?",
                BankAccountMappings::mapping, bankAccount, currency);
        return found.stream().findFirst();
    }

    public java.util.Optional<Mapping> findByLedgerAccount(String ledgerAccountId) {
        List<Mapping> found = jdbc.query("select * from bank_account_mapping where ledger_account_id = ? limit 1",
                BankAccountMappings::mapping, ledgerAccountId);
        return found.stream().findFirst();
    }

    /**
     * The mappings a page at a time, by bank account then currency, after the keyset of the page before
     * (its last row's bank account and currency; null for the first page), at most {@code limit} rows.
     */
    public List<Mapping> page(String afterBankAccount, String afterCurrency, int limit) {
        if (afterBankAccount == null) {
            return jdbc.query("select * from bank_account_mapping order by bank_account, currency limit ?",
                    BankAccountMappings::mapping, limit);
        }
        return jdbc.query("select * from bank_account_mapping where (bank_account, currency) > (?, ?)"
                + " order by bank_account, currency limit ?", BankAccountMappings::mapping, afterBankAccount,
                afterCurrency, limit);
    }

    private static Mapping mapping(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Mapping(rs.getString("bank_account"), rs.getString("currency"), rs.getString("ledger_account_id"),
                rs.getString("suspense_account_id"), rs.getString("difference_account_id"));
    }
}
