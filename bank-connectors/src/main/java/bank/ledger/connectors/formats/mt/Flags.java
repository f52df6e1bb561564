package bank.ledger.connectors.formats.mt;

import bank.ledger.connectors.formats.model.Warning;
import bank.ledger.connectors.formats.model.WarningCodes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Warnings of one file, statement or entry, at most {@code max} per code: a file of a million stray lines
 * must not become a million warnings. Past the cap one {@code moreWarnings} warning says how many were left out.
 */
final class Flags {
    private final int max;
    private final List<Warning> list = new ArrayList<>();
    private final Map<String, Integer> counts = new HashMap<>();
    private int leftOut;

    Flags(int max) {
        this.max = max;
    }

    void add(String code, int line, String message) {
        int count = counts.merge(code, 1, Integer::sum);
        if (count <= max) {
            list.add(new Warning(code, line, message));
        } else {
            leftOut++;
        }
    }

    /** Adds warnings another reader collected (the shared amount and date readers give plain lists). */
    void addAll(List<Warning> warnings) {
        warnings.forEach(w -> add(w.code(), w.line(), w.message()));
    }

    List<Warning> list() {
        if (leftOut == 0) {
            return List.copyOf(list);
        }
        List<Warning> all = new ArrayList<>(list);
        all.add(new Warning(WarningCodes.MORE_WARNINGS, 0, leftOut + " more warnings of the codes above, not listed"));
        return all;
    }
}
