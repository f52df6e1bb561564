package bank.ledger.app.payments;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.app.support.LedgerIntegrationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;

/**
 * Where every payments test starts: a nostro account mapped to the bank account the payments leave from,
 * and a customer holding 100.00 EUR that may not go below zero.
 */
abstract class FundedPaymentsTest extends LedgerIntegrationTest {
    protected PaymentFlow flow;
    protected String nostro;
    protected String customer;
    protected String iban;

    @BeforeEach
    void fundedCustomerWithAMappedBankAccount() {
        flow = new PaymentFlow(api);
        nostro = openAccount("ASSET", "EUR", Map.of());
        customer = openAccount("LIABILITY", "EUR", Map.of("debitsMustNotExceedCredits", true));
        Api.Response deposit = api.post("/api/v1/journal-entries", entry(newId("dep"),
                List.of(line(nostro, "DEBIT", "100.00"), line(customer, "CREDIT", "100.00"))));
        assertThat(deposit.status()).as(deposit.raw()).isEqualTo(201);
        iban = flow.mapBankAccount(nostro);
    }
}
