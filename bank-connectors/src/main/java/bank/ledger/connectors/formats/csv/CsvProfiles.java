package bank.ledger.connectors.formats.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Named CSV mapping profiles: built in ones under bank/ledger/connectors/formats/csv/NAME.properties, or any
 * .properties file given by path, so a new bank's export needs a profile, not code. Built-in profiles
 * with a header are recognised by it; the order below breaks ties between equally good matches.
 */
public final class CsvProfiles {
    public static final List<String> BUILT_IN = List.of("generic", "de-bank", "debit-credit", "sparkasse-camt",
            "deutsche-bank", "commerzbank", "ing-de", "volksbank-de", "rabobank-nl", "ing-nl", "abnamro-nl", "mbank-pl", "ubs-ch",
            "postfinance-ch", "hsbc-uk", "uk-paid-in-out", "chase-us", "citi-us", "kw-bank");
    static final List<String> COLUMNS = List.of("bookingDate", "valueDate", "amount", "creditDebit",
            "debit", "credit", "currency", "account", "reference", "endToEndId", "counterparty",
            "counterpartyAccount", "description", "bankTransactionCode", "status", "balanceAfter", "balanceBefore",
            "originalAmount", "originalCurrency", "exchangeRate");
    static final List<String> PREAMBLE = List.of("account", "currency", "openingBalance", "closingBalance", "period",
            "from", "to");
    private static volatile List<CsvProfile> builtIns;

    private CsvProfiles() {
    }

    /** A built-in profile by name, or a profile file by path. */
    public static CsvProfile load(String nameOrPath) throws IOException {
        if (BUILT_IN.contains(nameOrPath)) {
            return builtIn(nameOrPath);
        }
        Path path = Path.of(nameOrPath);
        if (!Files.isRegularFile(path)) {
            throw new IOException("unknown CSV profile '" + nameOrPath + "': built in are " + BUILT_IN
                    + ", or give the path of a .properties profile file");
        }
        String name = path.getFileName().toString().replaceFirst("\\.properties$", "");
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            return parse(name, reader);
        }
    }

    /** Every built-in profile, in tie-breaking order. */
    static List<CsvProfile> builtIns() {
        if (builtIns == null) {
            List<CsvProfile> all = new ArrayList<>();
            for (String name : BUILT_IN) {
                try {
                    all.add(builtIn(name));
                } catch (IOException e) {
                    throw new IllegalStateException("built-in CSV profile " + name + " is broken", e);
                }
            }
            builtIns = List.copyOf(all);
        }
        return builtIns;
    }

    private static CsvProfile builtIn(String name) throws IOException {
        try (InputStream in = CsvProfiles.class.getResourceAsStream(name + ".properties")) {
            return parse(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    static CsvProfile parse(String name, Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        try {
            Map<String, String> columns = new LinkedHashMap<>();
            for (String column : COLUMNS) {
                String header = blankToNull(p.getProperty("column." + column));
                if (header != null) {
                    columns.put(column, header);
                }
            }
            Map<String, List<String>> preamble = new LinkedHashMap<>();
            for (String field : PREAMBLE) {
                String labels = blankToNull(p.getProperty("preamble." + field));
                if (labels != null) {
                    preamble.put(field, Arrays.stream(labels.split("\\|")).map(CsvProfiles::normalize).toList());
                }
            }
            String delimiter = p.getProperty("delimiter", "auto").strip();
            return new CsvProfile(name, "auto".equals(delimiter) ? 0 : single("delimiter", delimiter),
                    single("quote", p.getProperty("quote", "\"")),
                    !"none".equalsIgnoreCase(p.getProperty("header", "line").strip()),
                    Arrays.stream(p.getProperty("dateFormat", "yyyy-MM-dd").split("\\|"))
                            .map(CsvProfile::dateFormat).toList(),
                    decimalMark(p.getProperty("decimalSeparator", "auto").strip()),
                    CsvProfile.Sign.valueOf(p.getProperty("sign", "signed").strip().toUpperCase(Locale.ROOT)),
                    set(p.getProperty("creditValues", "C,CR,CRDT,H")), set(p.getProperty("debitValues", "D,DR,DBIT,S")),
                    columns, preamble, set(p.getProperty("pendingValues", "")), blankToNull(p.getProperty("currency")),
                    blankToNull(p.getProperty("account")), Boolean.parseBoolean(p.getProperty("invertSign", "false").strip()),
                    Charset.forName(p.getProperty("legacyEncoding", "windows-1252").strip()));
        } catch (IllegalArgumentException e) { // also an unknown or unsupported legacyEncoding
            throw new IOException("CSV profile '" + name + "' is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Header and label text compared without case, surrounding blanks, a leading "#", a trailing colon,
     * and with umlauts spelled out: banks write both "Währung" and "Waehrung".
     */
    static String normalize(String text) {
        String t = text.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replace("ä", "ae")
                .replace("ö", "oe").replace("ü", "ue").replace("ß", "ss");
        if (t.startsWith("#")) {
            t = t.substring(1);
        }
        return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t;
    }

    private static char decimalMark(String value) {
        return "auto".equals(value) ? 0 : single("decimalSeparator", value);
    }

    private static char single(String key, String value) {
        value = "\\t".equals(value) || "tab".equalsIgnoreCase(value) ? "\t" : value;
        if (value.length() != 1) {
            throw new IllegalArgumentException(key + " must be one character, got '" + value + "'");
        }
        return value.charAt(0);
    }

    private static Set<String> set(String values) {
        return Arrays.stream(values.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(s -> s.toUpperCase(Locale.ROOT))
                .collect(Collectors.collectingAndThen(Collectors.toCollection(TreeSet::new), Collections::unmodifiableSet));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
