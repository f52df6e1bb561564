package bank.ledger.app.security.approval;

import bank.ledger.app.edge.EdgeRefusal;
import bank.ledger.app.security.access.ActorAttributesFilter;
import bank.ledger.app.security.access.Actors;
import bank.ledger.app.security.access.EndpointAccess;
import bank.ledger.app.security.access.Role;
import bank.ledger.command.dispatch.CommandOrigin;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The checker's side of maker-checker. Approving runs the stored request exactly as the maker sent it,
 * as the maker (events name the maker as actor, and carry the approval id as their correlation id,
 * which leads to the checker in {@code app_approval}). The checker must be another person who may
 * make the same request.
 */
@RestController
@RequestMapping("/api/v1/approvals")
public class ApprovalController {
    private static final String ID = "[0-9a-f-]{36}";
    private final ApprovalStore approvals;
    private final Duration approvalTtl;

    ApprovalController(ApprovalStore approvals, @Value("${ledger.maker-checker.approval-ttl:P7D}") Duration approvalTtl) {
        this.approvals = approvals;
        this.approvalTtl = approvalTtl;
    }

    public record Page(List<Approval> approvals, String nextAfter) {
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
        Approval approval = checkable(id, checker);
        if (!approvals.decide(id, "REJECTED", checker.getName())) {
            throw decided(id);
        }
        return approvals.find(approval.id()).orElseThrow();
    }

    /** Answers what the held request answers when run now (201, 200, or its problem). */
    @PostMapping("/{id}/approve")
    public void approve(@PathVariable @Pattern(regexp = ID) String id, Authentication checker,
                        HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        Approval approval = checkable(id, checker);
        if (approval.requestedAt().plus(approvalTtl).isBefore(Instant.now())) {
            // what the maker asked for may no longer be what anyone wants: they send it again (rejecting still works)
            throw EdgeRefusal.of(HttpStatus.CONFLICT, "approvalExpired", "id", "approval " + id + " waited longer than "
                    + approvalTtl + " (ledger.maker-checker.approval-ttl): the maker sends the request again");
        }
        if (!approvals.decide(id, "APPROVED", checker.getName())) {
            throw decided(id);
        }
        request.setAttribute(ActorAttributesFilter.ROLE_ATTRIBUTE, approval.requestedRole());
        request.setAttribute(ActorAttributesFilter.CHANNEL_ATTRIBUTE, "api");
        request.setAttribute(CommandOrigin.CORRELATION_ID, approval.id());
        byte[] body = approval.body() == null ? new byte[0] : approval.body().getBytes(StandardCharsets.UTF_8);
        request.setAttribute(MakerCheckerFilter.APPROVED_ATTRIBUTE, approval.id());
        // The held request runs as its maker: the filter chain re-authorizes the forward with the maker's role.
        SecurityContext checkerContext = SecurityContextHolder.getContext();
        SecurityContext makerContext = SecurityContextHolder.createEmptyContext();
        makerContext.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(approval.requestedBy(), null,
                Actors.authorities(Role.parse(approval.requestedRole()))));
        SecurityContextHolder.setContext(makerContext);
        try {
            request.getRequestDispatcher(approval.path())
                    .forward(new ReplayedRequest(request, body, approval::requestedBy), response);
        } finally {
            SecurityContextHolder.setContext(checkerContext);
        }
        approvals.recordResult(id, response.getStatus()); // the body went to the checker; the events are the record
    }

    /** Pending, and the checker is someone else who holds the permission the held request needs. */
    private Approval checkable(String id, Authentication checker) {
        Approval approval = approvals.find(id).orElseThrow(() -> notFound(id));
        if (!"PENDING".equals(approval.status())) {
            throw decided(id);
        }
        if (approval.requestedBy().equals(checker.getName())) {
            throw EdgeRefusal.of(HttpStatus.FORBIDDEN, "fourEyesRequired", null,
                    "the person who made the request cannot approve or reject it");
        }
        Role role = Actors.roleOf(checker);
        if (!EndpointAccess.allows(role, approval.method(), approval.path())) {
            throw EdgeRefusal.of(HttpStatus.FORBIDDEN, "forbidden", null,
                    "your role does not permit the request you would approve");
        }
        return approval;
    }

    private static EdgeRefusal notFound(String id) {
        return EdgeRefusal.of(HttpStatus.NOT_FOUND, "approvalNotFound", "id", "no approval " + id);
    }

    private static EdgeRefusal decided(String id) {
        return EdgeRefusal.of(HttpStatus.CONFLICT, "approvalDecided", "id", "approval " + id + " is already decided");
    }
}
