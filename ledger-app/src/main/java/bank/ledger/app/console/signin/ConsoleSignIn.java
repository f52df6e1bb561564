package bank.ledger.app.console.signin;

import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.edge.ratelimit.RateLimitProperties;
import bank.ledger.app.edge.ratelimit.RateLimits;
import bank.ledger.app.security.access.Actors;
import bank.ledger.app.security.user.Passwords;
import bank.ledger.app.security.user.UserAccount;
import bank.ledger.app.security.user.UserStore;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks a console sign-in against the same users, password hashes and per-account login limit as
 * {@code POST /api/v1/auth/token}: people only (a service account has no password), enabled only, and
 * the same answer whether the username exists or not. The signed-in actor carries the role's authorities.
 */
final class ConsoleSignIn implements AuthenticationProvider {
    private final UserStore users;
    private final Passwords passwords;
    private final RateLimits limits;
    private final RateLimitProperties limitProperties;

    ConsoleSignIn(UserStore users, Passwords passwords, RateLimits limits, RateLimitProperties limitProperties) {
        this.users = users;
        this.passwords = passwords;
        this.limits = limits;
        this.limitProperties = limitProperties;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = String.valueOf(attempt.getName());
        String password = attempt.getCredentials() == null ? "" : attempt.getCredentials().toString();
        if (username.isBlank() || username.length() > 64 || password.length() > 128) {
            throw new BadCredentialsException("invalidCredentials");
        }
        if (limitProperties.enabled()) {
            try {
                limits.consume("login:" + username.toLowerCase(Locale.ROOT), limitProperties.login());
            } catch (EdgeRefusal tooMany) {
                throw new LockedException(tooMany.code());
            }
        }
        Optional<UserAccount> user = users.find(username);
        boolean valid = passwords.matches(password, user.map(UserAccount::passwordHash).orElse(null));
        if (!valid || !user.get().enabled() || user.get().kind() != UserAccount.Kind.PERSON) {
            throw new BadCredentialsException("invalidCredentials");
        }
        UsernamePasswordAuthenticationToken signedIn = UsernamePasswordAuthenticationToken.authenticated(
                user.get().username(), null, Actors.authorities(user.get().role()));
        signedIn.setDetails(attempt.getDetails());
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
