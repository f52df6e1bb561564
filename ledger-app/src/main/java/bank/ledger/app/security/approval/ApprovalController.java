package bank.ledger.app.security.approval;

import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.security.access.Role;
import bank.ledger.app.security.user.RoleChanges;
import bank.ledger.app.security.user.UserAccount;
import bank.ledger.app.security.user.UserStore;
import bank.ledger.app.web.ProblemHandler;
import bank.ledger.command.approval.MakerChecker;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.query.representation.AccountResponse;
import bank.ledger.query.representation.JournalEntryResponse;
import bank.ledger.domain.account.api.AccountState;
import bank.ledger.domain.entry.api.JournalEntryState;
import bank.ledger.domain.period.api.AccountingPeriodState;
import bank.ledger.domain.refusal.LedgerRefusal;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The checker's side of maker-checker. Approving runs the stored command as the maker (events name the
 * maker as actor, the checker as {@code approvedBy}, and carry the approval id as correlation id), after
 * checking both people as they are NOW: the maker still enabled and still allowed to ask for it, the
 * checker another person, enabled, allowed to do it, and not linked to the maker by the second-admin rule.
 */
@RestController
@RequestMapping("/api/v1/approvals")
@Profile({"command", "connectors"}) // approving dispatches the held command: only where the command bus is (issue 16)
public class ApprovalController {
    private static final String ID = "[0-9a-f-]{36}";
    private final ApprovalStore approvals;
    private final ApprovalRules rules;
    private final LedgerCommandGateway commands;
    private final RoleChanges roleChanges;

    ApprovalController(ApprovalStore approvals, UserStore users, MakerChecker makerChecker,
                       LedgerCommandGateway commands, RoleChanges roleChanges) {
        this.approvals = approvals;
        this.rules = new ApprovalRules(users, makerChecker.approvalTtl());
        this.commands = commands;
        this.roleChanges = roleChanges;
    }

    public record Page(List<Approval> approvals, String nextAfter) {
        /** The page's {@code items}; {@code approvals} is the old name, kept one version. */
        @JsonProperty("items")
        public List<Approval> items() {
            return approvals;
        }
    }

    /** Pending approvals, oldest first; pass {@code nextAfter} as {@code after} for the next page. */
    @GetMapping
    public Page pending(@RequestParam(required = false) @Pattern(regexp = ID) String after,
                        @RequestParam(defaultValue = "50") @Min(1) @Max(200) int pageSize) {
        List<Approval> page = approvals.pending(after, pageSize);
        return new Page(page, page.size() == pageSize ? page.get(page.size() - 1).id() : null);
    }

    @GetMapping("/{id}")
    public Approval find(@PathVariable @Pattern(regexp = ID) String id) {
        return approvals.find(id).orElseThrow(() -> notFound(id));
    }

    @PostMapping("/{id}/reject")
    public Approval reject(@PathVariable @Pattern(regexp = ID) String id, Authentication checker) {
        Approval approval = pending(id);
        if (approval.commandType() == null) {
            rules.requireAnotherPerson(approval, checker); // an old held request: rejecting clears it off the list
        } else {
            rules.requireCheckerMayDecide(approval, kindOf(approval), checker);
        }
        if (!approvals.decide(id, "REJECTED", checker.getName())) {
            throw decided(id);
        }
        return approvals.find(approval.id()).orElseThrow();
    }

    /** Answers what the held command answers when run now (201, 200, or its problem). */
    @PostMapping("/{id}/approve")
    public ResponseEntity<?> approve(@PathVariable @Pattern(regexp = ID) String id, Authentication checker) {
        Approval approval = pending(id);
        HeldCommand kind = kindOf(approval);
        rules.requireCheckerMayDecide(approval, kind, checker);
        rules.requireNotExpired(approval, Instant.now());
        UserAccount maker = rules.requireMakerStillPermitted(approval, kind);
        if (!approvals.decide(id, "APPROVED", checker.getName())) {
            throw decided(id);
        }
        try {
            ResponseEntity<?> answer = run(approval, kind, maker, checker.getName());
            approvals.recordResult(id, answer.getStatusCode().value());
            return answer;
        } catch (LedgerRefusal refusal) {
            approvals.recordResult(id, ProblemHandler.statusOf(refusal.code().kind()).value());
            throw refusal;
        } catch (EdgeRefusal refusal) {
            approvals.recordResult(id, refusal.status().value());
            throw refusal;
        }
    }

    private ResponseEntity<?> run(Approval approval, HeldCommand kind, UserAccount maker, String checker) {
        Object command = approvals.commandOf(approval);
        if (command instanceof HeldCommand.RoleChange change) {
            return ResponseEntity.ok(roleChanges.change(change.username(), Role.parse(change.role()), maker.username()));
        }
        CommandOrigin origin = new CommandOrigin(maker.username(), maker.role().label(), "api", approval.id());
        Object result = commands.sendApproved(command, origin, approval.id(), checker);
        if (result instanceof AccountState account) {
            return ResponseEntity.ok(AccountResponse.of(account));
        }
        if (result instanceof AccountingPeriodState period) {
            return ResponseEntity.ok(period);
        }
        JournalEntryState entry = (JournalEntryState) result;
        return entry.replayed() || kind == HeldCommand.POST_HOLD ? ResponseEntity.ok(JournalEntryResponse.of(entry))
                : ResponseEntity.created(URI.create("/api/v1/journal-entries/" + entry.entryId()))
                        .body(JournalEntryResponse.of(entry));
    }

    private Approval pending(String id) {
        Approval approval = approvals.find(id).orElseThrow(() -> notFound(id));
        if (!"PENDING".equals(approval.status())) {
            throw decided(id);
        }
        return approval;
    }

    /** An approval from before commands were stored (a raw HTTP request) is never run: the maker asks again. */
    private static HeldCommand kindOf(Approval approval) {
        if (approval.commandType() == null) {
            throw EdgeRefusal.of(HttpStatus.CONFLICT, "approvalExpired", "id", "approval " + approval.id()
                    + " holds an HTTP request from an earlier version, not a command: the maker sends it again");
        }
        return HeldCommand.named(approval.commandType());
    }

    private static EdgeRefusal notFound(String id) {
        return EdgeRefusal.of(HttpStatus.NOT_FOUND, "approvalNotFound", "id", "no approval " + id);
    }

    private static EdgeRefusal decided(String id) {
        return EdgeRefusal.of(HttpStatus.CONFLICT, "approvalDecided", "id", "approval " + id + " is already decided");
    }
}
