package bank.ledger.connectors.payments;

import bank.ledger.connectors.ingestion.SentPayments;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The payments read model as the statement side asks it: payments sent to the bank (batched, accepted,
 * settled) whose hold credits the ledger account, by end-to-end id (index {@code payment_by_end_to_end_id}).
 * Identifiers longer than an end-to-end id (35) cannot name one and are not asked.
 */
public class PaymentsSent implements SentPayments {
    private static final int END_TO_END_ID_LENGTH_MAX = 35;
    private final JdbcTemplate jdbc;

    public PaymentsSent(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Sent> named(String ledgerAccountId, Collection<String> identifiers) {
        String[] ids = identifiers.stream().filter(id -> id != null && id.length() <= END_TO_END_ID_LENGTH_MAX)
                .distinct().toArray(String[]::new);
        if (ids.length == 0) {
            return List.of();
        }
        return jdbc.query(connection -> {
            PreparedStatement query = connection.prepareStatement("""
                    select payment_id, end_to_end_id, hold_entry_id, amount_minor, currency, status from payment
                    where clearing_account_id = ? and end_to_end_id = any(?)
                      and status in ('BATCHED', 'ACCEPTED', 'SETTLED') order by initiated_at, payment_id""");
            Array array = connection.createArrayOf("varchar", ids);
            query.setString(1, ledgerAccountId);
            query.setArray(2, array);
            return query;
        }, (rs, row) -> new Sent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6)));
    }
}
