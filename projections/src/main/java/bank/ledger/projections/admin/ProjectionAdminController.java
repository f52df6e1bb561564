package bank.ledger.projections.admin;

import java.util.List;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Operators: every projection's position and lag, and rebuilds with their progress. */
@RestController
@Profile("projections")
@RequestMapping("/api/v1/admin/projections")
public class ProjectionAdminController {
    private final ProcessorAdmin admin;

    public ProjectionAdminController(ProcessorAdmin admin) {
        this.admin = admin;
    }

    /** All streaming processors of this node (a handful: no paging needed beyond the processor count). */
    @GetMapping
    public List<ProcessorStatus> all() {
        return admin.names().stream().map(admin::status).toList();
    }

    @GetMapping("/{name}")
    public ProcessorStatus one(@PathVariable String name) {
        return admin.status(name);
    }

    /** Resets the processor and replays every event; 202 at once, follow {@code GET /{name}}. */
    @PostMapping("/{name}/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    public ProcessorStatus rebuild(@PathVariable String name) {
        return admin.rebuild(name);
    }
}
