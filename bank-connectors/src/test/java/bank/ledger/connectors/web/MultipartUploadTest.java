package bank.ledger.connectors.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.refusal.LedgerRefusal;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The statement file of a browser's or Swagger UI's form upload, read as the body streams. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class MultipartUploadTest {
    private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

    private static byte[] body(String... parts) {
        StringBuilder text = new StringBuilder();
        for (String part : parts) {
            text.append("--").append(BOUNDARY).append("\r\n").append(part).append("\r\n");
        }
        return text.append("--").append(BOUNDARY).append("--\r\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String part(String name, String fileName, String content) {
        return "Content-Disposition: form-data; name=\"" + name + "\"" + (fileName == null ? "" : "; filename=\""
                + fileName + "\"") + "\r\nContent-Type: application/octet-stream\r\n\r\n" + content;
    }

    private static MultipartUpload.FilePart read(byte[] body) throws IOException {
        return MultipartUpload.file(new ByteArrayInputStream(body), BOUNDARY, 1_000_000);
    }

    @Nested
    class WhichPart {
        @Test
        void the_part_named_file_even_after_another_file() throws IOException {
            MultipartUpload.FilePart file = read(body(part("other", "a.txt", "not this"), part("file", "ü.sta", ":20:X")));

            assertThat(file.field()).isEqualTo("file");
            assertThat(file.fileName()).isEqualTo("ü.sta");
            assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo(":20:X");
        }

        @Test
        void else_the_first_part_with_a_file_name() throws IOException {
            MultipartUpload.FilePart file = read(body(part("note", null, "hello"), part("upload", "s.xml", "<Document/>"),
                    part("second", "t.xml", "<Other/>")));

            assertThat(new String(file.content(), StandardCharsets.UTF_8)).isEqualTo("<Document/>");
        }

        @Test
        void none_when_no_part_holds_a_file() throws IOException {
            assertThat(read(body(part("note", null, "hello")))).isNull();
            assertThat(read("no multipart at all".getBytes(StandardCharsets.UTF_8))).isNull();
        }
    }

    @Nested
    class Bytes {
        @Test
        void line_breaks_and_near_delimiters_inside_the_file_are_kept_exactly() throws IOException {
            String content = "line 1\r\n--" + BOUNDARY.substring(0, 20) + "\r\n\r\n--\r\n-" + BOUNDARY + "x\r\nend";

            assertThat(new String(read(body(part("file", "f", content))).content(), StandardCharsets.UTF_8))
                    .isEqualTo(content);
        }

        @Property(tries = 200)
        void any_bytes_come_back_whatever_the_reads_return(@ForAll byte[] content, @ForAll @IntRange(min = 1, max = 9) int readSize)
                throws IOException {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x\"\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            body.writeBytes(content);
            body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1));
            InputStream trickle = new ByteArrayInputStream(body.toByteArray()) {
                @Override
                public synchronized int read(byte[] b, int off, int len) {
                    return super.read(b, off, Math.min(len, readSize));
                }
            };

            assertThat(MultipartUpload.file(trickle, BOUNDARY, 1_000_000).content()).isEqualTo(content);
        }

        @Test
        void a_file_past_the_limit_is_refused_without_being_held() {
            byte[] big = body(part("file", "big.sta", "x".repeat(2_000)));

            assertThatThrownBy(() -> MultipartUpload.file(new ByteArrayInputStream(big), BOUNDARY, 1_000))
                    .isInstanceOf(LedgerRefusal.class);
        }
    }

    @Nested
    class Boundary {
        @Test
        void is_read_from_the_content_type_quoted_or_not() {
            assertThat(MultipartHeaders.boundary("multipart/form-data; boundary=abc")).isEqualTo("abc");
            assertThat(MultipartHeaders.boundary("multipart/form-data; charset=utf-8; boundary=\"a b\"")).isEqualTo("a b");
        }

        @Test
        void is_missing_when_absent_empty_or_longer_than_70_characters() {
            assertThat(MultipartHeaders.boundary("multipart/form-data")).isNull();
            assertThat(MultipartHeaders.boundary("multipart/form-data; boundary=")).isNull();
            assertThat(MultipartHeaders.boundary("multipart/form-data; boundary=" + "b".repeat(71))).isNull();
        }
    }
}
