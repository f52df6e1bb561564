package bank.ledger.app.edge;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.app.support.LedgerIntegrationTest;
import bank.ledger.app.support.TestActors;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every body is counted while it streams and refused with 413 {@code bodyTooLarge} once it crosses its
 * limit, multipart included; nothing is held before the limit applies (the attack: a 200 MB multipart
 * body to the journal, three at once, ran the ledger out of memory).
 */
class BodyLimitIT extends LedgerIntegrationTest {
    private static final int MIB = 1024 * 1024;

    private static volatile String token;

    /** One sign-in for the class: the login limit (5 a minute per user) would refuse more. */
    private String bearer() {
        if (token == null) {
            token = TestActors.freshToken(api.anonymous(), "admin");
        }
        return "Bearer " + token;
    }

    private static void assertRefused(RawHttp.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.head() + "\n" + answer.body()).isEqualTo(status);
        assertThat(answer.head().toLowerCase()).contains("content-type: application/problem+json");
        assertThat(answer.body()).contains("\"code\":\"" + code + "\"");
    }

    /** A JSON entry whose description streams on for {@code bytes} bytes, sent in 64 KiB chunks, then ended. */
    private static void chunkedJson(OutputStream out, int bytes) {
        RawHttp.bytes(out, chunkOf("{\"id\":\"je-big\",\"description\":\""));
        for (int sent = 0; sent < bytes; sent += 64 * 1024) {
            RawHttp.bytes(out, chunkOf("x".repeat(64 * 1024)));
        }
        RawHttp.bytes(out, chunkOf("\"}"));
        RawHttp.bytes(out, "0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static byte[] chunkOf(String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        byte[] head = (Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + data.length + 2];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(data, 0, all, head.length, data.length);
        all[all.length - 2] = '\r';
        all[all.length - 1] = '\n';
        return all;
    }

    @Nested
    class DeclaredLength {
        @Test
        void a_200_MB_multipart_body_to_the_journal_is_refused_413_before_it_is_read_even_anonymously()
                throws IOException {
            RawHttp.Answer answer = RawHttp.exchange(port, "POST", "/api/v1/journal-entries",
                    Map.of("Content-Type", "multipart/form-data; boundary=attack", "Content-Length", "209715200"),
                    out -> RawHttp.bytes(out, new byte[64 * 1024]));

            assertRefused(answer, 413, "bodyTooLarge");
        }

        @Test
        void three_such_bodies_at_once_are_all_refused_and_the_ledger_still_answers() throws Exception {
            java.util.List<java.util.concurrent.CompletableFuture<RawHttp.Answer>> attacks = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                attacks.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                    try {
                        return RawHttp.exchange(port, "POST", "/api/v1/journal-entries", Map.of(
                                "Content-Type", "multipart/form-data; boundary=attack", "Content-Length", "209715200"),
                                out -> RawHttp.bytes(out, new byte[256 * 1024]));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }));
            }
            for (var attack : attacks) {
                assertRefused(attack.get(), 413, "bodyTooLarge");
            }
            assertThat(api.get("/api/v1/accounts?pageSize=1").status()).isEqualTo(200);
        }

        /** The file itself, or a browser's form holding it (the upload takes both). */
        @ParameterizedTest
        @ValueSource(strings = {"application/xml", "multipart/form-data; boundary=b"})
        void a_statement_file_declared_one_byte_above_50_MiB_is_refused_413(String contentType) throws IOException {
            RawHttp.Answer answer = RawHttp.exchange(port, "POST", "/api/v1/statements",
                    Map.of("Authorization", bearer(), "Content-Type", contentType,
                            "Content-Length", Long.toString(50L * MIB + 1)),
                    out -> RawHttp.bytes(out, new byte[64 * 1024]));

            assertRefused(answer, 413, "bodyTooLarge");
        }
    }

    @Nested
    class ChunkedWithoutLength {
        @Test
        void a_json_body_is_cut_off_with_413_when_it_crosses_1_MiB() throws IOException {
            RawHttp.Answer answer = RawHttp.exchange(port, "POST", "/api/v1/journal-entries",
                    Map.of("Authorization", bearer(), "Content-Type", "application/json", "Transfer-Encoding", "chunked"),
                    out -> chunkedJson(out, MIB + 256 * 1024));

            assertRefused(answer, 413, "bodyTooLarge");
        }

        @Test
        void a_json_body_just_under_1_MiB_is_read_and_judged_on_its_content() throws IOException {
            RawHttp.Answer answer = RawHttp.exchange(port, "POST", "/api/v1/journal-entries",
                    Map.of("Authorization", bearer(), "Content-Type", "application/json", "Transfer-Encoding", "chunked"),
                    out -> chunkedJson(out, MIB - 128 * 1024));

            assertThat(answer.status()).as(answer.body()).isEqualTo(400); // no postings: the ledger's own refusal
        }

        @Test
        void a_statement_endpoint_reads_past_1_MiB_under_its_own_limit() throws IOException {
            RawHttp.Answer answer = RawHttp.exchange(port, "POST", "/api/v1/statements",
                    Map.of("Authorization", bearer(), "Content-Type", "application/xml", "Transfer-Encoding", "chunked"),
                    out -> chunkedJson(out, 2 * MIB));

            assertRefused(answer, 400, "noStatementFound"); // read whole, then found not to hold a statement
        }
    }

    @Nested
    class Multipart {
        @Test
        void a_small_multipart_body_to_an_endpoint_that_takes_json_is_415() throws IOException {
            byte[] body = "--b\r\nContent-Disposition: form-data; name=\"x\"\r\n\r\n1\r\n--b--\r\n"
                    .getBytes(StandardCharsets.ISO_8859_1);
            RawHttp.Answer answer = RawHttp.exchange(port, "POST", "/api/v1/journal-entries",
                    Map.of("Authorization", bearer(), "Content-Type", "multipart/form-data; boundary=b",
                            "Content-Length", Integer.toString(body.length)),
                    out -> RawHttp.bytes(out, body));

            assertRefused(answer, 415, "unsupportedMediaType");
        }

        @Test
        void a_multipart_body_of_unknown_length_is_refused_415_without_waiting_for_its_end() throws IOException {
            RawHttp.Answer answer = RawHttp.exchange(port, "POST", "/api/v1/statements/webhook",
                    Map.of("Authorization", bearer(), "Content-Type", "multipart/form-data; boundary=b",
                            "Transfer-Encoding", "chunked"),
                    out -> RawHttp.chunk(out, 64 * 1024)); // and never the last chunk

            assertRefused(answer, 415, "unsupportedMediaType");
        }

        /** The statement upload takes a browser's form, counted like a raw file: the 51st MiB is refused. */
        @Test
        void a_multipart_statement_upload_past_50_MiB_is_cut_off_with_413_without_waiting_for_its_end() throws IOException {
            RawHttp.Answer answer = RawHttp.exchange(port, "POST", "/api/v1/statements",
                    Map.of("Authorization", bearer(), "Content-Type", "multipart/form-data; boundary=b",
                            "Transfer-Encoding", "chunked"),
                    out -> {
                        byte[] head = "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.sta\"\r\n\r\n"
                                .getBytes(StandardCharsets.ISO_8859_1);
                        RawHttp.bytes(out, (Integer.toHexString(head.length) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                        RawHttp.bytes(out, head);
                        RawHttp.bytes(out, "\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        for (int sent = 0; sent <= 51 * MIB; sent += MIB) {
                            RawHttp.chunk(out, MIB); // and never the last chunk nor the closing boundary
                        }
                    });

            assertRefused(answer, 413, "bodyTooLarge");
        }
    }
}
