package bank.ledger.app.security.user;

import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.security.access.Actors;
import bank.ledger.app.security.access.Role;
import bank.ledger.app.security.approval.ApprovalStore;
import bank.ledger.command.approval.CommandHeld;
import bank.ledger.command.approval.MakerChecker;
import bank.ledger.app.security.apikey.ApiKeyStore;
import bank.ledger.app.security.token.SessionStore;
import bank.ledger.command.dispatch.Locations;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.security.Principal;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administration of users, their sessions and the API keys of service accounts (permission MANAGE_USERS). */
@RestController
@RequestMapping("/api/v1")
public class UserController {
    static final String USERNAME = "[a-z0-9][a-z0-9._-]{2,63}";
    static final int PAGE_SIZE_MAX = 200;
    static final String ROLES = "admin|accountant|auditor|integrator|connector|monitor";
    private final UserStore users;
    private final Passwords passwords;
    private final PasswordPolicy policy;
    private final SessionStore sessions;
    private final ApiKeyStore apiKeys;
    private final RoleChanges roleChanges;
    private final ApprovalStore approvals;
    private final MakerChecker makerChecker;

    UserController(UserStore users, Passwords passwords, PasswordPolicy policy, SessionStore sessions,
                   ApiKeyStore apiKeys, RoleChanges roleChanges, ApprovalStore approvals, MakerChecker makerChecker) {
        this.roleChanges = roleChanges;
        this.approvals = approvals;
        this.makerChecker = makerChecker;
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
        this.sessions = sessions;
        this.apiKeys = apiKeys;
    }

    /** A person needs a password ({@link PasswordPolicy}); a service account has none and uses API keys. */
    public record NewUser(@NotNull @Pattern(regexp = USERNAME) String username, String password,
                          @NotNull @Pattern(regexp = ROLES) String role,
                          Boolean serviceAccount) {
        boolean service() {
            return Boolean.TRUE.equals(serviceAccount);
        }
    }

    public record UserView(String username, String role, String kind, boolean enabled, Instant createdAt,
                           String createdBy) {
        static UserView of(UserAccount user) {
            return new UserView(user.username(), user.role().label(), user.kind().name().toLowerCase(java.util.Locale.ROOT),
                    user.enabled(), user.createdAt(), user.createdBy());
        }
    }

    public record RoleChange(@NotNull @Pattern(regexp = ROLES) String role) {
    }

    public record UserPage(List<UserView> users, String nextAfter) {
        /** The page's {@code items}; {@code users} is the old name, kept one version. */
        @JsonProperty("items")
        public List<UserView> items() {
            return users;
        }
    }

    @PostMapping("/users")
    public ResponseEntity<UserView> create(@Valid @RequestBody NewUser body, Principal admin) {
        if (body.service() == (body.password() != null)) {
            throw EdgeRefusal.of(HttpStatus.BAD_REQUEST, "invalidField", "password",
                    "a person needs a password; a service account has none (it uses API keys)");
        }
        if (!body.service()) {
            policy.check(body.username(), body.password());
        }
        UserAccount user = new UserAccount(body.username(), body.password() == null ? null : passwords.hash(body.password()),
                Role.parse(body.role()), body.service() ? UserAccount.Kind.SERVICE : UserAccount.Kind.PERSON,
                true, false, null, admin.getName());
        if (!users.create(user)) {
            throw EdgeRefusal.of(HttpStatus.CONFLICT, "usernameTaken", "username", "the username is taken");
        }
        return ResponseEntity.created(Locations.of("/api/v1/users", user.username()))
                .body(UserView.of(users.find(user.username()).orElseThrow()));
    }

    @GetMapping("/users")
    public UserPage list(@RequestParam(required = false) @Size(max = 64) String after,
                         @RequestParam(defaultValue = "50") @Min(1) @Max(PAGE_SIZE_MAX) int pageSize) {
        List<UserView> page = users.page(after, pageSize).stream().map(UserView::of).toList();
        return new UserPage(page, page.size() == pageSize ? page.get(page.size() - 1).username() : null);
    }

    /** Disabling ends every session at once; the user's API keys stop working too. */
    @PostMapping("/users/{username}/disable")
    public UserView disable(@PathVariable @Pattern(regexp = USERNAME) String username) {
        if (!users.disable(username)) {
            throw notFound(username);
        }
        sessions.revokeAll(username);
        return UserView.of(users.find(username).orElseThrow());
    }

    /**
     * Held for a second administrator (202) while maker-checker is on; decided here, after routing, so
     * no spelling of the path (encoded, doubled slashes, path parameters) reaches it unheld.
     */
    @PostMapping("/users/{username}/role")
    public UserView changeRole(@PathVariable @Pattern(regexp = USERNAME) String username,
                               @Valid @RequestBody RoleChange body, Authentication admin) {
        Role role = Role.parse(body.role());
        if (!makerChecker.enabled()) {
            return roleChanges.change(username, role, admin.getName());
        }
        users.find(username).orElseThrow(() -> notFound(username));
        Role makerRole = Actors.roleOf(admin);
        String approvalId = approvals.holdRoleChange(username, role.label(), admin.getName(), makerRole.label());
        throw new CommandHeld(approvalId, "roleChange");
    }

    @GetMapping("/users/{username}/sessions")
    public List<SessionStore.Session> sessions(@PathVariable @Pattern(regexp = USERNAME) String username) {
        return sessions.list(username);
    }

    @DeleteMapping("/sessions/{sessionId}")
    public ResponseEntity<Void> revoke(@PathVariable @Pattern(regexp = "[0-9a-f-]{36}") String sessionId) {
        if (!sessions.revoke(sessionId)) {
            throw EdgeRefusal.of(HttpStatus.NOT_FOUND, "sessionNotFound", "sessionId", "no live session " + sessionId);
        }
        return ResponseEntity.noContent().build();
    }

    /** The key is in this answer only; store it, the ledger keeps only its hash. */
    @PostMapping("/users/{username}/api-keys")
    public ResponseEntity<ApiKeyStore.Issued> issueKey(@PathVariable @Pattern(regexp = USERNAME) String username,
                                                       Principal admin) {
        UserAccount user = users.find(username).orElseThrow(() -> notFound(username));
        if (user.kind() != UserAccount.Kind.SERVICE) {
            throw EdgeRefusal.of(HttpStatus.UNPROCESSABLE_CONTENT, "notAServiceAccount", "username",
                    "API keys are for service accounts; people log in with a password");
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(apiKeys.issue(username, admin.getName()));
    }

    @DeleteMapping("/api-keys/{keyId}")
    public ResponseEntity<Void> revokeKey(@PathVariable @Pattern(regexp = "[0-9a-f]{16}") String keyId) {
        if (!apiKeys.revoke(keyId)) {
            throw EdgeRefusal.of(HttpStatus.NOT_FOUND, "apiKeyNotFound", "keyId", "no active API key " + keyId);
        }
        return ResponseEntity.noContent().build();
    }

    private static EdgeRefusal notFound(String username) {
        return RoleChanges.notFound(username);
    }
}
