package bank.ledger.app.axon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The event processors' settings that decide the write path's cost per event (issue 11,
 * docs/architecture.md "Write path costs"), as application.properties states them.
 */
class ProcessorSettingsTest {
    private static final String PREFIX = "axon.eventhandling.processors.";
    private static final Pattern PROCESSOR = Pattern.compile(Pattern.quote(PREFIX) + "([a-z-]+)\\.mode");
    private static final Properties settings = new Properties();

    @BeforeAll
    static void load() throws Exception {
        try (InputStream in = ProcessorSettingsTest.class.getResourceAsStream("/application.properties")) {
            settings.load(in);
        }
    }

    private static Set<String> processors() {
        Set<String> names = new TreeSet<>();
        for (String key : settings.stringPropertyNames()) {
            Matcher matcher = PROCESSOR.matcher(key);
            if (matcher.matches()) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    private static String setting(String processor, String name) {
        return settings.getProperty(PREFIX + processor + "." + name);
    }

    private static boolean deadLettered(String processor) {
        return "true".equals(setting(processor, "dlq.enabled"));
    }

    @Test
    void no_processor_runs_on_axons_default_of_sixteen_segments_and_four_threads() {
        assertThat(processors()).hasSizeGreaterThanOrEqualTo(10).allSatisfy(processor -> {
            assertThat(setting(processor, "mode")).isEqualTo("pooled");
            assertThat(setting(processor, "initial-segment-count")).as(processor).isIn("1", "2");
        });
    }

    @Test
    void every_processor_with_a_dead_letter_queue_caches_which_sequences_are_dead_lettered() {
        assertThat(processors().stream().filter(ProcessorSettingsTest::deadLettered)).hasSizeGreaterThanOrEqualTo(6)
                .allSatisfy(processor -> assertThat(setting(processor, "dlq.cache.enabled")).as(processor).isEqualTo("true"));
    }

    @Test
    void every_projection_with_a_dead_letter_queue_commits_events_in_batches() {
        assertThat(processors().stream().filter(ProcessorSettingsTest::deadLettered)).allSatisfy(processor ->
                assertThat(Integer.parseInt(setting(processor, "batch-size"))).as(processor).isBetween(2, 1000));
    }
}
