package bank.ledger.connectors.ingestion;

import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.connectors.formats.csv.CsvProfile;
import bank.ledger.connectors.formats.csv.CsvProfiles;
import bank.ledger.connectors.formats.detect.StatementFileParser;
import bank.ledger.connectors.formats.model.ParseError;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import bank.ledger.domain.statement.api.ReceiveStatement;
import bank.ledger.domain.statement.api.StatementHeader;
import bank.ledger.domain.statement.api.StatementState;
import bank.ledger.domain.statement.api.SupersedeStatement;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The one path every channel takes: parse, validate, map each statement's bank account, receive it
 * under its idempotency key, retire intraday reports an end-of-day statement replaces, then record
 * its lines in batches in the background. A file is refused only when not one statement can be read
 * from it, or when one of its bank accounts is not mapped (then nothing of it is recorded); whatever
 * else is odd is recorded as warnings ({@link StatementFindings}).
 */
public class IngestionPipeline {
    private final BankAccountMappings mappings;
    private final StatementIntake intake;
    private final CommandDispatch commands;
    private final LineImporter importer;
    private final RetiredStatementClaims claims;

    public IngestionPipeline(BankAccountMappings mappings, StatementIntake intake, CommandDispatch commands,
                             LineImporter importer, RetiredStatementClaims claims) {
        this.mappings = mappings;
        this.intake = intake;
        this.commands = commands;
        this.importer = importer;
        this.claims = claims;
    }

    public List<IngestedStatement> ingest(StatementDelivery delivery) {
        return ingest(parse(delivery), delivery);
    }

    /** Records the statements of a file already read (what {@link #ingest(StatementDelivery)} does after parsing). */
    public List<IngestedStatement> ingest(ParsedFile file, StatementDelivery delivery) {
        if (file.statements().isEmpty()) {
            throw LedgerRefusal.of(RefusalCode.NO_STATEMENT_FOUND, "file", "no statement found in the file"
                    + (file.warnings().isEmpty() ? "" : ": " + describe(file.warnings().stream()
                    .map(w -> new ParseError(w.line(), w.message())).toList())));
        }
        List<BankAccountMappings.Mapping> mapped = file.statements().stream()
                .map(s -> mappings.require(s.account().id(), s.currency())).toList();
        List<StatementFindings> findings = StatementFindings.of(file);
        List<IngestedStatement> results = new ArrayList<>();
        for (int i = 0; i < file.statements().size(); i++) {
            results.add(receive(file.statements().get(i), findings.get(i), mapped.get(i).ledgerAccountId(), delivery));
        }
        return results;
    }

    private IngestedStatement receive(Statement statement, StatementFindings findings, String ledgerAccountId,
                                      StatementDelivery delivery) {
        String digest = StatementKeys.contentDigest(statement);
        String key = StatementKeys.key(statement, digest);
        StatementHeader header = StatementLines.header(statement, findings, ledgerAccountId, delivery.channel());
        StatementState receipt = commands.send(new ReceiveStatement(key, digest, header), delivery.origin());
        intake.register(key, header);
        String supersededBy = supersede(key, header, delivery);
        if (receipt.linesDone() < receipt.lineCount() || header.lineCount() == 0) {
            importer.submit(statement, key, ledgerAccountId, delivery); // also resumes an import a crash cut short
        }
        return new IngestedStatement(key, header.bankAccount(), header.currency(), header.messageType(),
                header.lineCount(), receipt.duplicate(), supersededBy, header.proven(), IngestedStatement.codes(header));
    }

    /**
     * camt.052/MT942 restate the day so far; the camt.053/MT940 of that day is the bank's final word.
     * Both are recorded, but only the end-of-day lines are reconciled: the intraday report is retired
     * (its matches undone, its postings freed), whichever of the two arrives first.
     */
    private String supersede(String key, StatementHeader header, StatementDelivery delivery) {
        if (header.closingDate() == null) {
            return null;
        }
        if (StatementIntake.isEndOfDay(header.messageType())) {
            for (String intraday : intake.intradayOfDay(header)) {
                retire(intraday, key, delivery);
            }
            return null;
        }
        String endOfDay = intake.endOfDayFor(header);
        if (endOfDay != null) {
            retire(key, endOfDay, delivery);
        }
        return endOfDay;
    }

    private void retire(String intraday, String endOfDay, StatementDelivery delivery) {
        commands.send(new SupersedeStatement(intraday, endOfDay), delivery.origin());
        intake.superseded(intraday, endOfDay);
        claims.releaseStatement(intraday);
    }

    /** The file's statements; refused ({@code noStatementFound}) only when not one statement can be read from it. */
    private static ParsedFile parse(StatementDelivery delivery) {
        try {
            CsvProfile profile = delivery.csvProfile() == null ? null : csvProfile(delivery.csvProfile());
            return new StatementFileParser(ParseLimits.defaults(), profile).parse(delivery.name(), delivery.content());
        } catch (StatementParseException unreadable) {
            throw LedgerRefusal.of(RefusalCode.NO_STATEMENT_FOUND, "file", describe(unreadable.errors()));
        }
    }

    /** The first five reasons with their lines: what a person needs to see why nothing was read. */
    private static String describe(List<ParseError> errors) {
        return errors.isEmpty() ? "no statement found in the file" : errors.stream().limit(5)
                .map(e -> (e.line() > 0 ? "line " + e.line() + ": " : "") + e.message()).collect(Collectors.joining("; "))
                + (errors.size() > 5 ? " (and " + (errors.size() - 5) + " more)" : "");
    }

    /** Built-in profiles only: a path from a request would let a caller read the server's files. */
    private static CsvProfile csvProfile(String name) {
        if (!CsvProfiles.BUILT_IN.contains(name)) {
            throw Fields.invalid("profile", "profile is one of " + CsvProfiles.BUILT_IN);
        }
        try {
            return CsvProfiles.load(name);
        } catch (IOException e) {
            throw new IllegalStateException("built-in CSV profile " + name + " is missing", e);
        }
    }
}
