package bank.ledger.connectors.formats.camt;

import static org.assertj.core.api.Assertions.assertThat;

import bank.ledger.connectors.formats.model.CreditDebit;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.connectors.formats.model.ParsedFile;
import bank.ledger.connectors.formats.model.Statement;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every camt version Prowide carries is parsed, and Prowide's own typed model, reading the same
 * document, agrees on the values: proof that the element names used per version are the real ones.
 */
class CamtAllVersionsTest {
    static Stream<String> carried() {
        return Stream.of("052", "053", "054").flatMap(type -> IntStream.rangeClosed(1, CamtVersions.LATEST_KNOWN)
                .mapToObj(v -> String.format("camt.%s.001.%02d", type, v)));
    }

    /** When a Prowide upgrade brings a newer version, LATEST_KNOWN moves with it and this oracle checks it. */
    @org.junit.jupiter.api.Test
    void the_latest_known_version_is_the_latest_prowide_carries() {
        for (String type : new String[] {"052", "053", "054"}) {
            assertThat(prowideCarries(type, CamtVersions.LATEST_KNOWN)).as(type).isTrue();
            assertThat(prowideCarries(type, CamtVersions.LATEST_KNOWN + 1)).as(type).isFalse();
        }
    }

    private static boolean prowideCarries(String type, int version) {
        String resource = String.format("com/prowidesoftware/swift/model/mx/MxCamt%s001%02d.class", type, version);
        return CamtAllVersionsTest.class.getClassLoader().getResource(resource) != null;
    }

    @ParameterizedTest
    @MethodSource("carried")
    void parsesEveryCarriedVersion(String message) throws Exception {
        String type = message.substring(5, 8);
        int version = Integer.parseInt(message.substring(13));
        String xml = CamtDocuments.sample(type, version);
        ParsedFile file = new CamtParser(ParseLimits.defaults()).parse("x.xml", xml.getBytes(StandardCharsets.UTF_8));

        assertThat(file.format()).isEqualTo(message);
        assertThat(file.warnings()).isEmpty();
        Statement s = file.statements().get(0);
        assertThat(s.account().iban()).isEqualTo(CamtDocuments.IBAN);
        assertThat(s.account().bic()).isEqualTo(CamtDocuments.BIC);
        assertThat(s.sequence()).isEqualTo(42L);
        assertThat(s.entries()).extracting("amountMinor").containsExactly(25050L, 5025L);
        assertThat(s.entries().get(0).counterparty()).isEqualTo("ACME GmbH & Co. KG");
        assertThat(s.entries().get(0).endToEndId()).isEqualTo("E2E-1");
        assertThat(s.entries().get(0).bankTransactionCode()).isEqualTo("PMNT/RCDT/ESCT");
        assertThat(s.entries().get(1).reversal()).isTrue();
        assertThat(s.entries().get(1).creditDebit()).isEqualTo(CreditDebit.DBIT);
        assertThat(s.entries().get(1).endToEndId()).isNull();
        assertThat(s.entries()).allMatch(e -> e.booked());
        assertThat(s.entries()).allMatch(e -> e.warnings().isEmpty());
        if (!type.equals("054")) {
            assertThat(s.closingBalance().amountMinor()).isEqualTo(120025L);
        }
        assertProwideAgrees(message, xml, version);
    }

    private static void assertProwideAgrees(String message, String xml, int version) throws Exception {
        String type = message.substring(5, 8);
        Class<?> mx = Class.forName("com.prowidesoftware.swift.model.mx.MxCamt" + type + "001"
                + message.substring(13));
        Object parsed = mx.getMethod("parse", String.class).invoke(null, xml);
        String root = switch (type) {
            case "052" -> "BkToCstmrAcctRpt";
            case "053" -> "BkToCstmrStmt";
            default -> "BkToCstmrDbtCdtNtfctn";
        } + (version == 1 ? "V01" : "");
        String item = switch (type) {
            case "052" -> "Rpt";
            case "053" -> "Stmt";
            default -> "Ntfctn";
        };
        Object statement = path(parsed, root, item);
        assertThat(path(statement, "Acct", "Svcr", "FinInstnId", CamtDocuments.bicElement(version).toUpperCase()))
                .isEqualTo(CamtDocuments.BIC);
        assertThat(path(statement, "Ntry", "Amt", "Value")).isEqualTo(new BigDecimal("250.50"));
        Object tx = version == 1 ? path(statement, "Ntry", "TxDtls") : path(statement, "Ntry", "NtryDtls", "TxDtls");
        Object name = CamtDocuments.partyWrapped(version) ? path(tx, "RltdPties", "Dbtr", "Pty", "Nm")
                : path(tx, "RltdPties", "Dbtr", "Nm");
        assertThat(name).isEqualTo("ACME GmbH & Co. KG");
        Object status = CamtDocuments.statusChoice(version) ? path(statement, "Ntry", "Sts", "Cd")
                : path(statement, "Ntry", "Sts");
        assertThat(String.valueOf(status)).isEqualTo("BOOK");
    }

    /** Follows Prowide getters by element name, taking the first element of lists. */
    private static Object path(Object start, String... names) throws Exception {
        Object current = start;
        for (String name : names) {
            if (current == null) {
                return null;
            }
            Method getter = current.getClass().getMethod("get" + name);
            current = getter.invoke(current);
            if (current instanceof List<?> list) {
                current = list.isEmpty() ? null : list.get(0);
            }
        }
        return current;
    }
}
