package bank.ledger.connectors.mt;

import bank.ledger.connectors.statement.Amounts;
import bank.ledger.connectors.statement.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an MT file into messages and tagged fields, keeping line numbers. Banks deliver FIN messages
 * with {1:}{2:}{4: blocks, bare block-4 text, several messages back to back with or without "-"
 * separators, and often no line break after the last line; all of these are accepted here. A line
 * that does not start with a tag continues the previous field (wrapped ":86:" details).
 */
final class MtTokenizer {
    private static final Pattern TAG = Pattern.compile("^:(\\d{2}[A-Z]?):(.*)$");
    private static final Pattern END = Pattern.compile("^-\\}?(\\{5:.*)?\\s*$");

    private final Problems problems;
    private final List<MtMessage> messages = new ArrayList<>();
    private StringBuilder header = new StringBuilder();
    private List<MtField> fields = new ArrayList<>();
    private int messageLine;
    private MtField current;

    MtTokenizer(Problems problems) {
        this.problems = problems;
    }

    List<MtMessage> tokenize(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            accept(lines[i], i + 1);
        }
        finishMessage();
        return messages;
    }

    private void accept(String raw, int number) {
        String line = raw;
        if (line.startsWith("{1:") || line.startsWith("{2:") || line.startsWith("{3:")) {
            finishMessage();
            int block4 = line.indexOf("{4:");
            header.append(block4 < 0 ? line : line.substring(0, block4));
            messageLine = number;
            line = block4 < 0 ? "" : line.substring(block4 + 3);
        }
        if (line.startsWith("{4:")) {
            line = line.substring(3);
        }
        if (END.matcher(line).matches()) {
            finishMessage();
            return;
        }
        if (line.isBlank()) {
            return; // blank lines between messages, or a trailing one
        }
        Matcher tag = TAG.matcher(line);
        if (tag.matches()) {
            if (tag.group(1).equals("20") && !fields.isEmpty()) {
                finishMessage(); // back-to-back messages without a "-" separator
            }
            if (fields.isEmpty() && header.length() == 0) {
                messageLine = number;
            }
            current = new MtField(tag.group(1), number, new ArrayList<>(List.of(tag.group(2))));
            fields.add(current);
        } else if (current != null) {
            current.lines().add(line);
        } else {
            problems.add(number, "text outside any MT field (expected a tag such as :20: or a {1: header): "
                    + Amounts.quote(line));
        }
    }

    private void finishMessage() {
        if (!fields.isEmpty()) {
            messages.add(new MtMessage(header.toString(), messageLine, fields));
        }
        header = new StringBuilder();
        fields = new ArrayList<>();
        current = null;
    }
}
