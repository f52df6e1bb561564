package bank.ledger.command.identity;

import bank.ledger.domain.identity.IdentityRegistry;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The identity registry in PostgreSQL. It runs inside the command's transaction (Axon's unit of work
 * opens a Spring transaction on the same DataSource), so a refused command leaves no reservation.
 * {@code on conflict do nothing} waits for a concurrent writer of the same id to finish, so a
 * duplicate request sees the first one's committed outcome instead of failing.
 */
public class JdbcIdentityRegistry implements IdentityRegistry {
    private final JdbcTemplate jdbc;

    public JdbcIdentityRegistry(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean reserve(String id, Kind kind, String field) {
        int inserted = jdbc.update("insert into ledger_identity (id, kind) values (?, ?) on conflict (id) do nothing",
                id, kind.name());
        if (inserted == 1) {
            return true;
        }
        String existing = jdbc.queryForObject("select kind from ledger_identity where id = ?", String.class, id);
        if (!kind.name().equals(existing)) {
            throw LedgerRefusal.of(RefusalCode.ID_ALREADY_USED, field,
                    "id " + id + " already names " + ("ACCOUNT".equals(existing) ? "an account" : "a journal entry"));
        }
        return false;
    }

    @Override
    public boolean isReserved(String id, Kind kind) {
        return !jdbc.queryForList("select 1 from ledger_identity where id = ? and kind = ?", Integer.class, id,
                kind.name()).isEmpty();
    }

    @Override
    public void reserveAccountCode(String code, String accountId) {
        int inserted = jdbc.update(
                "insert into ledger_account_code (code, account_id) values (?, ?) on conflict (code) do nothing",
                code, accountId);
        if (inserted == 0) {
            throw LedgerRefusal.of(RefusalCode.ACCOUNT_CODE_TAKEN, "code", "account code " + code + " is taken");
        }
    }
}
