package bank.ledger.connectors.pull;

import bank.ledger.domain.refusal.Fields;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bank connections' admin API (docs/connectors.md "Bank pulls"). Answers a connection's settings and
 * its last run, and which credentials it holds ({@code credentialsSet}), never their values. "Pull now"
 * makes the connection due: the next tick pulls it on whichever node holds the lease (202).
 */
@RestController
@Profile("connectors")
@RequestMapping("/api/v1/bank-connections")
public class BankConnectionController {
    private final BankConnections connections;
    private final BankPullProperties settings;
    private final Clock clock;

    public BankConnectionController(BankConnections connections, BankPullProperties settings, Clock clock) {
        this.connections = connections;
        this.settings = settings;
        this.clock = clock;
    }

    /** A page of connections by id. */
    public record ConnectionPage(List<BankConnection> items, String nextAfter) {
    }

    @PostMapping
    ResponseEntity<BankConnection> create(@RequestBody ConnectionRequest request) {
        BankConnection.Kind kind = request.validate(request.id(), intervalMin(), true);
        connections.create(request.id(), request, kind, clock.instant());
        return ResponseEntity.status(HttpStatus.CREATED).body(connections.require(request.id()));
    }

    @PutMapping("/{id}")
    BankConnection replace(@PathVariable String id, @RequestBody ConnectionRequest request) {
        if (request.id() != null && !request.id().equals(id)) {
            throw Fields.invalid("id", "the body's id is the path's, or left out");
        }
        BankConnection.Kind kind = request.validate(id, intervalMin(), false);
        connections.replace(id, request, kind, clock.instant());
        return connections.require(id);
    }

    @GetMapping
    ConnectionPage list(@RequestParam(defaultValue = "") String after, @RequestParam(defaultValue = "50") int pageSize) {
        if (pageSize < 1 || pageSize > BankConnections.PAGE_SIZE_MAX) {
            throw Fields.invalid("pageSize", "pageSize is between 1 and " + BankConnections.PAGE_SIZE_MAX);
        }
        Fields.requireLength(after, "after", 128);
        List<BankConnection> items = connections.page(after, pageSize);
        return new ConnectionPage(items, items.size() == pageSize ? items.get(items.size() - 1).id() : null);
    }

    @GetMapping("/{id}")
    BankConnection get(@PathVariable String id) {
        return connections.require(id);
    }

    @PostMapping("/{id}/disable")
    BankConnection disable(@PathVariable String id) {
        connections.setEnabled(id, false, clock.instant());
        return connections.require(id);
    }

    @PostMapping("/{id}/enable")
    BankConnection enable(@PathVariable String id) {
        connections.setEnabled(id, true, clock.instant());
        return connections.require(id);
    }

    @PostMapping("/{id}/pull")
    ResponseEntity<BankConnection> pullNow(@PathVariable String id) {
        connections.dueNow(id, clock.instant());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(connections.require(id));
    }

    private Duration intervalMin() {
        return Duration.ofMillis(settings.intervalMinMs());
    }
}
