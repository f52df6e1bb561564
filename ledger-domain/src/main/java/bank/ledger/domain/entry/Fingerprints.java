package bank.ledger.domain.entry;

import bank.ledger.domain.entry.api.FxLeg;
import bank.ledger.domain.entry.api.PostJournalEntry;
import bank.ledger.domain.entry.api.PostPendingEntry;
import bank.ledger.domain.entry.api.PostingRequest;
import bank.ledger.domain.entry.api.ReverseJournalEntry;
import bank.ledger.domain.money.DecimalAmount;
import bank.ledger.domain.money.FxRate;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request's content as a SHA-256, so a retry (same id, same content) can be told from a conflict
 * (same id, other content). Amounts are canonical ("10.0" equals "10.00") and postings and metadata
 * are sorted, so only a difference in meaning makes a different fingerprint.
 */
final class Fingerprints {
    private Fingerprints() {
    }

    static String of(PostJournalEntry command) {
        if (command.fx().isEmpty()) {
            // unchanged for single-currency entries, so retries of entries recorded before FX still match
            return sha256("entry", command.effectiveDate(), command.description(), command.pending(),
                    lines(command.postings()), new TreeMap<>(command.metadata()));
        }
        return sha256("entry", command.effectiveDate(), command.description(), command.pending(),
                lines(command.postings()), new TreeMap<>(command.metadata()), legs(command.fx()));
    }

    static String of(PostPendingEntry command) {
        return sha256("post", command.effectiveDate(), lines(command.postings()));
    }

    static String of(ReverseJournalEntry command) {
        return sha256("reversal", command.entryId(), command.effectiveDate(), command.description(),
                new TreeMap<>(command.metadata()));
    }

    /** Rates canonical ("0.30150" equals "0.3015"), legs in order of their text. */
    private static List<List<String>> legs(List<FxLeg> legs) {
        return legs.stream()
                .map(l -> List.of(String.valueOf(l.baseCurrency()), String.valueOf(l.quoteCurrency()),
                        FxRate.parse(l.rate(), "rate").canonical(), String.valueOf(l.source()),
                        String.valueOf(l.rateDate())))
                .sorted(java.util.Comparator.comparing(Object::toString))
                .toList();
    }

    private static List<List<String>> lines(List<PostingRequest> postings) {
        return postings.stream()
                .map(p -> List.of(p.accountId(), String.valueOf(p.side()),
                        DecimalAmount.parse(p.amount(), "amount").canonical(), String.valueOf(p.currency())))
                .sorted(java.util.Comparator.comparing(Object::toString))
                .toList();
    }

    private static String sha256(Object... parts) {
        StringBuilder text = new StringBuilder();
        for (Object part : parts) {
            append(text, part);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every JVM has SHA-256", impossible);
        }
    }

    /** Length-prefixed and nested, so no choice of field contents can make two requests collide. */
    private static void append(StringBuilder text, Object part) {
        if (part instanceof Map<?, ?> map) {
            text.append('{').append(map.size());
            map.forEach((key, value) -> {
                append(text, key);
                append(text, value);
            });
            text.append('}');
        } else if (part instanceof List<?> list) {
            text.append('[').append(list.size());
            list.forEach(item -> append(text, item));
            text.append(']');
        } else {
            String value = String.valueOf(part);
            text.append(value.length()).append(':').append(value).append(';');
        }
    }
}
