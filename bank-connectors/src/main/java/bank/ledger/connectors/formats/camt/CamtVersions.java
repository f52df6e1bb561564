package bank.ledger.connectors.formats.camt;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which camt message an element holds. The message element's name gives the type (the V01 roots carry a
 * suffix); the namespace gives the version. Versions up to {@link #LATEST_KNOWN} are the published ones;
 * a later one is read all the same, by element names, and flagged.
 */
public final class CamtVersions {
    /** The latest camt.052/053/054 version published (and carried by Prowide, checked by a test). */
    public static final int LATEST_KNOWN = 13;
    public static final Pattern NAMESPACE =
            Pattern.compile("urn:iso:std:iso:20022:tech:xsd:(camt\\.05[234])\\.001\\.(\\d{2})");
    private static final Pattern ANY_VERSION = Pattern.compile("(camt\\.05[234])\\.001\\.(\\d{1,3})");

    private CamtVersions() {
    }

    /** "camt.053.001.08" for a camt namespace URI, or null when the URI is not camt.052/053/054. */
    public static String messageOf(String namespaceUri) {
        Matcher m = namespaceUri == null ? null : NAMESPACE.matcher(namespaceUri);
        return m != null && m.matches() ? m.group(1) + ".001." + m.group(2) : null;
    }

    /** "camt.053" for a message element name (BkToCstmrStmt, BkToCstmrStmtV01...), or null. */
    static String typeOf(String elementName) {
        if (elementName.startsWith("BkToCstmrStmt")) {
            return "camt.053";
        }
        if (elementName.startsWith("BkToCstmrAcctRpt")) {
            return "camt.052";
        }
        if (elementName.startsWith("BkToCstmrDbtCdtNtfctn")) {
            return "camt.054";
        }
        return null;
    }

    /**
     * The version a namespace names for the type, also in a bank's own spelling of it (a Swiss
     * "...camt.053.001.04.xsd" URL); 0 when it names none or another type.
     */
    static int versionIn(String namespaceUri, String type) {
        Matcher m = ANY_VERSION.matcher(namespaceUri == null ? "" : namespaceUri);
        return m.find() && m.group(1).equals(type) ? Integer.parseInt(m.group(2)) : 0;
    }

    /** Whether the namespace is the exact ISO 20022 one of the type. */
    static boolean isIsoNamespace(String namespaceUri, String type) {
        String message = messageOf(namespaceUri);
        return message != null && message.startsWith(type);
    }
}
