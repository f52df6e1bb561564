package bank.ledger.app.chaos;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The command line of a ledger instance: the packaged jar, external profile, the run's signing key,
 * and rate limits raised out of the way (the suite measures faults, not throttling; the limiter still
 * runs, so a Redis outage still exercises it). With a class-data-sharing archive (bin/ledger-chaos
 * makes one from the extracted jar) a restart takes about a third of the time on a loaded machine.
 */
final class AppCommand {
    private static final long LIMIT_OUT_OF_THE_WAY = 100_000_000;

    private final ChaosOptions options;

    AppCommand(ChaosOptions options) {
        this.options = options;
    }

    List<String> forPort(int port) throws IOException {
        List<String> command = new ArrayList<>(List.of("java"));
        if (options.cdsArchive() != null) {
            command.add("-XX:SharedArchiveFile=" + options.cdsArchive());
            command.add("-Xlog:cds=off");
        }
        return finish(command, port);
    }

    /**
     * Without an archive yet, one start that stops once the context is refreshed writes it
     * (Spring's documented CDS training run); it also migrates the fresh database.
     */
    void trainClassDataSharing(Map<String, String> env) throws IOException, InterruptedException {
        if (options.cdsArchive() == null || Files.exists(options.cdsArchive())) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("java", "-XX:ArchiveClassesAtExit=" + options.cdsArchive(),
                "-Xlog:cds=off", "-Dspring.context.exit=onRefresh"));
        System.out.println("chaos: training the class-data-sharing archive " + options.cdsArchive() + " (once)");
        ProcessBuilder builder = new ProcessBuilder(finish(command, 0)).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(
                        options.workDir().resolve("cds-training.log").toFile()));
        builder.environment().putAll(env);
        Process training = builder.start();
        if (!training.waitFor(options.readyTimeout().toSeconds(), TimeUnit.SECONDS)) {
            training.destroyForcibly();
        }
        if (!Files.exists(options.cdsArchive())) {
            System.out.println("chaos: no archive was written; instances start without it");
        }
    }

    private List<String> finish(List<String> command, int port) throws IOException {
        if (!options.jvmOptions().isBlank()) {
            command.addAll(Arrays.asList(options.jvmOptions().trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", options.jar().toString(), "--spring.profiles.active=external",
                "--server.port=" + port,
                "--ledger.security.jwt.keys[0].id=chaos",
                "--ledger.security.jwt.keys[0].private-key="
                        + Files.readString(options.keyFile(), StandardCharsets.US_ASCII),
                "--ledger.rate-limit.read.capacity=" + LIMIT_OUT_OF_THE_WAY,
                "--ledger.rate-limit.write.capacity=" + LIMIT_OUT_OF_THE_WAY));
        return command;
    }
}
