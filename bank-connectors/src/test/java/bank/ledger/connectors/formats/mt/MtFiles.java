package bank.ledger.connectors.formats.mt;

import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.connectors.formats.model.Warning;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small MT files for the behaviour tests: lines joined by LF, read with the default limits. */
final class MtFiles {
    static final String HEAD = ":20:STMT1\n:25:DE89370400440532013000\n:28C:1/1\n:60F:C240102EUR100,00\n";

    private MtFiles() {
    }

    static ParsedFile read(String text) throws StatementParseException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    static ParsedFile read(byte[] content) throws StatementParseException {
        return new MtParser(ParseLimits.defaults()).parse("test.sta", content);
    }

    /** One statement: the standard head, the given lines, a closing balance and the end mark. */
    static Statement statement(String body, String closing) throws StatementParseException {
        return read(HEAD + body + "\n:62F:" + closing + "\n-\n").statements().get(0);
    }

    static Entry entry(String lines) throws StatementParseException {
        return read(HEAD + lines + "\n:62F:C240102EUR100,00\n-\n").statements().get(0).entries().get(0);
    }

    static List<String> codes(List<Warning> warnings) {
        List<String> codes = new ArrayList<>();
        warnings.forEach(w -> codes.add(w.code() + "@" + w.line()));
        return codes;
    }
}
