package bank.ledger.projections.chain;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Auditors: the event log's hash chain, its head and lag, and verification page by page. Part of the
 * query role (as the other audit endpoints); it reads only PostgreSQL.
 */
@RestController
@Profile("query")
@RequestMapping("/api/v1/audit/chain")
public class ChainController {
    private final ChainHead head;
    private final ChainVerifier verifier;

    public ChainController(ChainHead head, ChainVerifier verifier) {
        this.head = head;
        this.verifier = verifier;
    }

    @GetMapping
    public ChainHead.Status head() {
        return head.status();
    }

    /** Links {@code fromPosition .. fromPosition + limit - 1} (at most {@value ChainVerifier#LIMIT_MAX}). */
    @GetMapping("/verification")
    public ChainVerification verify(@RequestParam(defaultValue = "1") long fromPosition,
            @RequestParam(defaultValue = "" + ChainVerifier.LIMIT_DEFAULT) int limit) {
        return verifier.verify(fromPosition, limit);
    }
}
