package bank.ledger.command.entry;

import bank.ledger.command.approval.LedgerCommandGateway;
import bank.ledger.command.dispatch.CommandDispatch;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.domain.account.Account;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.modelling.command.Repository;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/journal-entries/batch}: many entries in one request, one result per entry in their
 * order (200 whatever the entries' outcomes; {@link JournalEntryBatch} says how they run and fail).
 */
@RestController
@Profile("command")
@RequestMapping("/api/v1/journal-entries/batch")
@EnableConfigurationProperties(JournalBatchProperties.class)
public class JournalEntryBatchController implements DisposableBean {
    private final JournalEntryBatch batch;

    public JournalEntryBatchController(LedgerCommandGateway commands, JournalBatchProperties settings,
                                       CommandDispatch dispatch, TransactionManager transactions,
                                       Repository<Account> accounts, MeterRegistry meters) {
        this.batch = new JournalEntryBatch(commands, settings, new EntryGroup(dispatch, transactions, accounts, meters));
    }

    /** The body: {@code entries}, each as the body of {@code POST /api/v1/journal-entries}. */
    public record PostBatch(List<JournalEntryRequests.PostEntry> entries) {
    }

    /** Counts per result, then each entry's result in the order sent. */
    public record BatchResult(int created, int replayed, int held, int refused, List<JournalEntryBatch.Result> results) {
        static BatchResult of(List<JournalEntryBatch.Result> results) {
            return new BatchResult(count(results, "created"), count(results, "replayed"), count(results, "held"),
                    count(results, "refused"), results);
        }

        private static int count(List<JournalEntryBatch.Result> results, String result) {
            return (int) results.stream().filter(r -> r.result().equals(result)).count();
        }
    }

    @PostMapping
    public BatchResult post(@RequestBody PostBatch body, HttpServletRequest request) {
        return BatchResult.of(batch.post(body.entries(), CommandOrigin.from(request)));
    }

    @Override
    public void destroy() {
        batch.close();
    }
}
