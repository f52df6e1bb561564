package bank.ledger.app.security.token;

import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.edge.ratelimit.RateLimitProperties;
import bank.ledger.app.edge.ratelimit.RateLimits;
import bank.ledger.app.security.user.Passwords;
import bank.ledger.app.security.user.UserAccount;
import bank.ledger.app.security.user.UserStore;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Log in, refresh, log out. Answers never reveal whether a username exists. */
@RestController
@RequestMapping("/api/v1/auth")
public class AuthController {
    static final String CHANNEL = "api";
    private final UserStore users;
    private final Passwords passwords;
    private final SessionStore sessions;
    private final AccessTokens tokens;
    private final RateLimits limits;
    private final RateLimitProperties limitProperties;

    AuthController(UserStore users, Passwords passwords, SessionStore sessions, AccessTokens tokens, RateLimits limits,
                   RateLimitProperties limitProperties) {
        this.users = users;
        this.passwords = passwords;
        this.sessions = sessions;
        this.tokens = tokens;
        this.limits = limits;
        this.limitProperties = limitProperties;
    }

    public record Credentials(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 128) String password) {
    }

    public record Refresh(@NotBlank @Size(max = 200) String refreshToken) {
    }

    public record Tokens(String accessToken, String tokenType, long expiresIn, String refreshToken,
                         long refreshExpiresIn, String sessionId, String role) {
    }

    @Operation(summary = "Exchange a username and password for an access token and a refresh token")
    @SecurityRequirements
    @PostMapping("/token")
    public Tokens token(@Valid @RequestBody Credentials credentials) {
        if (limitProperties.enabled()) {
            // Per attempted account: slows guessing one password whatever addresses the attacker uses.
            limits.consume("login:" + credentials.username().toLowerCase(Locale.ROOT), limitProperties.login());
        }
        Optional<UserAccount> user = users.find(credentials.username());
        boolean valid = passwords.matches(credentials.password(), user.map(UserAccount::passwordHash).orElse(null));
        if (!valid || !user.get().enabled()) {
            throw EdgeRefusal.of(HttpStatus.UNAUTHORIZED, "invalidCredentials", null,
                    "unknown user, wrong password or disabled account");
        }
        SessionStore.Opened opened = sessions.open(user.get().username(), user.get().role().label(), CHANNEL);
        return answer(opened.session(), opened.refreshToken());
    }

    @Operation(summary = "Rotate a refresh token: the old one stops working; presenting it again ends the session")
    @SecurityRequirements
    @PostMapping("/refresh")
    public Tokens refresh(@Valid @RequestBody Refresh refresh) {
        SessionStore.Rotation rotation = sessions.rotate(refresh.refreshToken());
        switch (rotation.outcome()) {
            case REUSED -> throw EdgeRefusal.of(HttpStatus.UNAUTHORIZED, "refreshTokenReused", "refreshToken",
                    "this refresh token was already used: the session has been ended, log in again");
            case INVALID -> throw EdgeRefusal.of(HttpStatus.UNAUTHORIZED, "invalidRefreshToken", "refreshToken",
                    "unknown, expired or revoked refresh token");
            default -> { }
        }
        boolean stillAllowed = users.find(rotation.session().username()).map(UserAccount::enabled).orElse(false);
        if (!stillAllowed) {
            sessions.revoke(rotation.session().id());
            throw EdgeRefusal.of(HttpStatus.UNAUTHORIZED, "invalidRefreshToken", "refreshToken",
                    "unknown, expired or revoked refresh token");
        }
        return answer(rotation.session(), rotation.refreshToken());
    }

    @Operation(summary = "End the session of the access token sent; its tokens stop working at once")
    @PostMapping("/logout")
    public ResponseEntity<Void> logout(Authentication actor) {
        if (actor instanceof JwtAuthenticationToken jwt) {
            sessions.revoke(jwt.getToken().getClaimAsString(AccessTokens.SESSION));
        }
        return ResponseEntity.noContent().build();
    }

    private Tokens answer(SessionStore.Session session, String refreshToken) {
        return new Tokens(tokens.issue(session), "Bearer", tokens.ttl().toSeconds(), refreshToken,
                sessions.ttl().toSeconds(), session.id(), session.role());
    }
}
