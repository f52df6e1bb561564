package bank.ledger.connectors.formats.pain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.domain.refusal.RefusalCode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** pain.002 status reports of every shape a bank sends, and files no bank should send. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Pain002ReaderTest {

    static String report(String version, String group, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001." + version + "\"><CstmrPmtStsRpt>"
                + "<GrpHdr><MsgId>RPT-1</MsgId><CreDtTm>2026-12-03T08:00:00Z</CreDtTm></GrpHdr>"
                + "<OrgnlGrpInfAndSts><OrgnlMsgId>MSG-1</OrgnlMsgId><OrgnlMsgNmId>pain.001.001.09</OrgnlMsgNmId>"
                + group + "</OrgnlGrpInfAndSts>" + body + "</CstmrPmtStsRpt></Document>";
    }

    static String transaction(String instructionId, String endToEndId, String status, String reason) {
        return "<TxInfAndSts><OrgnlInstrId>" + instructionId + "</OrgnlInstrId><OrgnlEndToEndId>" + endToEndId
                + "</OrgnlEndToEndId><TxSts>" + status + "</TxSts>"
                + (reason == null ? "" : "<StsRsnInf><Rsn><Cd>" + reason + "</Cd></Rsn><AddtlInf>account closed</AddtlInf></StsRsnInf>")
                + "</TxInfAndSts>";
    }

    static StatusReport read(String xml) {
        return Pain002Reader.read(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class Reading {
        @Test
        void a_whole_message_accepted_at_group_level() {
            StatusReport report = read(report("10", "<GrpSts>ACCP</GrpSts>", ""));

            assertThat(report.messageId()).isEqualTo("RPT-1");
            assertThat(report.originalMessageId()).isEqualTo("MSG-1");
            assertThat(report.groupStatus()).isEqualTo("ACCP");
            assertThat(report.transactions()).isEmpty();
        }

        @Test
        void a_whole_message_rejected_with_its_reason_code() {
            StatusReport report = read(report("10", "<GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>FF01</Cd></Rsn>"
                    + "<AddtlInf>invalid file format</AddtlInf></StsRsnInf>", ""));

            assertThat(report.groupStatus()).isEqualTo("RJCT");
            assertThat(report.groupReason()).isEqualTo(new StatusReport.Reason("FF01", "invalid file format"));
        }

        @Test
        void partially_accepted_per_transaction() {
            StatusReport report = read(report("10", "<GrpSts>PART</GrpSts>",
                    "<OrgnlPmtInfAndSts><OrgnlPmtInfId>PB1-1</OrgnlPmtInfId>"
                            + transaction("1", "E2E-1", "ACSC", null) + transaction("2", "E2E-2", "RJCT", "AC04")
                            + "</OrgnlPmtInfAndSts>"));

            assertThat(report.groupStatus()).isEqualTo("PART");
            assertThat(report.transactions()).containsExactly(
                    new StatusReport.TransactionStatus("PB1-1", "1", "E2E-1", "ACSC", StatusReport.Reason.NONE),
                    new StatusReport.TransactionStatus("PB1-1", "2", "E2E-2", "RJCT",
                            new StatusReport.Reason("AC04", "account closed")));
        }

        @Test
        void an_older_version_with_a_payment_information_status_and_a_proprietary_reason() {
            StatusReport report = read(report("03", "", "<OrgnlPmtInfAndSts><OrgnlPmtInfId>PB1-1</OrgnlPmtInfId>"
                    + "<PmtInfSts>RJCT</PmtInfSts><StsRsnInf><Rsn><Prtry>X99</Prtry></Rsn></StsRsnInf></OrgnlPmtInfAndSts>"));

            assertThat(report.groupStatus()).isNull();
            assertThat(report.paymentInformations()).containsExactly(
                    new StatusReport.GroupStatus("PB1-1", "RJCT", new StatusReport.Reason("X99", null)));
        }
    }

    @Nested
    class Refusing {
        @Test
        void a_dtd_with_an_external_entity_is_refused_unresolved() {
            String xxe = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                    + report("10", "<GrpSts>&x;</GrpSts>", "").substring(38);

            assertUnreadable(xxe, "DTD");
        }

        @Test
        void an_entity_expansion_bomb_is_refused() {
            String bomb = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;\">]>"
                    + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.10\">&b;</Document>";

            assertUnreadable(bomb, "DTD");
        }

        @Test
        void broken_xml_is_refused_as_a_whole() {
            assertUnreadable(report("10", "<GrpSts>ACCP</GrpSts>", "").substring(0, 200), "unreadable XML");
        }

        @Test
        void a_camt_file_is_not_a_status_report() {
            assertUnreadable("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><CstmrPmtStsRpt/></Document>",
                    "not a pain.002");
        }

        @Test
        void a_report_naming_no_original_message_is_refused() {
            assertUnreadable(report("10", "", "").replace("<OrgnlMsgId>MSG-1</OrgnlMsgId>", ""), "OrgnlMsgId");
        }

        @Test
        void control_characters_in_bank_text_are_replaced_not_stored() {
            StatusReport report = read(report("10", "<GrpSts>RJCT</GrpSts><StsRsnInf><Rsn><Cd>AC04</Cd></Rsn>"
                    + "<AddtlInf>bad&#x85;text</AddtlInf></StsRsnInf>", ""));

            assertThat(report.groupReason().text()).isEqualTo("bad\uFFFDtext");
        }

        private void assertUnreadable(String xml, String detail) {
            assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(LedgerRefusal.class, refusal -> {
                assertThat(refusal.code()).isEqualTo(RefusalCode.STATUS_REPORT_UNREADABLE);
                assertThat(refusal.detail()).contains(detail);
            });
        }
    }
}
