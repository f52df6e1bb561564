package bank.ledger.app.bench.http;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * CPU time (user + system, /proc/&lt;pid&gt;/stat) of the ledger process and of the PostgreSQL backends serving the
 * run's database (local server only): on a machine shared with other work the wall time of a rebuild says how busy
 * the machine was as much as how fast the code is, the CPU time it cost much less so. NaN where /proc or the
 * server cannot be read (not Linux, a remote PostgreSQL, --embedded).
 */
final class CpuMeter {
    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private final long ledgerPid;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    /** CPU seconds at one moment: the ledger's and the database backends'. */
    record Reading(double ledgerSeconds, double databaseSeconds) {
        Reading minus(Reading earlier) {
            return new Reading(ledgerSeconds - earlier.ledgerSeconds, databaseSeconds - earlier.databaseSeconds);
        }
    }

    CpuMeter(long ledgerPid, String jdbcUrl, String user, String password) {
        this.ledgerPid = ledgerPid;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    Reading read() {
        return new Reading(seconds(ledgerPid), databaseSeconds());
    }

    /** The backends of the run's database (their pids from pg_stat_activity), at most 200 of them. */
    private double databaseSeconds() {
        if (jdbcUrl == null || !(jdbcUrl.contains("//127.0.0.1") || jdbcUrl.contains("//localhost"))) {
            return Double.NaN;
        }
        List<Long> pids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select pid from pg_stat_activity where datname = current_database()"
                     + " and pid <> pg_backend_pid() limit 200")) {
            while (rows.next()) {
                pids.add(rows.getLong(1));
            }
        } catch (java.sql.SQLException e) {
            return Double.NaN;
        }
        return pids.stream().mapToDouble(CpuMeter::seconds).filter(s -> !Double.isNaN(s)).sum();
    }

    static double seconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND; // utime, stime
        } catch (java.io.IOException | RuntimeException e) {
            return Double.NaN;
        }
    }
}
