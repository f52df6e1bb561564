package bank.ledger.app.chaos;

import bank.ledger.app.chaos.TransferMix.Transfer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the clients know about every id they sent: acknowledged (2xx), refused (a definitive 4xx, with
 * its code), or uncertain (no definitive answer yet: connection lost, time-out, 5xx, 429). Also every
 * answer counted by status, and violations seen while the run goes on.
 */
final class Outcomes {
    final Map<String, Transfer> sent = new ConcurrentHashMap<>();
    final Map<String, Integer> acknowledged = new ConcurrentHashMap<>();
    final Map<String, String> refused = new ConcurrentHashMap<>();
    final Set<String> uncertain = ConcurrentHashMap.newKeySet();
    final Map<Integer, LongAdder> answers = new ConcurrentHashMap<>();
    final LongAdder connectionErrors = new LongAdder();
    final LongAdder retries = new LongAdder();
    final LongAdder idempotentReplays = new LongAdder();
    final ConcurrentLinkedQueue<String> replayViolations = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<String> answerViolations = new ConcurrentLinkedQueue<>();
    /** Answers that are faults told as something else (500, 401 of a valid key, ...): see --strict-errors. */
    final ConcurrentLinkedQueue<String> dishonestAnswers = new ConcurrentLinkedQueue<>();

    void count(int status) {
        answers.computeIfAbsent(status, s -> new LongAdder()).increment();
    }

    void acknowledge(String id, int status) {
        uncertain.remove(id);
        String before = refused.remove(id);
        if (before != null) {
            answerViolations.add(id + ": refused (" + before + ") earlier, acknowledged (" + status + ") on resend");
        }
        acknowledged.put(id, status);
    }

    void refuse(String id, String code) {
        uncertain.remove(id);
        if (acknowledged.containsKey(id)) {
            answerViolations.add(id + ": acknowledged earlier, refused (" + code + ") on an identical resend");
            return;
        }
        refused.put(id, code);
    }

    Map<Integer, Long> answersByStatus() {
        Map<Integer, Long> copy = new TreeMap<>();
        answers.forEach((status, count) -> copy.put(status, count.sum()));
        return copy;
    }

    List<String> acknowledgedIds() {
        return List.copyOf(acknowledged.keySet());
    }
}
