package bank.ledger.app.payments;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;

/** Payments out over the API, for the tests: a fresh mapped bank account, payments, batches, status reports. */
public final class PaymentFlow {
    public static final String CREDITOR_IBAN = "DE02100100109307118603";
    private final Api api;

    public PaymentFlow(Api api) {
        this.api = api;
    }

    /** A valid German IBAN no other test uses (random account number, check digits computed). */
    public static String freshIban() {
        String bban = String.format("%08d%010d", ThreadLocalRandom.current().nextInt(100_000_000),
                ThreadLocalRandom.current().nextLong(10_000_000_000L));
        int check = 98 - new BigInteger(bban + "131400").mod(BigInteger.valueOf(97)).intValue();
        return String.format("DE%02d%s", check, bban);
    }

    /** Maps a fresh bank account (EUR) to the ledger account and answers its IBAN. */
    public String mapBankAccount(String ledgerAccountId) {
        String iban = freshIban();
        Api.Response mapped = api.post("/api/v1/bank-account-mappings", Map.of("bankAccount", iban, "currency", "EUR",
                "ledgerAccountId", ledgerAccountId));
        assertThat(mapped.status()).as(mapped.raw()).isEqualTo(200);
        return iban;
    }

    public Map<String, Object> request(String id, String accountId, String debtorIban, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("accountId", accountId);
        body.put("amount", amount);
        body.put("currency", "EUR");
        body.put("debtor", Map.of("name", "Acme Ltd", "iban", debtorIban));
        body.put("creditor", Map.of("name", "Supplier GmbH", "iban", CREDITOR_IBAN, "bic", "MARKDEF1100"));
        body.put("requestedExecutionDate", "2026-12-03");
        body.put("remittanceInformation", "Invoice " + id);
        body.put("endToEndId", "E2E-" + id.substring(Math.max(0, id.length() - 20)));
        return body;
    }

    public Api.Response initiate(String id, String accountId, String debtorIban, String amount) {
        return api.post("/api/v1/payments", request(id, accountId, debtorIban, amount));
    }

    /** Waits until the read model shows the payment in this status. */
    public Api.Response awaitPayment(String id, String status) {
        Api.Response[] last = new Api.Response[1];
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            last[0] = api.get("/api/v1/payments/" + id);
            return last[0].status() == 200 && status.equals(last[0].text("status"));
        });
        return last[0];
    }

    public Api.Response batch(String batchId, String debtorIban) {
        return api.post("/api/v1/payment-batches", Map.of("id", batchId, "debtorIban", debtorIban));
    }

    /** A pain.002.001.10 for message {@code messageId}: one TxInfAndSts per {instructionId, status, reason or null}. */
    public static String statusReport(String reportId, String messageId, String groupStatus, String[]... transactions) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\"><CstmrPmtStsRpt>"
                + "<GrpHdr><MsgId>" + reportId + "</MsgId><CreDtTm>2026-12-03T08:00:00Z</CreDtTm></GrpHdr>"
                + "<OrgnlGrpInfAndSts><OrgnlMsgId>" + messageId + "</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09"
                + "</OrgnlMsgNmId><GrpSts>" + groupStatus + "</GrpSts></OrgnlGrpInfAndSts><OrgnlPmtInfAndSts>");
        for (String[] tx : transactions) {
            xml.append("<TxInfAndSts><OrgnlInstrId>").append(tx[0]).append("</OrgnlInstrId><TxSts>").append(tx[1])
                    .append("</TxSts>");
            if (tx.length > 2) {
                xml.append("<StsRsnInf><Rsn><Cd>").append(tx[2]).append("</Cd></Rsn><AddtlInf>account closed</AddtlInf>"
                        + "</StsRsnInf>");
            }
            xml.append("</TxInfAndSts>");
        }
        return xml.append("</OrgnlPmtInfAndSts></CstmrPmtStsRpt></Document>").toString();
    }

    public Api.Response deliver(String xml) {
        return api.postBytes("/api/v1/payment-status-reports", xml.getBytes(StandardCharsets.UTF_8),
                Map.of("Content-Type", "application/xml"));
    }
}
