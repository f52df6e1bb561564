package bank.ledger.connectors.web;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The file of a {@code multipart/form-data} upload (what a browser form and Swagger UI send), read in one
 * pass as the body streams: the part named {@code file}, else the first part with a file name. Only that
 * part is kept; other parts are skipped unread into memory. Bounded: at most {@code bytesMax} bytes of file,
 * headers of a part at most {@value #HEADER_BYTES_MAX} bytes; the delimiter search is linear (no backtracking).
 * Tomcat's own multipart parsing stays off (it would spool every part to disk before anyone could refuse it).
 */
final class MultipartUpload {
    static final int HEADER_BYTES_MAX = 16 * 1024;
    private static final int BUFFER = 64 * 1024;
    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int pos;
    private int len;
    private final long bytesMax;

    /** The file found: its form field, the client's file name (or null) and its bytes. */
    record FilePart(String field, String fileName, byte[] content) {
    }

    private MultipartUpload(InputStream in, long bytesMax) {
        this.in = in;
        this.bytesMax = bytesMax;
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    /** The file part of the body, or null when it has none. */
    static FilePart file(InputStream body, String boundary, long bytesMax) throws IOException {
        return new MultipartUpload(body, bytesMax).find(("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1));
    }

    private FilePart find(byte[] delimiter) throws IOException {
        // the first delimiter may open the body without the line break before it: pretend one was there
        buffer[0] = '\r';
        buffer[1] = '\n';
        len = 2;
        if (!skipTo(delimiter, null)) {
            return null;
        }
        FilePart candidate = null;
        while (true) {
            String headers = partHeaders();
            if (headers == null) {
                return candidate; // the closing delimiter, or the body ended
            }
            String field = MultipartHeaders.parameter(headers, "name");
            String fileName = MultipartHeaders.parameter(headers, "filename");
            boolean wanted = "file".equals(field) || (candidate == null && fileName != null);
            ByteArrayOutputStream content = wanted ? new ByteArrayOutputStream() : null;
            boolean more = skipTo(delimiter, content);
            if (wanted) {
                candidate = new FilePart(field, fileName, content.toByteArray());
                if ("file".equals(field)) {
                    drain(); // read to the end, so the answer is not cut off by an unread rest (Tomcat swallows 2 MB)
                    return candidate;
                }
            }
            if (!more) {
                return candidate;
            }
        }
    }

    /**
     * Copies bytes to {@code sink} (null: drops them) until the delimiter, which is consumed; false when the
     * body ends first. Knuth-Morris-Pratt over the stream: each byte is looked at a bounded number of times.
     */
    private boolean skipTo(byte[] delimiter, ByteArrayOutputStream sink) throws IOException {
        int[] fallback = fallback(delimiter);
        int matched = 0;
        int b;
        while ((b = next()) >= 0) {
            while (matched > 0 && b != (delimiter[matched] & 0xff)) {
                int shorter = fallback[matched - 1];
                write(sink, delimiter, matched - shorter);
                matched = shorter;
            }
            if (b == (delimiter[matched] & 0xff)) {
                if (++matched == delimiter.length) {
                    return true;
                }
            } else if (sink != null) {
                write(sink, b);
            }
        }
        write(sink, delimiter, matched);
        return false;
    }

    private static int[] fallback(byte[] pattern) {
        int[] table = new int[pattern.length];
        for (int i = 1, k = 0; i < pattern.length; i++) {
            while (k > 0 && pattern[i] != pattern[k]) {
                k = table[k - 1];
            }
            if (pattern[i] == pattern[k]) {
                k++;
            }
            table[i] = k;
        }
        return table;
    }

    /** After a delimiter: the part's header block, or null at the closing delimiter ("--") or the body's end. */
    private String partHeaders() throws IOException {
        StringBuilder headers = new StringBuilder();
        int b;
        while ((b = next()) >= 0) {
            headers.append((char) b);
            int n = headers.length();
            if (n == 2 && headers.charAt(0) == '-' && headers.charAt(1) == '-') {
                return null;
            }
            if (n >= 4 && b == '\n' && "\r\n\r\n".contentEquals(headers.subSequence(n - 4, n))) {
                // header bytes are ISO-8859-1 as read; a browser writes a file name in UTF-8
                return new String(headers.toString().getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
            }
            if (n > HEADER_BYTES_MAX) {
                throw LedgerRefusal.of(RefusalCode.NO_STATEMENT_FOUND, "file", "a part of the multipart body has more than "
                        + HEADER_BYTES_MAX + " bytes of headers");
            }
        }
        return null;
    }

    private void drain() throws IOException {
        while (in.read(buffer, 0, buffer.length) >= 0) {
            // skipped: only the file part is wanted
        }
        pos = 0;
        len = 0;
    }

    private int next() throws IOException {
        if (pos == len) {
            len = in.read(buffer, 0, buffer.length);
            pos = 0;
            if (len <= 0) {
                len = 0;
                return -1;
            }
        }
        return buffer[pos++] & 0xff;
    }

    private void write(ByteArrayOutputStream sink, int b) {
        if (sink.size() >= bytesMax) {
            throw LedgerRefusal.of(RefusalCode.STATEMENT_UNREADABLE, "file", "a statement file has at most " + bytesMax
                    + " bytes");
        }
        sink.write(b);
    }

    private void write(ByteArrayOutputStream sink, byte[] bytes, int count) {
        if (sink == null) {
            return;
        }
        for (int i = 0; i < count; i++) {
            write(sink, bytes[i]);
        }
    }
}
