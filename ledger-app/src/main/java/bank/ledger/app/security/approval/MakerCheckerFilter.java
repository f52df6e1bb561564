package bank.ledger.app.security.approval;

import bank.ledger.app.security.access.Actors;
import bank.ledger.app.security.access.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds a risky request for a second person instead of running it: answers 202 with the approval's id.
 * Runs after authorization, so only someone allowed to make the request can ask for it to be approved.
 */
public class MakerCheckerFilter extends OncePerRequestFilter {
    /** Set on an approved request being run, so it is not held a second time. */
    static final String APPROVED_ATTRIBUTE = "ledger.approvedBy";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MakerCheckerRules rules;
    private final ApprovalStore approvals;

    public MakerCheckerFilter(String postingThreshold, ApprovalStore approvals) {
        this.rules = new MakerCheckerRules(postingThreshold);
        this.approvals = approvals;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getAttribute(APPROVED_ATTRIBUTE) != null
                || !rules.isCandidate(request.getMethod(), request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        byte[] body = request.getInputStream().readAllBytes(); // bounded by BodySizeLimitFilter
        Authentication maker = SecurityContextHolder.getContext().getAuthentication();
        Role role = Actors.roleOf(maker);
        Optional<String> reason = rules.reasonFor(request.getMethod(), request.getRequestURI(), body);
        if (reason.isEmpty() || role == null) {
            chain.doFilter(new ReplayedRequest(request, body, null), response);
            return;
        }
        String id = approvals.hold(request.getMethod(), request.getRequestURI(),
                body.length == 0 ? null : new String(body, StandardCharsets.UTF_8), reason.get(), maker.getName(),
                role.label());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("approvalId", id);
        answer.put("status", "PENDING");
        answer.put("reason", reason.get());
        answer.put("detail", "this request needs a second person's approval: POST /api/v1/approvals/" + id
                + "/approve");
        response.setStatus(HttpStatus.ACCEPTED.value());
        response.setHeader("Location", "/api/v1/approvals/" + id);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.getWriter().write(JSON.writeValueAsString(answer));
    }
}
