package bank.ledger.connectors.formats.camt;

import static bank.ledger.connectors.formats.camt.CamtXml.ACCT;
import static bank.ledger.connectors.formats.camt.CamtXml.bal;
import static bank.ledger.connectors.formats.camt.CamtXml.codes;
import static bank.ledger.connectors.formats.camt.CamtXml.eur;
import static bank.ledger.connectors.formats.camt.CamtXml.ntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import bank.ledger.connectors.formats.model.Fixtures;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import bank.ledger.connectors.formats.model.StatementParseException;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Broken and hostile files: what can be read is read, nothing resolves outside the file, time and memory stay bounded. */
class CamtBoundsTest {
    /** Generous for a loaded two-core machine; the files below take well under a second on an idle one. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private static ParsedFile parse(String xml, ParseLimits limits) throws StatementParseException {
        return new CamtParser(limits).parse("b.xml", xml.getBytes(StandardCharsets.UTF_8));
    }

    @Nested
    class BrokenFiles {
        @Test
        void a_file_that_breaks_off_keeps_the_statements_and_entries_complete_before_the_break() throws Exception {
            String whole = CamtXml.stmt(ACCT, bal("OPBD", "1.00", "CRDT"), ntry(eur("2.00"), "CRDT", ""),
                    ntry(eur("333.33"), "CRDT", ""));
            ParsedFile file = CamtXml.parse(whole.substring(0, whole.indexOf("333.33")));
            Statement s = file.statements().get(0);
            assertThat(s.entries()).hasSize(1);
            assertThat(codes(s.warnings())).containsExactly(WarningCodes.INCOMPLETE_STATEMENT, WarningCodes.ENTRY_SKIPPED);
            assertThat(codes(file.warnings())).containsExactly(WarningCodes.MALFORMED_XML);
        }

        @Test
        void a_file_broken_before_any_statement_is_refused_with_the_line() {
            assertThatThrownBy(() -> Fixtures.parse("camt/broken_unclosed.xml"))
                    .isInstanceOf(StatementParseException.class).hasMessageContaining(":6:");
        }

        @Test
        void text_that_is_no_xml_at_all_is_refused() {
            assertThatThrownBy(() -> CamtXml.parse("<<<not xml")).isInstanceOf(StatementParseException.class);
        }
    }

    @Nested
    class HostileFiles {
        @Test
        void an_external_entity_is_never_resolved_the_file_is_refused() {
            assertThatThrownBy(() -> Fixtures.parse("camt/xxe.xml")).hasMessageContaining("document type");
        }

        @Test
        void a_billion_laughs_document_is_refused_at_once() {
            StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY l0 \"lol\">");
            for (int i = 1; i < 10; i++) {
                dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
            }
            String xml = dtd + "]>\n" + CamtXml.stmt(ACCT).substring(39).replace("<Id>S-1</Id>", "<Id>&l9;</Id>");
            assertTimeoutPreemptively(BOUND, () -> assertThatThrownBy(() -> CamtXml.parse(xml))
                    .hasMessageContaining("document type"));
        }

        @Test
        void deep_nesting_stops_at_the_bound_without_exhausting_the_stack() {
            String deep = "<X>".repeat(200_000);
            String xml = CamtXml.stmt(ACCT, ntry(eur("2.00"), "CRDT", ""), deep);
            ParsedFile file = assertTimeoutPreemptively(BOUND, () -> CamtXml.parse(xml));
            assertThat(file.statements().get(0).entries()).hasSize(1);
            assertThat(file.warnings().get(0).message()).contains("nested deeper than " + XmlTreeReader.MAX_DEPTH);
            assertThat(codes(file.warnings())).containsExactly(WarningCodes.LIMIT_REACHED);
        }

        @Test
        void a_very_long_text_is_cut_and_flagged() throws Exception {
            String xml = CamtXml.stmt(ACCT, ntry(eur("2.00"), "CRDT", "<AddtlNtryInf>" + "x".repeat(5_000_000)
                    + "</AddtlNtryInf>"));
            ParsedFile file = assertTimeoutPreemptively(BOUND, () -> CamtXml.parse(xml));
            assertThat(file.statements().get(0).entries().get(0).description()).hasSize(XmlTreeReader.MAX_TEXT);
            assertThat(codes(file.warnings())).containsExactly(WarningCodes.TEXT_CUT);
        }

        @Test
        void more_elements_than_the_file_limit_allows_stop_reading_there() {
            String xml = CamtXml.stmt(ACCT, ntry(eur("2.00"), "CRDT", ""), "<Y/>".repeat(50_000));
            ParsedFile file = assertTimeoutPreemptively(BOUND,
                    () -> parse(xml, ParseLimits.defaults().withMaxFileBytes(100_000)));
            assertThat(file.statements().get(0).entries()).hasSize(1);
            assertThat(file.warnings().get(0).message()).contains("more than 10000 XML elements");
        }
    }

    @Nested
    class LargeFiles {
        @Test
        void a_statement_of_twenty_thousand_entries_is_read_in_bounded_time() {
            StringBuilder entries = new StringBuilder();
            for (int i = 0; i < 20_000; i++) {
                entries.append(ntry(eur("1.00"), "CRDT", "<BookgDt><Dt>2024-05-31</Dt></BookgDt><AcctSvcrRef>R" + i
                        + "</AcctSvcrRef><NtryDtls><TxDtls><Refs><EndToEndId>E" + i + "</EndToEndId></Refs></TxDtls>"
                        + "</NtryDtls>")).append('\n');
            }
            ParsedFile file = assertTimeoutPreemptively(BOUND, () -> CamtXml.parse(CamtXml.stmt(ACCT, entries.toString())));
            assertThat(file.statements().get(0).entries()).hasSize(20_000);
            assertThat(file.statements().get(0).entries().get(19_999).line()).isEqualTo(5 + 1 + 19_999);
        }

        @Test
        void entries_past_the_limit_are_not_read_and_the_statement_says_from_which_line() throws Exception {
            String xml = CamtXml.stmt(ACCT, ntry(eur("1.00"), "CRDT", ""), ntry(eur("2.00"), "CRDT", ""),
                    ntry(eur("3.00"), "CRDT", ""));
            Statement s = parse(xml, ParseLimits.defaults().withMaxEntriesPerStatement(2)).statements().get(0);
            assertThat(s.entries()).hasSize(2);
            assertThat(s.warnings()).extracting(w -> w.code() + "@" + w.line())
                    .containsExactly(WarningCodes.LIMIT_REACHED + "@8");
        }
    }
}
