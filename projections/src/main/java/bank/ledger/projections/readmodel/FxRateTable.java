package bank.ledger.projections.readmodel;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads the rate table {@code rm_fx_rate} (processing group {@code fx-rates}): the rate in force on a day
 * is the latest one effective on or before it. A pair imported only the other way round is answered
 * through its inverse, to 20 significant digits, and says so ({@code inverted}).
 */
public final class FxRateTable {
    /** Significant digits of an inverted rate: far beyond any currency's minor unit at any amount the ledger counts. */
    public static final MathContext INVERSE = new MathContext(20, RoundingMode.HALF_EVEN);
    private static final String IN_FORCE = """
            select base, quote, effective_date, rate, source, import_id from rm_fx_rate
            where base = ? and quote = ? and effective_date <= ? order by effective_date desc limit 1""";
    private final JdbcTemplate jdbc;

    public FxRateTable(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** One stored rate; {@code value} is what one base is worth in quote. */
    public record Rate(String base, String quote, LocalDate effectiveDate, BigDecimal value, String source,
                       String importId, boolean inverted) {
    }

    /** The rate from {@code base} to {@code quote} in force on {@code day}; 1 for a currency into itself. */
    public Optional<Rate> inForce(String base, String quote, LocalDate day) {
        if (base.equals(quote)) {
            return Optional.of(new Rate(base, quote, day, BigDecimal.ONE, "identity", "", false));
        }
        Optional<Rate> direct = query(IN_FORCE, base, quote, day).stream().findFirst();
        if (direct.isPresent()) {
            return direct;
        }
        return query(IN_FORCE, quote, base, day).stream().findFirst().map(r -> new Rate(base, quote,
                r.effectiveDate(), BigDecimal.ONE.divide(r.value(), INVERSE), r.source(), r.importId(), true));
    }

    /** The stored rates of a pair effective on or before {@code day}, newest first, at most {@code limit}. */
    public List<Rate> history(String base, String quote, LocalDate day, int limit) {
        return jdbc.query("""
                select base, quote, effective_date, rate, source, import_id from rm_fx_rate
                where base = ? and quote = ? and effective_date <= ? order by effective_date desc limit ?""",
                (rs, n) -> row(rs, false), base, quote, day, limit);
    }

    /**
     * The table a page at a time, newest effective day first, then pair: the rows effective on or before
     * {@code onOrBefore} (every row when null), after the keyset {@code after} (the last row of the page
     * before: its day, base and quote; null for the first page). At most {@code limit} rows.
     */
    public List<Rate> page(LocalDate onOrBefore, Rate after, int limit) {
        LocalDate top = onOrBefore == null ? LocalDate.of(9999, 12, 31) : onOrBefore;
        if (after == null) {
            return jdbc.query("""
                    select base, quote, effective_date, rate, source, import_id from rm_fx_rate
                    where effective_date <= ? order by effective_date desc, base desc, quote desc limit ?""",
                    (rs, n) -> row(rs, false), top, limit);
        }
        return jdbc.query("""
                select base, quote, effective_date, rate, source, import_id from rm_fx_rate
                where effective_date <= ? and (effective_date, base, quote) < (?, ?, ?)
                order by effective_date desc, base desc, quote desc limit ?""",
                (rs, n) -> row(rs, false), top, after.effectiveDate(), after.base(), after.quote(), limit);
    }

    private List<Rate> query(String sql, String base, String quote, LocalDate day) {
        return jdbc.query(sql, (rs, n) -> row(rs, false), base, quote, day);
    }

    private static Rate row(java.sql.ResultSet rs, boolean inverted) throws java.sql.SQLException {
        return new Rate(rs.getString("base"), rs.getString("quote"), rs.getObject("effective_date", LocalDate.class),
                new BigDecimal(rs.getString("rate")), rs.getString("source"), rs.getString("import_id"), inverted);
    }
}
