package bank.ledger.connectors.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Named CSV mapping profiles: built in ones under bank/ledger/connectors/csv/NAME.properties, or any
 * .properties file given by path, so a new bank's export needs a profile, not code.
 */
public final class CsvProfiles {
    public static final List<String> BUILT_IN = List.of("generic", "de-bank", "debit-credit");
    private static final List<String> COLUMNS = List.of("bookingDate", "valueDate", "amount", "creditDebit",
            "debit", "credit", "currency", "account", "reference", "endToEndId", "counterparty",
            "counterpartyAccount", "description");

    private CsvProfiles() {
    }

    /** A built-in profile by name, or a profile file by path. */
    public static CsvProfile load(String nameOrPath) throws IOException {
        if (BUILT_IN.contains(nameOrPath)) {
            try (InputStream in = CsvProfiles.class.getResourceAsStream(nameOrPath + ".properties")) {
                return parse(nameOrPath, new InputStreamReader(in, StandardCharsets.UTF_8));
            }
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

    static CsvProfile parse(String name, Reader reader) throws IOException {
        Properties p = new Properties();
        p.load(reader);
        Map<String, String> columns = new LinkedHashMap<>();
        for (String column : COLUMNS) {
            String header = p.getProperty("column." + column);
            if (header != null && !header.isBlank()) {
                columns.put(column, header.strip());
            }
        }
        CsvProfile.Sign sign;
        try {
            sign = CsvProfile.Sign.valueOf(p.getProperty("sign", "signed").strip().toUpperCase());
            return new CsvProfile(name, single(p, "delimiter", ","), single(p, "quote", "\""),
                    Integer.parseInt(p.getProperty("skipLines", "0").strip()),
                    CsvProfile.dateFormat(p.getProperty("dateFormat", "yyyy-MM-dd").strip()),
                    single(p, "decimalSeparator", "."), p.getProperty("groupingSeparator", ""), sign,
                    set(p.getProperty("creditValues", "C,CR,CRDT,H")), set(p.getProperty("debitValues", "D,DR,DBIT,S")),
                    columns, blankToNull(p.getProperty("currency")), blankToNull(p.getProperty("account")),
                    Boolean.parseBoolean(p.getProperty("invertSign", "false").strip()));
        } catch (IllegalArgumentException e) {
            throw new IOException("CSV profile '" + name + "' is invalid: " + e.getMessage(), e);
        }
    }

    private static char single(Properties p, String key, String fallback) {
        String value = p.getProperty(key, fallback);
        value = "\\t".equals(value) || "tab".equalsIgnoreCase(value) ? "\t" : value;
        if (value.length() != 1) {
            throw new IllegalArgumentException(key + " must be one character, got '" + value + "'");
        }
        return value.charAt(0);
    }

    private static Set<String> set(String values) {
        return Arrays.stream(values.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(String::toUpperCase).collect(Collectors.toUnmodifiableSet());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
