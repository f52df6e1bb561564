package bank.ledger.connectors.cli;

import bank.ledger.connectors.formats.csv.CsvProfiles;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/**
 * Entry point of {@code bin/ledger}: dispatches "GROUP COMMAND ARGS...", so that later command
 * groups (accounts, reconcile...) slot in beside "statements". Plain Java, no Spring: it must start fast.
 */
public final class LedgerCli {
    public static final int OK = 0;
    public static final int UNREADABLE = 1;
    public static final int USAGE = 2;
    public static final int INVALID = 3;
    /** statements parse: not one statement could be read from any of the files. */
    public static final int NOTHING_READ = 3;

    private LedgerCli() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, System.getenv());
    }

    static int run(String[] args, PrintStream out, PrintStream err, Map<String, String> env) {
        if (args.length >= 2 && args[0].equals("statements") && args[1].equals("parse")) {
            return new ParseCommand(out, err).run(Arrays.copyOfRange(args, 2, args.length));
        }
        if (args.length >= 2 && args[0].equals("chain") && args[1].equals("verify")) {
            return new ChainVerifyCommand(out, err, env).run(Arrays.copyOfRange(args, 2, args.length));
        }
        if (args.length >= 1 && (args[0].equals("--help") || args[0].equals("help"))) {
            out.println(usage());
            return OK;
        }
        err.println(usage());
        return USAGE;
    }

    static String usage() {
        return parseUsage() + "\n" + """
                usage: ledger chain verify [--from N] [--limit N] [--anchor N:HASH] [--url URL] [--token TOKEN]
                  Asks a running ledger to verify its event hash chain from position N (default 1) to the head,
                  page by page (--limit links per request, 1..1000, default 500), and prints the head's hash;
                  --anchor checks that link N still has the HASH written down earlier. --url defaults to $LEDGER_URL
                  or http://localhost:8080; the auditor's access token or API key from --token or (better, not
                  shown by ps) $LEDGER_TOKEN. Exit codes: 0 intact, 1 the ledger could not be asked, 2 usage,
                  3 the chain is broken (the first broken link is printed).""";
    }

    static String parseUsage() {
        return """
                usage: ledger statements parse [options] FILE...
                  Reads camt.052/053/054, MT940/MT942 and CSV bank statement files (CSV of a known bank by its
                  header, any other with --profile) and prints what was read. Odd lines are read anyway and
                  flagged as warnings with their line; a file is refused only when no statement can be read.
                  A summary per file (statements, entries, warnings by code) goes to stderr, or follows the
                  table with --format table.
                  Exit codes: 0 something was read (even with warnings, refused files or validation issues),
                  2 usage error, 3 nothing could be read from any file.
                options:
                  --format json|table    json (default): one JSON object per file and line; table: one line per
                                         statement (account, currency, period, entries, opening, closing, warnings)
                  --entries              with --format table: list each statement's entries below it
                  --pretty               indent the JSON (one object per file, still in sequence)
                  --profile NAME|FILE    CSV mapping profile, a .properties file or a built-in one:
                %s
                  --max-file-size SIZE   largest file accepted, bytes or with KiB/MiB suffix (default 50MiB)
                  --max-entries N        most entries per statement (default 200000)
                  --no-validate          skip the balance, chaining and sequence checks
                  -h, --help             this text""".formatted(wrapped(CsvProfiles.BUILT_IN, 25, 100));
    }

    /** Names joined by ", " in lines of at most {@code width} characters, each indented by {@code indent}. */
    private static String wrapped(java.util.List<String> names, int indent, int width) {
        StringBuilder lines = new StringBuilder(" ".repeat(indent));
        int lineStart = 0;
        for (int i = 0; i < names.size(); i++) {
            String next = names.get(i) + (i + 1 < names.size() ? "," : "");
            if (lines.length() - lineStart + next.length() + 1 > width) {
                lines.append('\n');
                lineStart = lines.length();
                lines.append(" ".repeat(indent));
            } else if (i > 0) {
                lines.append(' ');
            }
            lines.append(next);
        }
        return lines.toString();
    }
}
