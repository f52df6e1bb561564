package bank.ledger.app.security.user;

import java.util.Map;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password hashing: bcrypt, cost 12, behind Spring's delegating encoder, so hashes carry their algorithm
 * ({@code {bcrypt}...}) and a stronger one can be introduced without invalidating existing users.
 */
@Component
public class Passwords {
    private final PasswordEncoder encoder = new DelegatingPasswordEncoder("bcrypt",
            Map.of("bcrypt", new BCryptPasswordEncoder(12)));
    /** Compared against when the user is unknown, so both answers take the same time. */
    private final String decoy = encoder.encode("decoy-password-for-unknown-users");

    public String hash(String password) {
        return encoder.encode(password);
    }

    /** True when the password matches; a null hash (service account) never matches. */
    public boolean matches(String password, String hash) {
        if (hash == null) {
            encoder.matches(password, decoy);
            return false;
        }
        return encoder.matches(password, hash);
    }
}
