package bank.ledger.app.security.approval;

import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.security.access.Actors;
import bank.ledger.app.security.access.Role;
import bank.ledger.app.security.user.UserAccount;
import bank.ledger.app.security.user.UserStore;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;

/**
 * Who may decide an approval, checked against the users as they are at decision time (a token's role
 * is at most minutes old, the user table is now).
 */
final class ApprovalRules {
    private final UserStore users;
    private final Duration approvalTtl;

    ApprovalRules(UserStore users, Duration approvalTtl) {
        this.users = users;
        this.approvalTtl = approvalTtl;
    }

    /**
     * Another person, enabled, whose current role grants what the held command needs; and not an
     * administrator the maker made (created or promoted) within the approval window, nor the one who made
     * the maker an administrator within it: otherwise one administrator could create a second one and be
     * both maker and checker. (Creating an accountant and approving their postings is the daily case.)
     */
    void requireCheckerMayDecide(Approval approval, HeldCommand kind, Authentication checker) {
        requireAnotherPerson(approval, checker);
        Role tokenRole = Actors.roleOf(checker);
        Optional<UserAccount> current = users.find(checker.getName());
        if (tokenRole == null || current.isEmpty() || !current.get().enabled()
                || !current.get().role().grants(kind.permission()) || !tokenRole.grants(kind.permission())) {
            throw EdgeRefusal.of(HttpStatus.FORBIDDEN, "forbidden", null,
                    "your role does not permit the request you would approve");
        }
        Instant windowStart = Instant.now().minus(approvalTtl);
        if (gaveAdminRecently(checker.getName(), approval.requestedBy(), windowStart)
                || gaveAdminRecently(approval.requestedBy(), checker.getName(), windowStart)) {
            throw fourEyes("you made the maker an administrator, or they made you one, within "
                    + approvalTtl + " (ledger.maker-checker.approval-ttl): a third person decides");
        }
    }

    void requireAnotherPerson(Approval approval, Authentication checker) {
        if (approval.requestedBy().equals(checker.getName())) {
            throw fourEyes("the person who made the request cannot approve or reject it");
        }
    }

    void requireNotExpired(Approval approval, Instant now) {
        if (approval.requestedAt().plus(approvalTtl).isBefore(now)) {
            // what the maker asked for may no longer be what anyone wants: they send it again (rejecting still works)
            throw EdgeRefusal.of(HttpStatus.CONFLICT, "approvalExpired", "id", "approval " + approval.id()
                    + " waited longer than " + approvalTtl + " (ledger.maker-checker.approval-ttl): the maker sends"
                    + " the request again");
        }
    }

    /** The maker as they are now: still enabled, and their current role still grants the command. */
    UserAccount requireMakerStillPermitted(Approval approval, HeldCommand kind) {
        return users.find(approval.requestedBy())
                .filter(UserAccount::enabled)
                .filter(maker -> maker.role().grants(kind.permission()))
                .orElseThrow(() -> EdgeRefusal.of(HttpStatus.CONFLICT, "makerNoLongerPermitted", null,
                        approval.requestedBy() + " is disabled, or their role no longer permits this request:"
                                + " it cannot run in their name"));
    }

    /** Whether {@code user} is an administrator and {@code giver} gave them that role (creating counts) after {@code since}. */
    private boolean gaveAdminRecently(String giver, String user, Instant since) {
        boolean admin = users.find(user).filter(account -> account.role() == Role.ADMIN).isPresent();
        return admin && users.roleGiven(user)
                .filter(given -> giver.equals(given.by()) && given.at().isAfter(since)).isPresent();
    }

    private static EdgeRefusal fourEyes(String detail) {
        return EdgeRefusal.of(HttpStatus.FORBIDDEN, "fourEyesRequired", null, detail);
    }
}
