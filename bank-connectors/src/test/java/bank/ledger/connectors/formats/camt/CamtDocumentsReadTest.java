package bank.ledger.connectors.formats.camt;

import static bank.ledger.connectors.formats.camt.CamtXml.ACCT;
import static bank.ledger.connectors.formats.camt.CamtXml.bal;
import static bank.ledger.connectors.formats.camt.CamtXml.codes;
import static bank.ledger.connectors.formats.camt.CamtXml.eur;
import static bank.ledger.connectors.formats.camt.CamtXml.ntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Whatever dress the camt document comes in (version, namespace, prefix, encoding, envelope), the statement is read. */
class CamtDocumentsReadTest {
    private static final String BODY = ACCT + bal("OPBD", "10.00", "CRDT") + "\n"
            + ntry(eur("2.50"), "CRDT", "<BookgDt><Dt>2024-05-31</Dt></BookgDt>");

    private static String ofVersion(String namespace) {
        return CamtXml.document(namespace, "BkToCstmrStmt", "Stmt", BODY);
    }

    @Nested
    class Versions {
        @Test
        void a_version_newer_than_any_published_is_read_and_flagged_unknownVersion() throws Exception {
            ParsedFile file = CamtXml.parse(ofVersion("urn:iso:std:iso:20022:tech:xsd:camt.053.001.14"));
            assertThat(file.format()).isEqualTo("camt.053.001.14");
            assertThat(file.statements().get(0).entries()).hasSize(1);
            assertThat(codes(file.warnings())).containsExactly(WarningCodes.UNKNOWN_VERSION);
        }

        @Test
        void the_latest_published_version_needs_no_warning() throws Exception {
            assertThat(CamtXml.parse(ofVersion("urn:iso:std:iso:20022:tech:xsd:camt.053.001.13")).warnings()).isEmpty();
        }

        @Test
        void a_document_without_namespace_is_read_by_its_element_names_as_a_versionless_camt() throws Exception {
            ParsedFile file = CamtXml.parse(ofVersion(null));
            assertThat(file.format()).isEqualTo("camt.053");
            assertThat(codes(file.warnings())).containsExactly(WarningCodes.UNKNOWN_NAMESPACE);
        }

        @Test
        void a_bank_made_namespace_naming_a_version_gives_that_version() throws Exception {
            ParsedFile file = CamtXml.parse(ofVersion("http://www.example-bank.ch/xsd/camt.053.001.04.xsd"));
            assertThat(file.format()).isEqualTo("camt.053.001.04");
            assertThat(file.warnings().get(0).message()).contains("example-bank.ch");
        }
    }

    @Nested
    class Prefixes {
        @Test
        void prefixed_elements_read_as_the_same_statement_as_unprefixed_ones() throws Exception {
            String plain = CamtXml.stmt(BODY);
            String prefixed = plain.replaceAll("<(/?)([A-Z])", "<$1ns2:$2").replace(" xmlns=", " xmlns:ns2=");
            assertThat(prefixed).contains("<ns2:Ntry>");
            assertThat(CamtXml.parse(prefixed)).isEqualTo(CamtXml.parse(plain));
        }
    }

    @Nested
    class Encodings {
        private final String text = CamtXml.stmt(ACCT, ntry(eur("1.00"), "CRDT",
                "<NtryDtls><TxDtls><RltdPties><Dbtr><Pty><Nm>Jürgen Weiß €</Nm></Pty></Dbtr></RltdPties></TxDtls></NtryDtls>"));

        private String nameIn(byte[] bytes) throws Exception {
            return CamtXml.parse(bytes).statements().get(0).entries().get(0).counterparty();
        }

        @Test
        void windows_1252_declared_in_the_prolog_decodes_the_euro_sign() throws Exception {
            String declared = text.replace("UTF-8", "windows-1252");
            assertThat(nameIn(declared.getBytes(Charset.forName("windows-1252")))).isEqualTo("Jürgen Weiß €");
        }

