package bank.ledger.connectors.formats.mt;

import bank.ledger.connectors.formats.model.Amounts;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits an MT file into messages and tagged fields, keeping 1-based line numbers. Banks deliver FIN
 * messages in {1:}{2:}{3:}{4: ... -}{5:} envelopes, bare block-4 text, several messages back to back with or
 * without "-" separators, RJE files with "$" between messages, PC-connect files framed by SOH/ETX, and HBCI
 * exports with "@@" for line breaks; export headers and trailers ("ABNANL2A", ":940:") stand around them.
 * All are read; a line that belongs nowhere is a warning with its number, never a refusal.
 */
final class MtTokenizer {
    /** Fields of one line: a further line after them is not theirs. */
    private static final Set<String> SINGLE_LINE = Set.of("20", "21", "25", "28", "28C", "60F", "60M", "62F", "62M",
            "64", "65", "34F", "13", "13D", "90D", "90C");

    private final Flags flags;
    private final int maxMessages;
    private final int maxFields;
    private final List<MtMessage> messages = new ArrayList<>();
    private StringBuilder header = new StringBuilder();
    private List<MtField> fields = new ArrayList<>();
    private int messageLine;
    private MtField current;

    /** Stops once {@code maxMessages} are exceeded or a message has more than {@code maxFields}: memory stays bounded. */
    MtTokenizer(Flags flags, int maxMessages, int maxFields) {
        this.flags = flags;
        this.maxMessages = maxMessages;
        this.maxFields = maxFields;
    }

    List<MtMessage> tokenize(String text) {
        int number = 0;
        int start = 0;
        int length = text.length();
        while (start <= length && !full()) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            number++;
            physicalLine(text.substring(start, end), number);
            if (end < length - 1 && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n') {
                end++;
            }
            start = end + 1;
        }
        finish();
        return messages;
    }

    private boolean full() {
        return messages.size() > maxMessages || fields.size() > maxFields;
    }

    /** SOH and ETX frame a message (PC-connect files); "@@" stands for a line break in HBCI exports. */
    private void physicalLine(String raw, int number) {
        String line = MtText.clean(raw, number, flags);
        int from = 0;
        while (!full()) {
            int at = line.indexOf("@@", from);
            String part = line.substring(from, at < 0 ? line.length() : at);
            int frame = Math.max(part.indexOf('\u0001'), part.indexOf('\u0003'));
            if (frame >= 0) {
                frameMarks(part, number);
            } else {
                accept(part, number);
            }
            if (at < 0) {
                return;
            }
            from = at + 2;
        }
    }

    private void frameMarks(String part, int number) {
        int from = 0;
        for (int i = 0; i <= part.length() && !full(); i++) {
            if (i == part.length() || part.charAt(i) == '\u0001' || part.charAt(i) == '\u0003') {
                accept(part.substring(from, i), number);
                if (i < part.length()) {
                    finish();
                }
                from = i + 1;
            }
        }
    }

    private void accept(String line, int number) {
        String t = line.strip();
        if (t.isEmpty()) {
            return;
        }
        if (t.startsWith("{")) {
            blocks(t, number);
        } else if (t.equals("-") || t.startsWith("-}") || t.equals("$")) {
            finish();
            int next = t.indexOf('{');
            if (next >= 0) {
                blocks(t.substring(next), number);
            }
        } else {
            content(line, t, number);
        }
    }

    private void content(String line, String t, int number) {
        MtField field = MtField.of(line.stripLeading(), number);
        if (field != null) {
            if (field.tag().equals("20") && !fields.isEmpty()) {
                finish(); // back-to-back messages without a separator
            }
            if (fields.isEmpty() && header.length() == 0) {
                messageLine = number;
            }
            current = field;
            fields.add(field);
        } else if (current != null && !SINGLE_LINE.contains(current.tag())) {
            current.lines().add(line);
        } else if (current != null) {
            flags.add(WarningCodes.UNREADABLE_LINE, number, "text after :" + current.tag() + ":, which has one line,"
                    + " skipped: " + Amounts.quote(t));
        } else {
            flags.add(WarningCodes.TEXT_OUTSIDE_MESSAGE, number, "text outside any message skipped: " + Amounts.quote(t));
        }
    }

    /** FIN blocks "{1:...}{2:...}{3:{108:...}}{4:" on one or more lines; block 4's text may follow "{4:". */
    private void blocks(String text, int number) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '{') {
            int colon = text.indexOf(':', i);
            String id = colon < 0 ? "" : text.substring(i + 1, colon);
            if (id.equals("4")) {
                if (!fields.isEmpty()) {
                    finish();
                }
                String rest = text.substring(colon + 1);
                if (!rest.isBlank()) {
                    accept(rest, number);
                }
                return;
            }
            int close = closing(text, i);
            String block = text.substring(i, close);
            if (id.equals("1") || !fields.isEmpty() && (id.equals("2") || id.equals("3"))) {
                finish();
            }
            if (id.equals("1") || id.equals("2") || id.equals("3")) {
                if (header.length() == 0) {
                    messageLine = number;
                }
                header.append(block);
            } else if (!id.equals("5") && !id.equals("S")) {
                flags.add(WarningCodes.TEXT_OUTSIDE_MESSAGE, number, "unknown block skipped: " + Amounts.quote(block));
            }
            i = close;
        }
        if (i < text.length()) {
            accept(text.substring(i), number);
        }
    }

    /** Index after the brace that closes the block opened at {@code open}, nested blocks included. */
    private static int closing(String text, int open) {
        int depth = 0;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return i + 1;
            }
        }
        return text.length();
    }

    private void finish() {
        if (!fields.isEmpty()) {
            messages.add(new MtMessage(header.toString(), messageLine, fields));
        } else if (header.length() > 0) {
            flags.add(WarningCodes.TEXT_OUTSIDE_MESSAGE, messageLine, "message header without any field skipped: "
                    + Amounts.quote(header.toString()));
        }
        header = new StringBuilder();
        fields = new ArrayList<>();
        current = null;
    }
}
