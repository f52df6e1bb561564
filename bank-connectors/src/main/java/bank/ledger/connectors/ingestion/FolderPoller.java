package bank.ledger.connectors.ingestion;

import bank.ledger.command.dispatch.CommandOrigin;
import bank.ledger.connectors.formats.model.ParseLimits;
import bank.ledger.domain.refusal.LedgerRefusal;
import bank.ledger.projections.support.jobs.ClusterJobs;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.time.Duration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Profile;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;
import org.springframework.stereotype.Component;

/**
 * Folder channel: every {@code ledger.statements.poll.interval-ms} the files in the configured folder
 * go through the same pipeline, then move to {@code processed/} or, with a {@code .error.txt} beside
 * them, to {@code failed/}. Files whose name starts with "." or ends with ".part" are still being
 * written and are left alone (deliver by writing a temporary name and renaming). A file delivered
 * twice is recorded once, as through every channel. With several nodes reading one shared folder, one
 * node polls at a time ({@link ClusterJobs}): two nodes would read and move the same files.
 */
@Component
@Profile("connectors")
@EnableConfigurationProperties(BankStatementPollProperties.class)
public class FolderPoller implements SchedulingConfigurer {
    private static final Logger log = LoggerFactory.getLogger(FolderPoller.class);
    private static final int FILES_PER_POLL = 100;
    private final IngestionPipeline pipeline;
    private final BankStatementPollProperties settings;
    private final ClusterJobs jobs;

    public FolderPoller(IngestionPipeline pipeline, BankStatementPollProperties settings, ClusterJobs jobs) {
        this.pipeline = pipeline;
        this.settings = settings;
        this.jobs = jobs;
    }

    /** Every {@code ledger.statements.poll.interval-ms}, the first poll at the start; none without a folder. */
    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        if (settings.enabled()) {
            Duration interval = Duration.ofMillis(settings.intervalMs());
            registrar.addFixedDelayTask(new FixedDelayTask(jobs.singleNode("statement-folder-poll", interval, this::poll),
                    interval, Duration.ZERO));
        }
    }

    public void poll() {
        if (!settings.enabled()) {
            return;
        }
        for (Path file : waitingFiles(Path.of(settings.folder()))) {
            ingest(file);
        }
    }

    public void ingest(Path file) {
        String name = file.getFileName().toString();
        try {
            byte[] content;
            try (var in = Files.newInputStream(file)) { // a file past the limit is not loaded whole
                content = StatementDelivery.readBounded(in, ParseLimits.DEFAULT_MAX_FILE_BYTES);
            }
            pipeline.ingest(new StatementDelivery(name, content, name.toLowerCase().endsWith(".csv") ? settings.csvProfile() : null,
                    "folder", CommandOrigin.system("folder", "folder")));
            move(file, "processed");
        } catch (LedgerRefusal | IOException refused) {
            log.warn("statement file {} refused: {}", file, refused.getMessage());
            try {
                Files.writeString(move(file, "failed").resolveSibling(name + ".error.txt"), refused.getMessage());
            } catch (IOException e) {
                log.error("cannot move refused statement file {}", file, e);
            }
        }
    }

    private static List<Path> waitingFiles(Path dir) {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, Files::isRegularFile)) {
            for (Path file : stream) {
                String name = file.getFileName().toString();
                if (!name.startsWith(".") && !name.endsWith(".part") && files.size() < FILES_PER_POLL) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            log.warn("cannot list statement folder {}: {}", dir, e.toString());
        }
        files.sort(null);
        return files;
    }

    private static Path move(Path file, String subfolder) throws IOException {
        Path target = file.resolveSibling(subfolder).resolve(file.getFileName());
        Files.createDirectories(target.getParent());
        return Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
