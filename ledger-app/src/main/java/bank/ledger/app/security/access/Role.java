package bank.ledger.app.security.access;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The roles and the permissions each grants. Auditors read everything and write nothing; monitors
 * (Prometheus' service account) read the metrics and nothing else.
 * The administrator holds every permission so that one operator can run a small installation;
 * separation of duties for risky writes is the maker-checker rule's job, not the role table's.
 */
public enum Role {
    ADMIN(EnumSet.allOf(Permission.class)),
    // accountants upload the bank's statement files they reconcile (the console's upload, issue 17)
    ACCOUNTANT(EnumSet.of(Permission.OPEN_ACCOUNTS, Permission.POST_ENTRIES, Permission.REVERSE,
            Permission.READ_REPORTS, Permission.APPROVE_REQUESTS, Permission.DELIVER_STATEMENTS,
            Permission.CLOSE_PERIODS)),
    AUDITOR(EnumSet.of(Permission.READ_REPORTS)),
    INTEGRATOR(EnumSet.of(Permission.READ_REPORTS, Permission.SUBSCRIBE_STREAM)),
    CONNECTOR(EnumSet.of(Permission.DELIVER_STATEMENTS)),
    MONITOR(EnumSet.of(Permission.READ_METRICS));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = Set.copyOf(permissions);
    }

    public Set<Permission> permissions() {
        return permissions;
    }

    public boolean grants(Permission permission) {
        return permissions.contains(permission);
    }

    /** The lower-case name used in tokens, metadata and JSON ({@code "accountant"}). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a role name in any case; null when it names no role. */
    public static Role parse(String name) {
        if (name == null) {
            return null;
        }
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(name)) {
                return role;
            }
        }
        return null;
    }
}
