package bank.ledger.app.security.user;

import bank.ledger.app.security.access.Role;
import java.time.Instant;

/** A person (logs in with a password) or a service account (a machine; authenticates with API keys). */
public record UserAccount(String username, String passwordHash, Role role, Kind kind, boolean enabled,
                          boolean devSeeded, Instant createdAt, String createdBy) {
    public enum Kind { PERSON, SERVICE }
}
