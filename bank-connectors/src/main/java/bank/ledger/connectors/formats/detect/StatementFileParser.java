package bank.ledger.connectors.formats.detect;

import bank.ledger.connectors.formats.camt.CamtParser;
import bank.ledger.connectors.formats.csv.CsvParser;
import bank.ledger.connectors.formats.csv.CsvProfile;
import bank.ledger.connectors.formats.mt.MtParser;
import bank.ledger.connectors.formats.model.ParseError;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.StatementParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads a statement file within the size limit and hands it to the parser its content calls for. */
public final class StatementFileParser {
    private final ParseLimits limits;
    private final CsvProfile csvProfile;

    /** @param csvProfile the profile for CSV files, or null to accept only camt and MT */
    public StatementFileParser(ParseLimits limits, CsvProfile csvProfile) {
        this.limits = limits;
        this.csvProfile = csvProfile;
    }

    public ParsedFile parse(Path path) throws StatementParseException {
        String name = path.toString();
        return parse(name, read(path, name));
    }

    public ParsedFile parse(String name, byte[] content) throws StatementParseException {
        if (content.length > limits.maxFileBytes()) {
            throw fail(name, "file has " + content.length + " bytes, the limit is " + limits.maxFileBytes());
        }
        DetectedFormat format = FormatDetector.detect(content);
        if (csvProfile != null && format != DetectedFormat.CAMT) {
            // A CSV description column may hold ":20:" at a line start; the named profile wins.
            return new CsvParser(csvProfile, limits).parse(name, content);
        }
        return switch (format) {
            case CAMT -> new CamtParser(limits).parse(name, content);
            // Likewise without a profile: a known bank's CSV header wins over a ":20:" in a quoted text.
            case MT -> CsvParser.recognises(content) ? new CsvParser(null, limits).parse(name, content)
                    : new MtParser(limits).parse(name, content);
            case UNKNOWN -> csv(name, content);
        };
    }

    /** Neither camt nor MT: a CSV export whose header a built-in profile knows, else refused. */
    private ParsedFile csv(String name, byte[] content) throws StatementParseException {
        if (!CsvParser.recognises(content)) {
            throw fail(name, "neither camt XML, nor an MT940/MT942 message, nor a CSV export with the header of a"
                    + " known bank; for other CSV name a mapping profile with --profile NAME (upload: ?profile=NAME)");
        }
        return new CsvParser(null, limits).parse(name, content);
    }

    /** Reads at most one byte past the limit, so an oversized file is refused without loading it. */
    private byte[] read(Path path, String name) throws StatementParseException {
        try (InputStream in = Files.newInputStream(path)) {
            long cap = Math.min(limits.maxFileBytes() + 1, Integer.MAX_VALUE - 8);
            byte[] content = in.readNBytes((int) cap);
            if (content.length > limits.maxFileBytes()) {
                throw fail(name, "file is larger than the limit of " + limits.maxFileBytes() + " bytes");
            }
            return content;
        } catch (IOException e) {
            throw fail(name, "cannot read: " + e.getClass().getSimpleName() + " " + e.getMessage());
        }
    }

    private static StatementParseException fail(String name, String message) {
        return new StatementParseException(name, List.of(new ParseError(0, message)));
    }
}
