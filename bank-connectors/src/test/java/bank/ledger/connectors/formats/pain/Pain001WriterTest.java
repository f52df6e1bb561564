package bank.ledger.connectors.formats.pain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The pain.001.001.09 written is the one Prowide's model of the schema writes, byte for byte (so element order,
 * choices and types are the schema's), and reads back with every field in place.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class Pain001WriterTest {
    static final OffsetDateTime CREATED = OffsetDateTime.parse("2026-12-02T10:15:30.123Z");
    static final PaymentGroup GROUP = new PaymentGroup("PB1-1", "Acme Ltd", "DE89370400440532013000", "COBADEFFXXX",
            LocalDate.of(2026, 12, 3), List.of(
                    new CreditTransfer("1", "E2E-1", 12_50, "EUR", "Supplier GmbH", "DE02100100109307118603", null,
                            "Invoice 42"),
                    new CreditTransfer("2", "E2E-2", 1_005, "KWD", "Kuwait Trading", "GB29NWBK60161331926819",
                            "NWBKGB2L", null)));

    private static MxPain00100109 written() {
        byte[] xml = Pain001Writer.write("MSG-1", CREATED, "Ledger", List.of(GROUP));
        return MxPain00100109.parse(new String(xml, StandardCharsets.UTF_8));
    }

    @Test
    void the_group_header_names_the_message_counts_the_transfers_and_sums_them() {
        var header = written().getCstmrCdtTrfInitn().getGrpHdr();

        assertThat(header.getMsgId()).isEqualTo("MSG-1");
        assertThat(header.getNbOfTxs()).isEqualTo("2");
        assertThat(header.getCtrlSum()).isEqualByComparingTo(new BigDecimal("13.505"));
        assertThat(header.getInitgPty().getNm()).isEqualTo("Ledger");
    }

    @Test
    void the_payment_information_carries_the_debtor_and_the_execution_date() {
        PaymentInstruction30 information = written().getCstmrCdtTrfInitn().getPmtInf().get(0);

        assertThat(information.getPmtInfId()).isEqualTo("PB1-1");
        assertThat(information.getPmtMtd().value()).isEqualTo("TRF");
        assertThat(information.getReqdExctnDt().getDt()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(information.getDbtr().getNm()).isEqualTo("Acme Ltd");
        assertThat(information.getDbtrAcct().getId().getIBAN()).isEqualTo("DE89370400440532013000");
        assertThat(information.getDbtrAgt().getFinInstnId().getBICFI()).isEqualTo("COBADEFFXXX");
    }

    @Test
    void each_transfer_has_its_ids_amount_in_the_currencys_decimals_creditor_and_remittance() {
        List<CreditTransferTransaction34> transfers = written().getCstmrCdtTrfInitn().getPmtInf().get(0).getCdtTrfTxInf();

        assertThat(transfers).hasSize(2);
        CreditTransferTransaction34 first = transfers.get(0);
        assertThat(first.getPmtId().getInstrId()).isEqualTo("1");
        assertThat(first.getPmtId().getEndToEndId()).isEqualTo("E2E-1");
        assertThat(first.getAmt().getInstdAmt().getValue()).isEqualByComparingTo("12.50");
        assertThat(first.getAmt().getInstdAmt().getCcy()).isEqualTo("EUR");
        assertThat(first.getCdtr().getNm()).isEqualTo("Supplier GmbH");
        assertThat(first.getCdtrAcct().getId().getIBAN()).isEqualTo("DE02100100109307118603");
        assertThat(first.getCdtrAgt()).isNull();
        assertThat(first.getRmtInf().getUstrd()).containsExactly("Invoice 42");
        CreditTransferTransaction34 second = transfers.get(1);
        assertThat(second.getAmt().getInstdAmt().getValue()).isEqualByComparingTo("1.005");
        assertThat(second.getCdtrAgt().getFinInstnId().getBICFI()).isEqualTo("NWBKGB2L");
        assertThat(second.getRmtInf()).isNull();
    }

    @Test
    void the_file_is_in_the_pain_001_001_09_namespace_and_written_the_same_every_time() {
        byte[] once = Pain001Writer.write("MSG-1", CREATED, "Ledger", List.of(GROUP));
        byte[] again = Pain001Writer.write("MSG-1", CREATED, "Ledger", List.of(GROUP));

        assertThat(new String(once, StandardCharsets.UTF_8)).contains("urn:iso:std:iso:20022:tech:xsd:pain.001.001.09");
        assertThat(again).isEqualTo(once);
    }

    @Test
    void names_with_markup_characters_are_escaped_not_injected() {
        PaymentGroup hostile = new PaymentGroup("PB1-1", "A</Nm><Evil>&", "DE89370400440532013000", null,
                LocalDate.of(2026, 12, 3), List.of(new CreditTransfer("1", "E2E-1", 100, "EUR", "<b>&amp;",
                        "DE02100100109307118603", null, "]]><x/>")));
        byte[] xml = Pain001Writer.write("MSG-2", CREATED, "Ledger", List.of(hostile));
        var read = MxPain00100109.parse(new String(xml, StandardCharsets.UTF_8)).getCstmrCdtTrfInitn().getPmtInf().get(0);

        assertThat(read.getDbtr().getNm()).isEqualTo("A</Nm><Evil>&");
        assertThat(read.getDbtrAgt().getFinInstnId().getOthr().getId()).isEqualTo("NOTPROVIDED");
        assertThat(read.getCdtTrfTxInf().get(0).getCdtr().getNm()).isEqualTo("<b>&amp;");
        assertThat(read.getCdtTrfTxInf().get(0).getRmtInf().getUstrd()).containsExactly("]]><x/>");
    }

    @Test
    void the_bytes_are_those_prowides_model_of_the_schema_writes() {
        PaymentGroup yen = new PaymentGroup("PB1-2", "Tokyo Branch \uD83C\uDFE6 \"Ltd\" & 'Co'", "JP0000000000000000000000",
                null, LocalDate.of(2026, 12, 31), List.of(new CreditTransfer("3", "E2E-3", 1_000_000, "JPY",
                        "Yamada <Taro>", "JP1111111111111111111111", "MHCBJPJTXXX", "Rent\tDecember")));
        PaymentGroup hostile = new PaymentGroup("PB1-3", "A</Nm><Evil>&", "DE89370400440532013000", null,
                LocalDate.of(2026, 12, 3), List.of(new CreditTransfer("4", "E2E-4", 1, "EUR", "]]><x/>",
                        "DE02100100109307118603", null, "caf\u00e9 \u00fcber")));
        for (var groups : List.of(List.of(GROUP), List.of(GROUP, yen), List.of(hostile))) {
            for (var created : List.of(CREATED, OffsetDateTime.parse("2026-12-02T23:59:00.999+03:00"),
                    OffsetDateTime.parse("2026-12-02T08:00:00-05:30"))) {
                byte[] ours = Pain001Writer.write("MSG-9", created, "Ledger & Co", groups);

                assertThat(new String(ours, StandardCharsets.UTF_8)).isEqualTo(withCharactersForReferences(
                        ProwidePain001Writer.write("MSG-9", created, "Ledger & Co", groups)));
            }
        }
    }

    /**
     * Prowide writes every character beyond ASCII as a numeric reference (&#233;); we write UTF-8. The same
     * document: the references are replaced by their characters before comparing (a surrogate pair's two
     * references by the one character, see below).
     */
    private static String withCharactersForReferences(byte[] prowide) {
        // A surrogate's reference becomes its char; the two chars of a pair then make the one character.
        return java.util.regex.Pattern.compile("&#(\\d+);").matcher(new String(prowide, StandardCharsets.UTF_8))
                .replaceAll(reference -> String.valueOf((char) Integer.parseInt(reference.group(1))));
    }

    /**
     * Here the two differ, and Prowide is wrong: it writes a character outside the Basic Multilingual Plane as
     * two character references to its surrogates (&#55356;&#57318;), which XML 1.0 forbids; parsers refuse it.
     */
    @Test
    void a_character_beyond_the_basic_plane_is_written_as_utf_8_and_the_file_parses() throws Exception {
        PaymentGroup emoji = new PaymentGroup("PB1-5", "Bank \uD83C\uDFE6", "DE89370400440532013000", null,
                LocalDate.of(2026, 12, 3), GROUP.transfers());
        byte[] xml = Pain001Writer.write("MSG-5", CREATED, "Ledger", List.of(emoji));

        var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(xml));
        assertThat(document.getElementsByTagNameNS("*", "Nm").item(1).getTextContent()).isEqualTo("Bank \uD83C\uDFE6");
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("<pain:Nm>Bank \uD83C\uDFE6</pain:Nm>");
    }

    @Test
    void a_character_xml_cannot_carry_is_refused_not_written() {
        PaymentGroup control = new PaymentGroup("PB1-4", "Nul\u0000Name", "DE89370400440532013000", null,
                LocalDate.of(2026, 12, 3), GROUP.transfers());

        assertThatThrownBy(() -> Pain001Writer.write("MSG-4", CREATED, "Ledger", List.of(control)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pain001Writer.escape("half \uD83C pair", false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_empty_batch_is_not_written() {
        assertThatThrownBy(() -> Pain001Writer.write("MSG-3", CREATED, "Ledger", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
