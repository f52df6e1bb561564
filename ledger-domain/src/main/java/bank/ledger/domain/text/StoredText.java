package bank.ledger.domain.text;

/**
 * Text a PostgreSQL {@code text}/{@code varchar}/{@code jsonb} column can hold. PostgreSQL refuses U+0000
 * in text and the escape {@code \u0000} in jsonb, and a lone UTF-16 surrogate has no UTF-8 form; one such
 * character in an event used to abort the projection's transaction and stop its segment for good.
 * Read models are derived data: they get U+FFFD in place of each such character, while the event keeps
 * its original text. Used by every projection that writes text (SQL parameters and jsonb documents).
 */
public final class StoredText {
    public static final char REPLACEMENT = '\uFFFD';

    private StoredText() {
    }

    /** The text with U+0000 and every unpaired surrogate replaced by U+FFFD; null stays null. */
    public static String of(String text) {
        if (text == null || isStorable(text)) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else {
                out.append(c == 0 || Character.isSurrogate(c) ? REPLACEMENT : c);
            }
        }
        return out.toString();
    }

    /** SQL parameters with every {@code String} among them passed through {@link #of}; others as they are. */
    public static Object[] args(Object... args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof String text) {
                out[i] = of(text);
            }
        }
        return out;
    }

    /**
     * A JSON document (as a JSON writer produced it) that jsonb accepts: each escape {@code \u0000} becomes
     * {@code \uFFFD} (an escaped backslash followed by "u0000" is left alone), then {@link #of} for raw text.
     */
    public static String json(String json) {
        if (json == null) {
            return null;
        }
        String text = of(json);
        if (!text.contains("\\u0000")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                boolean nul = text.startsWith("u0000", i + 1);
                out.append(nul ? "\\uFFFD" : text.substring(i, i + 2));
                i += nul ? 5 : 1;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isStorable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c == 0 || Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
