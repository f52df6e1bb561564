package bank.ledger.app.replica;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * A real PostgreSQL primary and a streaming replica of it ({@code pg_basebackup -R}), made with this machine's
 * PostgreSQL binaries ({@code LEDGER_PG_BIN}, default /usr/lib/postgresql/15/bin: the embedded PostgreSQL 17 of
 * the dev profile cannot be base-backed-up by a 15 client) in a temporary directory, on free loopback ports, as
 * the {@code postgres} user when the tests run as root (initdb and the server refuse root). Every command is
 * bounded in time; {@link #close} stops both servers and deletes the directory.
 */
final class StreamingReplica implements AutoCloseable {
    static final Path BIN = Path.of(System.getenv().getOrDefault("LEDGER_PG_BIN", "/usr/lib/postgresql/15/bin"));
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(120);
    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    static final String DATABASE = "ledger";

    private final Path dir;
    final int primaryPort;
    final int replicaPort;

    private StreamingReplica(Path dir, int primaryPort, int replicaPort) {
        this.dir = dir;
        this.primaryPort = primaryPort;
        this.replicaPort = replicaPort;
    }

    /** Why this machine cannot make the pair (to skip with), or empty. */
    static Optional<String> missing() {
        for (String tool : List.of("initdb", "pg_ctl", "pg_basebackup")) {
            if (!Files.isExecutable(BIN.resolve(tool))) {
                return Optional.of(BIN.resolve(tool) + " is missing (PostgreSQL server binaries; LEDGER_PG_BIN names another directory)");
            }
        }
        if (ROOT && !Files.isExecutable(Path.of("/usr/sbin/runuser")) && !Files.isExecutable(Path.of("/sbin/runuser"))) {
            return Optional.of("running as root without runuser: initdb and postgres refuse root");
        }
        if (ROOT && !hasPostgresUser()) {
            return Optional.of("running as root without a postgres user to run initdb and the servers as");
        }
        return Optional.empty();
    }

    private static boolean hasPostgresUser() {
        try (Stream<String> users = Files.lines(Path.of("/etc/passwd"))) {
            return users.anyMatch(line -> line.startsWith("postgres:"));
        } catch (IOException unreadable) {
            return false;
        }
    }

    static StreamingReplica start() throws IOException, SQLException {
        Path dir = Files.createTempDirectory("ledger-replica-it-");
        StreamingReplica pair = new StreamingReplica(dir, freePort(), freePort());
        try {
            pair.create();
            return pair;
        } catch (IOException | SQLException | RuntimeException failure) {
            pair.close();
            throw failure;
        }
    }

    private void create() throws IOException, SQLException {
        if (ROOT) {
            run("chown", "postgres", dir.toString());
        }
        pg("initdb", "-D", primaryDir().toString(), "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync");
        Files.writeString(primaryDir().resolve("postgresql.conf"), String.join("\n",
                "listen_addresses = '127.0.0.1'", "port = " + primaryPort, "unix_socket_directories = '" + dir + "'",
                "wal_level = replica", "max_wal_senders = 4", "max_connections = 60", "shared_buffers = 32MB",
                "fsync = off", "") , StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        pg("pg_ctl", "-D", primaryDir().toString(), "-l", dir.resolve("primary.log").toString(), "-w", "-t", "90", "start");
        execute(primaryPort, "postgres", "create database " + DATABASE);
        pg("pg_basebackup", "-h", "127.0.0.1", "-p", Integer.toString(primaryPort), "-U", "postgres",
                "-D", replicaDir().toString(), "-R", "-X", "stream", "-c", "fast", "--no-sync");
        // the copy's settings are the primary's: a later line wins, so the replica only needs its own port
        Files.writeString(replicaDir().resolve("postgresql.conf"), "port = " + replicaPort + "\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        startReplica();
    }

    void startReplica() throws IOException {
        pg("pg_ctl", "-D", replicaDir().toString(), "-l", dir.resolve("replica.log").toString(), "-w", "-t", "90", "start");
        Awaitility.await("the replica accepts reads").atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .ignoreExceptions().until(() -> inRecovery());
    }

    void stopReplica() throws IOException {
        pg("pg_ctl", "-D", replicaDir().toString(), "-m", "fast", "-w", "-t", "60", "stop");
    }

    private boolean inRecovery() throws SQLException {
        try (Connection connection = connect(replicaPort, DATABASE);
             var rs = connection.createStatement().executeQuery("select pg_is_in_recovery()")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    String primaryUrl() {
        return "jdbc:postgresql://127.0.0.1:" + primaryPort + "/" + DATABASE;
    }

    String replicaUrl() {
        return "jdbc:postgresql://127.0.0.1:" + replicaPort + "/" + DATABASE;
    }

    /** Replay stops where it is: the replica keeps receiving WAL and serving reads, of an ever older past. */
    void pauseReplay() throws SQLException {
        execute(replicaPort, DATABASE, "select pg_wal_replay_pause()");
    }

    void resumeReplay() throws SQLException {
        execute(replicaPort, DATABASE, "select pg_wal_replay_resume()");
    }

    /** Rows of a journal entry in the replica's copy of the read model, asked of the replica directly. */
    long entryRowsOnReplica(String entryId) throws SQLException {
        try (Connection connection = connect(replicaPort, DATABASE);
             var statement = connection.prepareStatement("select count(*) from rm_journal_entry where entry_id = ?")) {
            statement.setString(1, entryId);
            try (var rs = statement.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void execute(int port, String database, String sql) throws SQLException {
        try (Connection connection = connect(port, database); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Connection connect(int port, String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/" + database, "postgres", "");
    }

    private Path primaryDir() {
        return dir.resolve("primary");
    }

    private Path replicaDir() {
        return dir.resolve("replica");
    }

    /** Stops both servers (immediately: the data is thrown away) and deletes the directory. */
    @Override
    public void close() {
        for (Path data : List.of(replicaDir(), primaryDir())) {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                try {
                    pg("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "-t", "60", "stop");
                } catch (IOException | RuntimeException stopFailed) {
                    System.err.println("stopping " + data + ": " + stopFailed);
                }
            }
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException deleteFailed) {
            System.err.println("deleting " + dir + ": " + deleteFailed);
        }
    }

    private void pg(String tool, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        if (ROOT) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.add(BIN.resolve(tool).toString());
        command.addAll(List.of(args));
        run(command.toArray(String[]::new));
    }

    private void run(String... command) throws IOException {
        Path output = Files.createTempFile("ledger-replica-it-command", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            boolean done = process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            if (!done) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + ": no end after " + COMMAND_TIMEOUT);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ":\n"
                        + Files.readString(output) + logs());
            }
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + String.join(" ", command));
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private String logs() {
        StringBuilder logs = new StringBuilder();
        for (String log : List.of("primary.log", "replica.log")) {
            try {
                if (Files.exists(dir.resolve(log))) {
                    logs.append("\n--- ").append(log).append(":\n").append(Files.readString(dir.resolve(log)));
                }
            } catch (IOException unreadable) {
                logs.append("\n--- ").append(log).append(": ").append(unreadable);
            }
        }
        return logs.toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
