package bank.ledger.connectors.cli;

import bank.ledger.connectors.formats.csv.CsvProfile;
import bank.ledger.connectors.formats.csv.CsvProfiles;
import bank.ledger.connectors.formats.detect.StatementFileParser;
import bank.ledger.connectors.formats.model.ParseError;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.connectors.formats.validation.StatementValidator;
import bank.ledger.connectors.formats.validation.ValidationIssue;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code statements parse}: read every file, validate them together, print JSON or a table, and a
 * summary per file. Exit 0 when anything was read, 3 when nothing was, 2 for usage errors.
 */
final class ParseCommand {
    private final PrintStream out;
    private final PrintStream err;
    private ParseLimits limits = ParseLimits.defaults();
    private CsvProfile profile;
    private boolean pretty;
    private boolean table;
    private boolean entries;
    private boolean validate = true;
    private boolean help;
    private final List<String> files = new ArrayList<>();

    ParseCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(String[] args) {
        try {
            options(args);
        } catch (IllegalArgumentException | IOException e) {
            err.println("ledger statements parse: " + e.getMessage());
            err.println(LedgerCli.parseUsage());
            return LedgerCli.USAGE;
        }
        if (help) {
            out.println(LedgerCli.parseUsage());
            return LedgerCli.OK;
        }
        StatementFileParser parser = new StatementFileParser(limits, profile);
        List<ParsedFile> parsed = new ArrayList<>();
        List<StatementParseException> refused = new ArrayList<>();
        for (String file : files) {
            try {
                parsed.add(parser.parse(Path.of(file)));
            } catch (StatementParseException e) {
                refused.add(e);
                for (ParseError error : e.errors()) {
                    err.println(error.describe(file));
                }
            }
        }
        List<ValidationIssue> issues = validate ? StatementValidator.validate(parsed) : List.of();
        PrintStream summaries = table ? out : err;
        for (ParsedFile file : parsed) {
            List<ValidationIssue> own = issues.stream().filter(i -> i.file().equals(file.file())).toList();
            if (table) {
                ParseReport.table(out, file, entries);
            } else {
                out.println(StatementJson.write(file, own, pretty));
            }
            summaries.println(ParseReport.summary(file, own));
        }
        refused.forEach(e -> summaries.println(ParseReport.refusal(e)));
        for (ValidationIssue issue : issues) {
            err.println(issue.file() + ": statement " + (issue.statementId() == null ? "#" + issue.statementIndex()
                    : issue.statementId()) + ": " + issue.severity() + " " + issue.code() + ": " + issue.message());
        }
        return parsed.isEmpty() ? LedgerCli.NOTHING_READ : LedgerCli.OK;
    }

    private void options(String[] args) throws IOException {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> help = true;
                case "--profile" -> profile = CsvProfiles.load(value(args, ++i, arg));
                case "--pretty" -> pretty = true;
                case "--entries" -> entries = true;
                case "--format" -> table = format(value(args, ++i, arg));
                case "--no-validate" -> validate = false;
                case "--max-file-size" -> limits = limits.withMaxFileBytes(size(value(args, ++i, arg)));
                case "--max-entries" -> limits = limits.withMaxEntriesPerStatement(positive(value(args, ++i, arg), arg));
                case "--" -> {
                    files.addAll(List.of(args).subList(i + 1, args.length));
                    i = args.length;
                }
                default -> {
                    if (arg.startsWith("-") && arg.length() > 1) {
                        throw new IllegalArgumentException("unknown option " + arg);
                    }
                    files.add(arg);
                }
            }
        }
        if (files.isEmpty() && !help) {
            throw new IllegalArgumentException("no FILE given");
        }
        if (entries && !table) {
            throw new IllegalArgumentException("--entries needs --format table (the JSON always has the entries)");
        }
    }

    private static boolean format(String value) {
        return switch (value) {
            case "json" -> false;
            case "table" -> true;
            default -> throw new IllegalArgumentException("--format is json or table, got '" + value + "'");
        };
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    static long size(String text) {
        String t = text.strip().toUpperCase();
        long factor = t.endsWith("MIB") ? 1024 * 1024 : t.endsWith("KIB") ? 1024 : 1;
        String digits = factor == 1 ? t : t.substring(0, t.length() - 3);
        return positive(digits, "--max-file-size") * factor;
    }

    private static int positive(String text, String option) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the option's name
        }
        throw new IllegalArgumentException(option + " must be a positive whole number, got '" + text + "'");
    }
}
