package bank.ledger.app.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.Api;
import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.ingestion.IngestedStatement;
import bank.ledger.connectors.ingestion.IngestionPipeline;
import bank.ledger.connectors.ingestion.StatementDelivery;
import bank.ledger.connectors.formats.model.Account;
import bank.ledger.connectors.formats.model.Balance;
import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.Entry;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Be liberal in what you read, exact in what you record, loud in what you flag (issue 13): a statement whose
 * balances do not add up is recorded unproven with the bank's difference; amounts the bank gave in another
 * currency or with more decimals than the currency has are recorded exactly and left to a person; only a file
 * holding no statement at all is refused.
 */
class StatementLiberalImportIT extends ReconciliationTest {
    @Autowired
    IngestionPipeline pipeline;

    @Nested
    class BalancesThatDoNotAddUp {
        @Test
        void are_recorded_with_a_balance_mismatch_warning_and_shown_unproven_with_the_banks_difference() {
            Bank bank = newBank();
            byte[] file = Camt.endOfDay(bank.iban(), newId("st"), DAY).line(10_000, null, "R1", "in")
                    .line(-2_500, null, "R2", "out").closingOff(123).bytes();

            Api.Response answer = upload(file);

            assertThat(answer.status()).as(answer.raw()).isEqualTo(202);
            JsonNode receipt = answer.body().get("statements").get(0);
            assertThat(receipt.get("proven").asBoolean()).isFalse();
            assertThat(receipt.get("warnings").get(0).asString()).isEqualTo(WarningCodes.BALANCE_MISMATCH);
            String key = receipt.get("statementKey").asString();
            JsonNode status = awaitStatement(key, s -> s.has("lines") && s.get("lines").has("OPEN")
                    && s.get("lines").get("OPEN").get("count").asInt() == 2);
            assertThat(status.get("proven").asBoolean()).isFalse();
            assertThat(status.get("bankDifference").asString()).isEqualTo("1.23");
            assertThat(status.get("closingBalance").asString()).isEqualTo("76.23");
            assertThat(status.get("warnings").findValuesAsString("code")).containsExactly(WarningCodes.BALANCE_MISMATCH);
            assertThat(status.get("warnings").get(0).get("message").asString()).contains("75.00", "76.23");
        }

        @Test
        void are_never_reconciled_in_the_proof_whatever_the_ledger_shows() {
            Bank bank = newBank();
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).closingOff(-5_000).bytes());

            JsonNode proof = awaitGet("/api/v1/reconciliation/statements/" + key + "/proof", p -> p.has("available")); // 404 until projected

