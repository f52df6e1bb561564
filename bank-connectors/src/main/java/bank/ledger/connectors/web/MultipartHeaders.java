package bank.ledger.connectors.web;

import java.util.Locale;

/** The few header values a form upload needs: the body's boundary and a part's name and file name. */
final class MultipartHeaders {
    private MultipartHeaders() {
    }

    /** The boundary parameter of a multipart content type (RFC 2046: 1 to 70 characters), or null. */
    static String boundary(String contentType) {
        for (String parameter : contentType.split(";")) {
            String p = parameter.strip();
            if (p.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = unquoted(p.substring("boundary=".length()).strip());
                return value.isEmpty() || value.length() > 70 ? null : value;
            }
        }
        return null;
    }

    /** A parameter of the part's Content-Disposition ({@code name="file"}), or null. */
    static String parameter(String headers, String name) {
        for (String line : headers.split("\r\n")) {
            if (!line.toLowerCase(Locale.ROOT).startsWith("content-disposition:")) {
                continue;
            }
            for (String parameter : line.substring(line.indexOf(':') + 1).split(";")) {
                String p = parameter.strip();
                int eq = p.indexOf('=');
                if (eq > 0 && p.substring(0, eq).strip().equalsIgnoreCase(name)) {
                    return unquoted(p.substring(eq + 1).strip());
                }
            }
        }
        return null;
    }

    private static String unquoted(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
