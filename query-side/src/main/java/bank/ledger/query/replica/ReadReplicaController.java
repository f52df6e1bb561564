package bank.ledger.query.replica;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operators: this node's read replica as its last probe found it (docs/operations.md, "Read replica"). */
@RestController
@Profile("query")
public class ReadReplicaController {
    private final QueryReads reads;

    public ReadReplicaController(QueryReads reads) {
        this.reads = reads;
    }

    @GetMapping("/api/v1/admin/read-replica")
    public ReadReplicaView readReplica() {
        return reads.replica().map(ReadReplicaView::of).orElseGet(ReadReplicaView::notConfigured);
    }
}
