package bank.ledger.app.chaos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The faults of a run in a seeded random order, each after a seeded random gap of load: the same seed
 * gives the same faults, order and gaps (the load's timing, and so which requests a fault hits, is not
 * reproducible).
 */
final class FaultSchedule {
    enum Fault { KILL, TERMINATE_CONNECTIONS, REDIS_OUTAGE, BROKER_OUTAGE }

    record Step(Fault fault, long gapMs) {
    }

    private FaultSchedule() {
    }

    static List<Step> of(long seed, int kills, int terminations, int redisOutages, int brokerOutages,
                         long gapMsMin, long gapMsMax) {
        if (kills < 0 || terminations < 0 || redisOutages < 0 || brokerOutages < 0 || gapMsMin < 0
                || gapMsMax < gapMsMin) {
            throw new IllegalArgumentException("fault counts and gaps must be >= 0, and the gap's max >= its min");
        }
        List<Fault> faults = new ArrayList<>();
        faults.addAll(Collections.nCopies(kills, Fault.KILL));
        faults.addAll(Collections.nCopies(terminations, Fault.TERMINATE_CONNECTIONS));
        faults.addAll(Collections.nCopies(redisOutages, Fault.REDIS_OUTAGE));
        faults.addAll(Collections.nCopies(brokerOutages, Fault.BROKER_OUTAGE));
        Random random = new Random(seed);
        Collections.shuffle(faults, random);
        List<Step> steps = new ArrayList<>(faults.size());
        for (Fault fault : faults) {
            steps.add(new Step(fault, gapMsMin + (long) (random.nextDouble() * (gapMsMax - gapMsMin))));
        }
        return steps;
    }
}
