package bank.ledger.projections.deadletter;

import bank.ledger.domain.refusal.Fields;
import bank.ledger.projections.admin.ProcessorAdmin;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.List;
import org.axonframework.common.DateTimeUtils;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators: a projection's dead letters, oldest first, and the decision on each (retry or skip, with a
 * reason; a skip needs one). Who decided is the authenticated principal, never a name from the body.
 */
@RestController
@Profile("projections")
@RequestMapping("/api/v1/admin/projections/{name}/dead-letters")
public class DeadLetterController {
    static final int PAGE_SIZE_MAX = 200;
    static final int REASON_LENGTH_MAX = 500;
    private final ProcessorAdmin admin;
    private final DeadLetterStore store;
    private final DeadLetterOperations operations;

    /** {@code next} is the opaque cursor of the following page, null on the last one. */
    public record Page(List<DeadLetterView> deadLetters, String next) {
        /** The page's {@code items}; {@code deadLetters} is the old name, kept one version. */
        @JsonProperty("items")
        public List<DeadLetterView> items() {
            return deadLetters;
        }

        /** Pass it as {@code after} for the next page, null on the last; {@code next} is the old name. */
        @JsonProperty("nextAfter")
        public String nextAfter() {
            return next;
        }
    }

    public record Reason(String reason) {
    }

    public DeadLetterController(ProcessorAdmin admin, DeadLetterStore store, DeadLetterOperations operations) {
        this.admin = admin;
        this.store = store;
        this.operations = operations;
    }

    @GetMapping
    public Page list(@PathVariable String name, @RequestParam(required = false) String after,
                     @RequestParam(defaultValue = "50") int pageSize) {
        admin.requireProcessor(name);
        if (pageSize < 1 || pageSize > PAGE_SIZE_MAX) {
            throw Fields.invalid("pageSize", "pageSize is between 1 and " + PAGE_SIZE_MAX);
        }
        String[] cursor = after == null ? new String[2] : cursor(after);
        List<DeadLetterView> page = store.page(name, cursor[0], cursor[1], pageSize);
        DeadLetterView last = page.size() == pageSize ? page.get(page.size() - 1) : null;
        return new Page(page, last == null ? null : Base64.getUrlEncoder().withoutPadding().encodeToString(
                (last.enqueuedAt() + "\n" + last.id()).getBytes(StandardCharsets.UTF_8)));
    }

    @PostMapping("/{id}/retry")
    public Decision retry(@PathVariable String name, @PathVariable String id,
                          @RequestBody(required = false) Reason body, HttpServletRequest request) {
        admin.requireProcessor(name);
        String reason = body == null ? null : body.reason();
        if (reason != null) {
            requireReason(reason);
        }
        return operations.retry(name, id, reason, actor(request));
    }

    @PostMapping("/{id}/skip")
    public Decision skip(@PathVariable String name, @PathVariable String id,
                         @RequestBody(required = false) Reason body, HttpServletRequest request) {
        admin.requireProcessor(name);
        String reason = body == null ? null : body.reason();
        requireReason(reason);
        return operations.skip(name, id, reason, actor(request));
    }

    /** A reason is free text (TextRules): line breaks and tabs allowed, no other control characters. */
    static void requireReason(String reason) {
        Fields.requireFreeText(reason, "reason", REASON_LENGTH_MAX);
    }

    private static String[] cursor(String after) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            String[] parts = text.split("\n", 2);
            if (parts.length == 2) {
                return new String[] {DateTimeUtils.formatInstant(Instant.parse(parts[0])), parts[1]};
            }
        } catch (IllegalArgumentException | DateTimeParseException bad) {
            // refused below
        }
        throw Fields.invalid("after", "after is the 'next' cursor of a previous page");
    }

    private static String actor(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return principal == null ? "anonymous" : principal.getName();
    }
}
