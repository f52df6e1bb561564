package bank.ledger.app.chaos;

import bank.ledger.app.chaos.TransferMix.Transfer;
import java.io.IOException;
import java.time.Duration;
import java.util.Random;

/**
 * Sends one transfer until it has a definitive answer or its time budget is spent, always with the same
 * id and the same bytes, to any ready instance. 2xx acknowledges, 422 refuses; connection errors,
 * time-outs, 409 concurrentModification (the ledger's own conflict retries ran out), 429 and 5xx are
 * retried after the server's Retry-After (or a short back-off). An answer
 * that tells a fault as something else (a 500, or a 401/403/404 for a valid key and existing accounts)
 * is counted as dishonest and retried.
 * A 502 or 504 of the gateway (the node died with the request) is as uncertain as a lost connection.
 */
final class Delivery {
    /** Where the next attempt goes: a ready instance (chaos), or always the gateway (bin/ledger-cluster). */
    interface Targets {
        /** The target, or null while there is none. */
        Endpoint pick(Random random);
    }

    private final Targets targets;
    private final Http http;
    private final Outcomes outcomes;

    Delivery(Targets targets, Http http, Outcomes outcomes) {
        this.targets = targets;
        this.http = http;
        this.outcomes = outcomes;
    }

    /** True when the transfer got a definitive answer, false when it is left uncertain. */
    boolean deliver(Transfer transfer, Duration budget, Random random) throws InterruptedException {
        outcomes.sent.put(transfer.id(), transfer);
        long deadline = System.nanoTime() + budget.toNanos();
        for (int attempt = 0; System.nanoTime() < deadline; attempt++) {
            if (attempt > 0) {
                outcomes.retries.increment();
            }
            Endpoint target = targets.pick(random);
            if (target == null) {
                Thread.sleep(250);
                continue;
            }
            Http.Answer answer;
            try {
                answer = http.post(target.baseUrl(), "/api/v1/journal-entries", transfer.body());
            } catch (IOException lost) {
                outcomes.connectionErrors.increment();
                outcomes.uncertain.add(transfer.id());
                Thread.sleep(backoffMs(attempt, random));
                continue;
            }
            outcomes.count(answer.status());
            if (answer.ok()) {
                outcomes.acknowledge(transfer.id(), answer.status());
                return true;
            }
            if (answer.status() == 409 && answer.code().equals("concurrentModification")) {
                outcomes.uncertain.add(transfer.id()); // the ledger's retries ran out; nothing stored: send again
                Thread.sleep(backoffMs(attempt, random));
                continue;
            }
            if (answer.status() == 422 || answer.status() == 409) {
                judgeRefusal(transfer, answer);
                return true;
            }
            outcomes.uncertain.add(transfer.id());
            if (answer.status() != 429 && answer.status() != 503 && !gatewayLostTheNode(answer.status())) {
                outcomes.dishonestAnswers.add(transfer.id() + " from " + target.name() + ": " + answer.status() + " "
                        + answer.code());
            }
            Thread.sleep(answer.retryAfterSeconds() > 0 ? Math.min(answer.retryAfterSeconds() * 1000, 5_000)
                    : backoffMs(attempt, random));
        }
        return false;
    }

    /** A gateway's 502 or 504: the node it chose died or hung with the request; the outcome is unknown. */
    private static boolean gatewayLostTheNode(int status) {
        return status == 502 || status == 504;
    }

    private void judgeRefusal(Transfer transfer, Http.Answer answer) {
        String code = answer.code();
        if (answer.status() == 422 && code.equals("exceedsCredits")) {
            outcomes.refuse(transfer.id(), code);
        } else {
            // identical content never conflicts, and the mix makes no other refusal: the ledger is wrong
            outcomes.answerViolations.add(transfer.id() + ": " + answer.status() + " " + code + " for valid content");
            outcomes.refuse(transfer.id(), code);
        }
    }

    private static long backoffMs(int attempt, Random random) {
        return Math.min(2_000, 100L << Math.min(attempt, 4)) + random.nextInt(100);
    }
}
