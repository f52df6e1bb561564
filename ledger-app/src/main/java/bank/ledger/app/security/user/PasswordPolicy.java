package bank.ledger.app.security.user;

import bank.ledger.app.edge.EdgeRefusal;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * What a person's password must be: 12 to 128 characters, not the username, and not a common password
 * ({@code security/common-passwords.txt}, about 3,600 entries) compared case-insensitively, also once
 * digits and punctuation around it are taken away ("Password1234!" is "password"). Refused with
 * {@code 400 weakPassword} naming {@code password}. Dev users are seeded directly, not through this
 * policy, and exist only in the dev profile.
 */
@Component
public class PasswordPolicy {
    public static final int LENGTH_MIN = 12;
    public static final int LENGTH_MAX = 128;
    static final String COMMON_PASSWORDS = "security/common-passwords.txt";
    private final Set<String> common;

    public PasswordPolicy() {
        this.common = load();
    }

    /** Refuses a weak password for this user; the reason never echoes the password. */
    public void check(String username, String password) {
        String reason = weakness(username, password);
        if (reason != null) {
            throw EdgeRefusal.of(HttpStatus.BAD_REQUEST, "weakPassword", "password", reason);
        }
    }

    /** Why the password is weak, or null. */
    String weakness(String username, String password) {
        if (password == null || password.length() < LENGTH_MIN || password.length() > LENGTH_MAX) {
            return "a password has " + LENGTH_MIN + " to " + LENGTH_MAX + " characters";
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.toLowerCase(Locale.ROOT))) {
            return "a password must not be the username";
        }
        String core = lower.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
        if (common.contains(lower) || common.contains(core) || isRepeated(lower)) {
            return "this password is among the most common ones; choose another";
        }
        return null;
    }

    /** "abcabcabcabc", "passwordpassword": one short piece repeated. */
    private boolean isRepeated(String lower) {
        for (int size = 1; size <= lower.length() / 2; size++) {
            if (lower.length() % size == 0 && lower.equals(lower.substring(0, size).repeat(lower.length() / size))) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> passwords = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getClassLoader().getResourceAsStream(COMMON_PASSWORDS)) {
            if (in == null) {
                throw new IllegalStateException(COMMON_PASSWORDS + " is missing from the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#!comment:")) {
                    passwords.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(passwords);
    }
}
