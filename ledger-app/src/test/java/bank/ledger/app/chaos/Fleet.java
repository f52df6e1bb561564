package bank.ledger.app.chaos;

import java.time.Duration;
import java.util.List;
import java.util.Random;

/** The run's ledger instances on one database; clients use whichever are ready. */
final class Fleet {
    private final List<AppInstance> instances;

    Fleet(List<AppInstance> instances) {
        this.instances = List.copyOf(instances);
    }

    List<AppInstance> all() {
        return instances;
    }

    List<AppInstance> ready() {
        return instances.stream().filter(i -> i.state() == AppInstance.State.READY).toList();
    }

    /** A ready instance, or null while none is. */
    AppInstance pickReady(Random random) {
        List<AppInstance> ready = ready();
        return ready.isEmpty() ? null : ready.get(random.nextInt(ready.size()));
    }

    boolean awaitAllReady(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (AppInstance instance : instances) {
            long leftNs = Math.max(0, deadline - System.nanoTime());
            if (!instance.awaitReady(Duration.ofNanos(leftNs))) {
                return false;
            }
        }
        return true;
    }
}
