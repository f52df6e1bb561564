package bank.ledger.projections.support.jobs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operators: the single-node jobs of the cluster (docs/operations.md "Scheduled jobs"), as the lease table
 * shows them, so any node answers for all; the jobs this node schedules that never ran are listed too.
 */
@RestController
@RequestMapping("/api/v1/admin/jobs")
public class JobsController {
    private final JobLock lock;
    private final ClusterJobs jobs;

    public JobsController(JobLock lock, ClusterJobs jobs) {
        this.lock = lock;
        this.jobs = jobs;
    }

    /** A handful of jobs, by name: no paging. */
    @GetMapping
    public List<JobState> all() {
        List<JobState> states = new ArrayList<>(lock.states());
        jobs.registered().keySet().stream()
                .filter(name -> states.stream().noneMatch(state -> state.name().equals(name)))
                .forEach(name -> states.add(JobState.neverRun(name)));
        states.sort(Comparator.comparing(JobState::name));
        return states;
    }
}
