package bank.ledger.app.console.support;

import bank.ledger.app.security.access.Actors;
import bank.ledger.app.security.access.Permission;
import bank.ledger.app.security.access.Role;
import org.springframework.security.core.Authentication;

/**
 * Who looks at a page and what the page may offer them: a write button shows only when the role grants
 * the permission the server will ask for anyway (ConsoleSecurityConfiguration refuses the post otherwise).
 */
public record Viewer(String username, String role, boolean canOpenAccounts, boolean canPostEntries,
                     boolean canReverse, boolean canReplay, boolean canApprove, boolean canClosePeriods) {
    public static Viewer of(Authentication authentication) {
        Role role = Actors.roleOf(authentication);
        if (role == null) {
            return null;
        }
        return new Viewer(authentication.getName(), role.label(), role.grants(Permission.OPEN_ACCOUNTS),
                role.grants(Permission.POST_ENTRIES), role.grants(Permission.REVERSE), role.grants(Permission.REPLAY),
                role.grants(Permission.APPROVE_REQUESTS), role.grants(Permission.CLOSE_PERIODS));
    }

    /** Anything to write at all: auditors see no form. */
    public boolean writes() {
        return canOpenAccounts || canPostEntries || canReverse;
    }

    /** The event stream's pages (channels, replays, webhooks): the API's SUBSCRIBE_STREAM. */
    public boolean canSubscribe() {
        Role parsed = Role.parse(role);
        return parsed != null && parsed.grants(Permission.SUBSCRIBE_STREAM);
    }
}
