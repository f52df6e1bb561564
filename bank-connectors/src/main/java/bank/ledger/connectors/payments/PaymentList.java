package bank.ledger.connectors.payments;

import bank.ledger.domain.money.MoneyFormat;
import bank.ledger.domain.payment.api.PaymentStatus;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.TextRules;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/v1/payments}: the payments read model, oldest initiation first, optionally of one
 * status or one paying account, keyset-paged like every list (docs/api.md "Pagination"): {@code after}
 * is the opaque {@code nextAfter} of the previous page (initiation instant and payment id).
 */
public class PaymentList {
    public static final int PAGE_SIZE_MAX = 500;
    public static final int PAGE_SIZE_DEFAULT = 100;
    private static final int CURSOR_LENGTH_MAX = 256;
    private final JdbcTemplate jdbc;

    public PaymentList(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One payment of the list: its status and what identifies it to people and to the bank. */
    public record Item(String id, String status, String accountId, String amount, String currency,
                       String creditorName, String creditorIban, String endToEndId, LocalDate requestedExecutionDate,
                       String batchId, String reasonCode, Instant initiatedAt, Instant updatedAt) {
    }

    public record Page(List<Item> items, String nextAfter) {
    }

    private record Cursor(Instant initiatedAt, String paymentId) {
    }

    public Page list(String status, String accountId, String after, int pageSize) {
        if (pageSize < 1 || pageSize > PAGE_SIZE_MAX) {
            throw Fields.invalid("pageSize", "pageSize is 1.." + PAGE_SIZE_MAX);
        }
        if (status != null && Arrays.stream(PaymentStatus.values()).noneMatch(s -> s.name().equals(status))) {
            throw Fields.invalid("status", "status is one of " + Arrays.toString(PaymentStatus.values()));
        }
        if (accountId != null) {
            TextRules.requireId(accountId, "accountId");
        }
        Cursor from = parse(after);
        // the filters are added only when given, so each combination walks its own index (V15_0)
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("select * from payment where (initiated_at, payment_id) > (?, ?)");
        args.add(Timestamp.from(from.initiatedAt()));
        args.add(from.paymentId());
        if (status != null) {
            sql.append(" and status = ?");
            args.add(status);
        }
        if (accountId != null) {
            sql.append(" and account_id = ?");
            args.add(accountId);
        }
        args.add(pageSize);
        List<Item> items = jdbc.query(sql.append(" order by initiated_at, payment_id limit ?").toString(),
                PaymentList::item, args.toArray());
        String next = items.size() < pageSize ? null : format(items.get(items.size() - 1));
        return new Page(items, next);
    }

    private static Item item(ResultSet rs, int row) throws SQLException {
        String currency = rs.getString("currency");
        return new Item(rs.getString("payment_id"), rs.getString("status"), rs.getString("account_id"),
                MoneyFormat.format(rs.getLong("amount_minor"), currency), currency, rs.getString("creditor_name"),
                rs.getString("creditor_iban"), rs.getString("end_to_end_id"),
                rs.getDate("requested_execution_date").toLocalDate(), rs.getString("batch_id"),
                rs.getString("reason_code"), rs.getTimestamp("initiated_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static String format(Item last) {
        String text = last.initiatedAt() + "~" + last.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Cursor parse(String after) {
        if (after == null || after.isEmpty()) {
            return new Cursor(Instant.EPOCH.minusSeconds(1), "");
        }
        try {
            if (after.length() <= CURSOR_LENGTH_MAX) {
                String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
                int split = text.indexOf('~');
                String paymentId = text.substring(split + 1);
                if (split > 0 && TextRules.ID.matcher(paymentId).matches()) {
                    return new Cursor(Instant.parse(text.substring(0, split)), paymentId);
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException malformed) {
            // falls through to the refusal
        }
        throw Fields.invalid("after", "after is the nextAfter of the previous page");
    }
}