            assertThat(proof.get("proven").asBoolean()).isFalse();
            assertThat(proof.get("bankDifference").asString()).isEqualTo("-50.00");
            assertThat(proof.get("reconciled").asBoolean()).isFalse();
            assertThat(proof.get("warnings").findValuesAsString("code")).containsExactly(WarningCodes.BALANCE_MISMATCH);
        }

        @Test
        void a_statement_that_adds_up_is_proven_and_its_status_never_shows_the_text_null() {
            Bank bank = newBank();
            String key = uploadAndAwait(Camt.endOfDay(bank.iban(), newId("st"), DAY).line(700, null, "R", "x").bytes());
            awaitStatement(key, s -> s.has("lines") && s.get("lines").has("OPEN")); // the statement is projected

            Api.Response status = api.get("/api/v1/reconciliation/statements/" + key);
            Api.Response proof = api.get("/api/v1/reconciliation/statements/" + key + "/proof");

            assertThat(status.body().get("proven").asBoolean()).isTrue();
            assertThat(status.body().has("bankDifference")).isFalse();
            assertThat(status.raw()).doesNotContain("null");
            assertThat(proof.body().get("proven").asBoolean()).isTrue();
            assertThat(proof.raw()).doesNotContain("null");
        }
    }

    @Nested
    class AmountsNotInMinorUnitsOfTheAccount {
        @Test
        void are_recorded_exactly_with_their_currency_and_warnings_and_left_to_a_person() {
            Bank bank = newBank();
            String counterValued = "FX-" + bank.iban();
            String uncounted = "FXN-" + bank.iban();
            String rounded = "XD-" + bank.iban();
            postReceipt(bank, "11.00", DAY, counterValued);
            postReceipt(bank, "50.00", DAY, uncounted);
            postReceipt(bank, "10.00", DAY, rounded);
            awaitLedgerItemsCaughtUp();
            Statement statement = statement(bank, List.of(
                    entry(1_100, counterValued, 12, new BigDecimal("12.34"), "USD", List.of(new Entry.AmountDetail(
                            "counterValue", new BigDecimal("11.00"), "EUR", new BigDecimal("0.8914"), "USD", "EUR")),
                            List.of(new Warning(WarningCodes.FOREIGN_CURRENCY, 12, "amount 12.34 USD on a EUR account"))),
                    entry(5_000, uncounted, 20, new BigDecimal("50.00"), "USD", List.of(),
                            List.of(new Warning(WarningCodes.FOREIGN_CURRENCY, 20, "amount 50.00 USD on a EUR account"))),
                    entry(1_000, rounded, 28, new BigDecimal("10.005"), null, List.of(),
                            List.of(new Warning(WarningCodes.EXCESS_DECIMALS, 28, "amount 10.005 EUR has more than 2 decimals")))));

            String key = ingest(statement).statementKey();

            JsonNode matched = awaitLine(key, 1, status("MATCHED"));
            assertThat(matched.get("exactAmount").asString()).isEqualTo("12.34");
            assertThat(matched.get("exactCurrency").asString()).isEqualTo("USD");
            assertThat(matched.get("amount").asString()).isEqualTo("11.00");
            JsonNode foreign = awaitLine(key, 2, line -> true);
            assertThat(foreign.get("status").asString()).isEqualTo("OPEN"); // the engine saw it in the same pass
            assertThat(foreign.get("reviewReason").asString()).isEqualTo(WarningCodes.FOREIGN_CURRENCY);
            assertThat(foreign.get("exactAmount").asString()).isEqualTo("50.00");
            JsonNode excess = awaitLine(key, 3, line -> true);
            assertThat(excess.get("status").asString()).isEqualTo("OPEN");
            assertThat(excess.get("exactAmount").asString()).isEqualTo("10.005");
            assertThat(excess.has("exactCurrency")).isFalse();
            assertThat(excess.get("amount").asString()).isEqualTo("10.00");
            assertThat(excess.get("reviewReason").asString()).isEqualTo(WarningCodes.EXCESS_DECIMALS);
            assertThat(excess.get("warnings").get(0).get("line").asInt()).isEqualTo(28);
        }

        @Test
        void file_level_warnings_are_recorded_on_the_statement() {
            Bank bank = newBank();
            Statement statement = statement(bank, List.of(entry(300, null, 5, null, null, List.of(), List.of())));
            ParsedFile file = new ParsedFile("bank.sta", "MT940", List.of(statement),
                    List.of(new Warning(WarningCodes.UNREADABLE_LINE, 1, "text before the first message: \"EXPORT 1\"")));

            String key = pipeline.ingest(file, new StatementDelivery("bank.sta", new byte[0], null, "api", CommandOrigin.system("it", "api"))).get(0)
                    .statementKey();

            JsonNode status = awaitStatement(key, s -> s.has("warnings"));
            assertThat(status.get("proven").asBoolean()).isTrue();
            assertThat(status.get("warnings").get(0).get("code").asString()).isEqualTo(WarningCodes.UNREADABLE_LINE);
            assertThat(status.get("warnings").get(0).get("line").asInt()).isEqualTo(1);
        }

        private IngestedStatement ingest(Statement statement) {
            return pipeline.ingest(new ParsedFile("fx.xml", statement.format(), List.of(statement)),
                    new StatementDelivery("fx.xml", new byte[0], null, "api", CommandOrigin.system("it", "api"))).get(0);
        }

        private Statement statement(Bank bank, List<Entry> entries) {
            long total = entries.stream().mapToLong(Entry::signedMinor).sum();
            LocalDate day = LocalDate.parse(DAY);
            return new Statement("camt.053.001.08", new Account(bank.iban(), null, null), "EUR", newId("st"), 1L,
                    null, Balance.ofSigned(0, day), Balance.ofSigned(total, day), null, entries, 3, List.of());
        }

        private Entry entry(long minor, String endToEndId, int line, BigDecimal exact, String currency,
                            List<Entry.AmountDetail> details, List<Warning> warnings) {
            LocalDate day = LocalDate.parse(DAY);
            return new Entry(minor, CreditDebit.CRDT, day, day, null, null, endToEndId, null, null, "liberal", false,
                    null, null, true, line, exact, currency, details, List.of(), warnings);
        }
    }

    /** The same, as the MT940 and camt readers of issue 13 read real files (their corpus has many more). */
    @Nested
    class FilesFromTheBank {
        @Test
        void a_camt_entry_in_another_currency_is_recorded_with_its_own_amount_and_its_counter_value() {
            Bank bank = newBank();
            String day = DAY;
            String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:"
                    + "camt.053.001.08\"><BkToCstmrStmt><GrpHdr><MsgId>FX</MsgId><CreDtTm>" + day + "T18:00:00Z</CreDtTm>"
                    + "</GrpHdr><Stmt><Id>" + newId("fx") + "</Id><Acct><Id><IBAN>" + bank.iban() + "</IBAN></Id><Ccy>EUR"
                    + "</Ccy></Acct>" + camtBalance("OPBD", "0.00", day) + camtBalance("CLBD", "11.00", day)
                    + camtEntry("USD", "12.34", "<AmtDtls><InstdAmt><Amt Ccy=\"USD\">12.34</Amt></InstdAmt><CntrValAmt>"
                    + "<Amt Ccy=\"EUR\">11.00</Amt><CcyXchg><SrcCcy>USD</SrcCcy><TrgtCcy>EUR</TrgtCcy><XchgRate>0.8914"
                    + "</XchgRate></CcyXchg></CntrValAmt></AmtDtls>", day)
                    + camtEntry("USD", "50.00", "", day) + "</Stmt></BkToCstmrStmt></Document>";

            String key = uploadAndAwait(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));

            JsonNode counterValued = awaitLine(key, 1, line -> true);
            assertThat(counterValued.get("amount").asString()).isEqualTo("11.00");
            assertThat(counterValued.get("exactAmount").asString()).isEqualTo("12.34");
            assertThat(counterValued.get("exactCurrency").asString()).isEqualTo("USD");
            assertThat(counterValued.has("reviewReason")).isFalse();
            JsonNode uncounted = awaitLine(key, 2, line -> true);
            assertThat(uncounted.get("exactAmount").asString()).isEqualTo("50.00");
            assertThat(uncounted.get("exactCurrency").asString()).isEqualTo("USD");
            // the camt reader records such an entry's account amount as 0 and says so: that is the reason
            assertThat(uncounted.get("reviewReason").asString()).isEqualTo(WarningCodes.NO_ACCOUNT_AMOUNT);
            assertThat(uncounted.get("amount").asString()).isEqualTo("0.00");
        }

        @Test
        void an_mt940_amount_with_more_decimals_than_its_currency_is_recorded_exactly_and_left_to_a_person() {
            Bank bank = newBank();
            String mt940 = ":20:" + newId("xd").substring(0, 16) + "\r\n:25:" + bank.iban() + "\r\n:28C:7/1\r\n"
                    + ":60F:C261119EUR0,00\r\n:61:2611201120C10,005NTRFNONREF//XD1\r\n:86:three decimals\r\n"
                    + ":62F:C261120EUR10,00\r\n-";

            String key = uploadAndAwait(mt940.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

            JsonNode line = awaitLine(key, 1, l -> true);
            assertThat(line.get("amount").asString()).isEqualTo("10.00");
            assertThat(line.get("exactAmount").asString()).isEqualTo("10.005");
            assertThat(line.has("exactCurrency")).isFalse();
            assertThat(line.get("reviewReason").asString()).isEqualTo(WarningCodes.EXCESS_DECIMALS);
            assertThat(line.get("warnings").findValuesAsString("code")).contains(WarningCodes.EXCESS_DECIMALS);
            assertThat(line.get("warnings").get(0).get("line").asInt()).isEqualTo(5);
        }

        private static String camtBalance(String type, String amount, String day) {
            return "<Bal><Tp><CdOrPrtry><Cd>" + type + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + amount + "</Amt>"
                    + "<CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>" + day + "</Dt></Dt></Bal>";
        }

        private static String camtEntry(String currency, String amount, String details, String day) {
            return "<Ntry><Amt Ccy=\"" + currency + "\">" + amount + "</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd>"
                    + "</Sts><BookgDt><Dt>" + day + "</Dt></BookgDt><ValDt><Dt>" + day + "</Dt></ValDt>" + details + "</Ntry>";
        }
    }

    @Nested
    class UploadForms {
        @Test
        void a_raw_body_with_curls_default_form_type_is_the_file_itself() {
            assertUploaded(Map.of("Content-Type", "application/x-www-form-urlencoded"));
        }

        @Test
        void a_raw_body_as_plain_text_or_xml_is_the_file_itself() {
            assertUploaded(Map.of("Content-Type", "text/plain; charset=UTF-8"));
            assertUploaded(Map.of("Content-Type", "application/xml"));
        }

        @Test
        void the_query_parameters_still_count_under_a_form_type() {
            Api.Response refused = api.postBytes("/api/v1/statements?profile=/etc/passwd", "a,b\n".getBytes(),
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));

            assertProblem(refused, 400, "invalidField", "profile");
        }

        @Test
        void a_multipart_form_gives_its_part_named_file() {
            Bank bank = newBank();
            byte[] file = Camt.endOfDay(bank.iban(), newId("st"), DAY).line(900, null, "M1", "multipart").bytes();
            byte[] body = multipart(part("note", null, "text/plain", "not the file".getBytes()),
                    part("file", "2026-11-20 statement.xml", "application/xml", file));

            assertRecorded(api.postBytes("/api/v1/statements", body, Map.of("Content-Type", MULTIPART)));
        }

        @Test
        void a_multipart_form_without_a_part_named_file_gives_its_first_file() {
            Bank bank = newBank();
            byte[] file = Camt.endOfDay(bank.iban(), newId("st"), DAY).line(901, null, "M2", "swagger").bytes();
            byte[] body = multipart(part("comment", null, null, "x".getBytes()),
                    part("upload", "C:\\exports\\statement.xml", "application/octet-stream", file));

            assertRecorded(api.postBytes("/api/v1/statements", body, Map.of("Content-Type", MULTIPART)));
        }

        @Test
        void a_multipart_form_without_a_file_is_no_statement() {
            byte[] body = multipart(part("comment", null, null, "x".getBytes()));

            assertProblem(api.postBytes("/api/v1/statements", body, Map.of("Content-Type", MULTIPART)), 400,
                    "noStatementFound", "file");
        }

        /** README, "Bank statements and reconciliation": {@code curl --data-binary @docs/examples/statement.xml}. */
        @Test
        void the_readme_example_file_is_recorded_as_curl_sends_it() throws java.io.IOException {
            byte[] file = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("..", "docs", "examples", "statement.xml"));
            Api.Response mapped = api.post("/api/v1/bank-account-mappings", Map.of("bankAccount", "DE02100100109307118603",
                    "currency", "EUR", "ledgerAccountId", openAccount("ASSET", "EUR", Map.of())));
            assertThat(mapped.status()).as(mapped.raw()).isEqualTo(200);

            Api.Response answer = api.postBytes("/api/v1/statements", file,
                    Map.of("Content-Type", "application/x-www-form-urlencoded"));

            assertThat(answer.status()).as(answer.raw()).isIn(200, 202); // 200: a run before recorded it (shared database)
            JsonNode receipt = answer.body().get("statements").get(0);
            assertThat(receipt.get("lineCount").asInt()).isEqualTo(2);
            assertThat(receipt.get("proven").asBoolean()).isTrue();
            assertThat(receipt.get("warnings")).isEmpty();
        }

        @Test
        void swagger_ui_is_offered_a_form_with_a_file_part_and_the_raw_body() {
            JsonNode document = api.anonymous().get("/v3/api-docs").body();
            JsonNode body = document.get("paths").get("/api/v1/statements").get("post").get("requestBody").get("content");

            // the form is a named schema (an inline one broke the generated client)
            String form = body.get("multipart/form-data").get("schema").get("$ref").asString();
            JsonNode schema = document.get("components").get("schemas").get(form.substring(form.lastIndexOf('/') + 1));
            assertThat(schema.get("properties").get("file").get("format").asString()).isEqualTo("binary");
            assertThat(body.has("application/octet-stream")).isTrue();
        }

        private void assertUploaded(Map<String, String> headers) {
            Bank bank = newBank();
            byte[] file = Camt.endOfDay(bank.iban(), newId("st"), DAY).line(1_234, null, "T1", "typed").bytes();
            assertRecorded(api.postBytes("/api/v1/statements", file, headers));
        }

        private void assertRecorded(Api.Response answer) {
            assertThat(answer.status()).as(answer.raw()).isEqualTo(202);
            assertThat(answer.raw()).doesNotContain("null");
            String key = answer.body().get("statements").get(0).get("statementKey").asString();
            assertThat(awaitLine(key, 1, line -> true).get("amount").asString()).isIn("12.34", "9.00", "9.01");
        }
    }

    private static final String MULTIPART = "multipart/form-data; boundary=----ledgerBoundary7MA4YWxkTrZu0gW";

    private static byte[] part(String name, String fileName, String contentType, byte[] content) {
        String head = "------ledgerBoundary7MA4YWxkTrZu0gW\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        out.writeBytes(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes("\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    private static byte[] multipart(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        out.writeBytes("------ledgerBoundary7MA4YWxkTrZu0gW--\r\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        return out.toByteArray();
    }

    @Nested
    class FilesWithoutAStatement {
        @Test
        void are_refused_with_no_statement_found_and_the_reason_with_its_line() {
            Api.Response refused = upload("<Document><unclosed>".getBytes(java.nio.charset.StandardCharsets.UTF_8));

            assertProblem(refused, 400, "noStatementFound", "file");
            assertThat(refused.text("detail")).contains("line");
        }

        @Test
        void an_empty_body_is_no_statement_either() {
            assertProblem(upload(new byte[0]), 400, "noStatementFound", "file");
        }
    }
}