        @Test
        void iso_8859_1_declared_in_the_prolog_decodes_umlauts() throws Exception {
            String declared = text.replace("UTF-8", "ISO-8859-1").replace(" €", "");
            assertThat(nameIn(declared.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("Jürgen Weiß");
        }

        @Test
        void windows_1252_bytes_in_a_file_declared_utf8_are_read_as_windows_1252_and_flagged() throws Exception {
            byte[] bytes = text.getBytes(Charset.forName("windows-1252"));
            assertThat(nameIn(bytes)).isEqualTo("Jürgen Weiß €");
            assertThat(codes(CamtXml.parse(bytes).warnings())).containsExactly(WarningCodes.ENCODING_MISMATCH);
        }

        @Test
        void windows_1252_written_under_the_name_iso_8859_1_keeps_its_euro_sign_and_is_flagged() throws Exception {
            byte[] bytes = text.replace("UTF-8", "ISO-8859-1").getBytes(Charset.forName("windows-1252"));
            assertThat(nameIn(bytes)).isEqualTo("Jürgen Weiß €");
            assertThat(codes(CamtXml.parse(bytes).warnings())).containsExactly(WarningCodes.ENCODING_MISMATCH);
        }

        @Test
        void utf8_written_under_a_single_byte_name_is_read_as_utf8_and_flagged() throws Exception {
            byte[] bytes = text.replace("UTF-8", "ISO-8859-2").getBytes(StandardCharsets.UTF_8);
            assertThat(nameIn(bytes)).isEqualTo("Jürgen Weiß €");
            assertThat(codes(CamtXml.parse(bytes).warnings())).containsExactly(WarningCodes.ENCODING_MISMATCH);
        }

        @Test
        void utf16_without_a_byte_order_mark_is_told_by_its_zero_bytes() throws Exception {
            String declared = text.replace("UTF-8", "UTF-16");
            assertThat(nameIn(declared.getBytes(StandardCharsets.UTF_16BE))).isEqualTo("Jürgen Weiß €");
            assertThat(nameIn(declared.getBytes(StandardCharsets.UTF_16LE))).isEqualTo("Jürgen Weiß €");
        }

        @Test
        void a_byte_order_mark_and_utf16_change_nothing() throws Exception {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, withBom, 0, 3);
            System.arraycopy(body, 0, withBom, 3, body.length);
            assertThat(nameIn(withBom)).isEqualTo("Jürgen Weiß €");
            assertThat(nameIn(text.replace("UTF-8", "UTF-16").getBytes(StandardCharsets.UTF_16))).isEqualTo("Jürgen Weiß €");
        }
    }

    @Nested
    class Envelopes {
        private final String document = CamtXml.stmt(BODY).replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n", "");

        @Test
        void a_document_beside_its_business_application_header_is_read() throws Exception {
            String wrapped = "<Envelope><AppHdr xmlns=\"urn:iso:std:iso:20022:tech:xsd:head.001.001.02\"><BizMsgIdr>B"
                    + "</BizMsgIdr></AppHdr>" + document + "</Envelope>";
            assertThat(CamtXml.parse(wrapped).statements()).hasSize(1);
        }

        @Test
        void every_document_of_an_envelope_is_read() throws Exception {
            assertThat(CamtXml.parse("<Batch>" + document + document + "</Batch>").statements()).hasSize(2);
        }

        @Test
        void another_iso_message_beside_a_statement_is_noted_and_left() throws Exception {
            String pain = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\"><CstmrPmtStsRpt/></Document>";
            ParsedFile file = CamtXml.parse("<Batch>" + document + pain + "</Batch>");
            assertThat(file.statements()).hasSize(1);
            assertThat(codes(file.warnings())).containsExactly(WarningCodes.OTHER_MESSAGE_SKIPPED);
        }

        @Test
        void a_file_without_any_camt_statement_is_refused_naming_what_it_holds() {
            String pain = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.09\"><CstmrCdtTrfInitn/></Document>";
            assertThatThrownBy(() -> CamtXml.parse(pain)).isInstanceOf(StatementParseException.class)
                    .hasMessageContaining("pain.001.001.09");
        }

        @Test
        void files_appended_to_one_another_are_read_one_by_one_with_the_lines_of_the_whole_file() throws Exception {
            String one = CamtXml.stmt(BODY);
            ParsedFile file = CamtXml.parse(one + one);
            Statement second = file.statements().get(1);
            assertThat(second.line()).isEqualTo(file.statements().get(0).line() + one.split("\n").length);
            assertThat(codes(file.warnings())).containsExactly(WarningCodes.SEVERAL_XML_DOCUMENTS);
        }

        @Test
        void an_end_of_file_mark_after_the_document_is_skipped_and_flagged() throws Exception {
            ParsedFile file = CamtXml.parse(CamtXml.stmt(BODY) + "\u001a");
            assertThat(file.statements()).hasSize(1);
            assertThat(codes(file.warnings())).containsExactly(WarningCodes.TEXT_OUTSIDE_XML);
        }

        @Test
        void an_export_header_before_the_prolog_is_skipped_and_flagged_without_moving_line_numbers() throws Exception {
            ParsedFile plain = CamtXml.parse(CamtXml.stmt(BODY));
            ParsedFile headed = CamtXml.parse("Export vom 31.05.2024\n\n" + CamtXml.stmt(BODY));
            assertThat(headed.statements().get(0).line()).isEqualTo(plain.statements().get(0).line() + 2);
            assertThat(codes(headed.warnings())).containsExactly(WarningCodes.TEXT_OUTSIDE_XML);
        }
    }
}
