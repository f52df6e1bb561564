package bank.ledger.stream;

import bank.ledger.domain.refusal.Fields;
import bank.ledger.domain.refusal.LedgerRefusal;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who asks about a webhook or replay: its owner sees and acts on it; an administrator sees and acts on
 * every one (an operator's action, logged when the resource is someone else's); anyone else is told it
 * does not exist. {@code name} is the principal's name: a user name, or a service account for an API key.
 */
public record StreamCaller(String name, boolean admin) {
    private static final Logger audit = LoggerFactory.getLogger("ledger.audit.stream");

    public static StreamCaller of(HttpServletRequest request) {
        Principal principal = request.getUserPrincipal();
        return new StreamCaller(principal == null ? null : principal.getName(), request.isUserInRole("ADMIN"));
    }

    /** Whether the caller may see a resource of this owner (null: made before owners were recorded). */
    public boolean sees(String owner) {
        return admin || (name != null && name.equals(owner));
    }

    /**
     * The owner a list is filtered on: the caller's own, or null for everyone's (administrators, {@code all=true}).
     * Refuses a page size outside 1..{@code pageSizeMax} and {@code all} from anyone else.
     */
    public String ownerToList(boolean all, int pageSize, int pageSizeMax, String what) {
        if (pageSize < 1 || pageSize > pageSizeMax) {
            throw Fields.invalid("pageSize", "pageSize is between 1 and " + pageSizeMax);
        }
        if (all && !admin) {
            throw Fields.invalid("all", "only administrators list everyone's " + what);
        }
        // no principal (not reachable behind the security filter): "" is nobody's name, so nothing is listed
        return all ? null : name == null ? "" : name;
    }

    /** Records an administrator's action on another principal's resource. */
    public void auditIfOperator(String resource, String id, String owner, String action) {
        if (admin && !Objects.equals(name, owner)) {
            audit.info("operator action: administrator {} {} {} {} owned by {}", name, action, resource, id,
                    owner == null ? "nobody (made before owners were recorded)" : owner);
        }
    }

    /**
     * The webhook or replay when this caller may see it; another principal's is "not found", as if it did not
     * exist. An administrator acting on someone else's is logged as an operator action.
     */
    public <T> T owned(String resource, String id, Function<String, Optional<T>> find, Function<T, String> owner,
                       String action) {
        T found = (StreamIds.plausible(id) ? find.apply(id) : Optional.<T>empty())
                .filter(candidate -> sees(owner.apply(candidate)))
                .orElseThrow(() -> LedgerRefusal.of(StreamRefusalCode.SUBSCRIPTION_NOT_FOUND, "id", "no " + resource + " " + id));
        auditIfOperator(resource, id, owner.apply(found), action);
        return found;
    }
}
