package bank.ledger.connectors.camt;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The camt message versions accepted are exactly those the Prowide pw-iso20022 jar on the class path
 * carries a model class for. The check looks for the class file as a resource instead of loading it,
 * because loading a Prowide model class drags in its JAXB dictionary and slows the CLI start.
 */
public final class CamtVersions {
    public static final Pattern NAMESPACE =
            Pattern.compile("urn:iso:std:iso:20022:tech:xsd:(camt\\.05[234])\\.001\\.(\\d{2})");
    private static final String PROWIDE_MODEL = "com/prowidesoftware/swift/model/mx/MxCamt%s001%s.class";

    private CamtVersions() {
    }

    /** "camt.053.001.08" for a camt namespace URI, or null when the URI is not camt.052/053/054. */
    public static String messageOf(String namespaceUri) {
        Matcher m = namespaceUri == null ? null : NAMESPACE.matcher(namespaceUri);
        return m != null && m.matches() ? m.group(1) + ".001." + m.group(2) : null;
    }

    /** Whether Prowide carries the message, given as "camt.053.001.08". */
    public static boolean isCarried(String message) {
        String[] parts = message.split("\\.");
        String resource = String.format(PROWIDE_MODEL, parts[1], parts[3]);
        return CamtVersions.class.getClassLoader().getResource(resource) != null;
    }

    /** Every carried version of camt.052, 053 and 054, for documentation and error messages. */
    public static List<String> carried() {
        List<String> versions = new ArrayList<>();
        for (String type : List.of("052", "053", "054")) {
            for (int v = 1; v < 100; v++) {
                String message = String.format("camt.%s.001.%02d", type, v);
                if (isCarried(message)) {
                    versions.add(message);
                }
            }
        }
        return versions;
    }
}
