package bank.ledger.connectors.csv;

/**
 * Locale-formatted numbers ("-1.234,56", "1,234.56", "1234,56-", "(12.50)") to a plain dot-decimal
 * string, by text manipulation only: no NumberFormat, which would go through double.
 */
final class CsvNumbers {
    private CsvNumbers() {
    }

    /** The dot-decimal form with a leading "-" when negative, or null when the text is not a number. */
    static String toDecimal(String text, char decimalSeparator, String groupingSeparator) {
        String s = text.strip().replace("\u00A0", "").replace(" ", "");
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1);
        }
        if (s.endsWith("-")) {
            negative = true;
            s = s.substring(0, s.length() - 1);
        } else if (s.startsWith("-") || s.startsWith("+")) {
            negative = s.startsWith("-");
            s = s.substring(1);
        }
        if (!groupingSeparator.isEmpty() && s.contains(groupingSeparator)) {
            // Grouping only in threes: "12.5" in a decimal-comma profile is a typo, not 125.
            int mark = s.indexOf(decimalSeparator);
            String integer = mark < 0 ? s : s.substring(0, mark);
            if (!integer.matches("\\d{1,3}(" + java.util.regex.Pattern.quote(groupingSeparator) + "\\d{3})+")) {
                return null;
            }
            s = s.replace(groupingSeparator, "");
        }
        if (decimalSeparator != '.') {
            if (s.indexOf('.') >= 0) {
                return null; // a dot where the profile says the decimal mark is something else
            }
            s = s.replace(decimalSeparator, '.');
        }
        if (!s.matches("\\d+(\\.\\d+)?")) {
            return null;
        }
        return (negative ? "-" : "") + s;
    }
}
