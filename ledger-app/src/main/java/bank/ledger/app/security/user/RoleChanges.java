package bank.ledger.app.security.user;

import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.security.access.Role;
import bank.ledger.app.security.token.SessionStore;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Gives a user another role, once a second administrator approved it. The user's sessions end, so the
 * new role applies from the next login instead of lingering in live tokens.
 */
@Component
public class RoleChanges {
    private final UserStore users;
    private final SessionStore sessions;

    RoleChanges(UserStore users, SessionStore sessions) {
        this.users = users;
        this.sessions = sessions;
    }

    /** {@code givenBy}: the administrator who asked for it (the second-admin rule reads it). */
    public UserController.UserView change(String username, Role role, String givenBy) {
        if (!users.changeRole(username, role, givenBy)) {
            throw notFound(username);
        }
        sessions.revokeAll(username);
        return UserController.UserView.of(users.find(username).orElseThrow());
    }

    static EdgeRefusal notFound(String username) {
        return EdgeRefusal.of(HttpStatus.NOT_FOUND, "userNotFound", "username", "no user " + username);
    }
}
