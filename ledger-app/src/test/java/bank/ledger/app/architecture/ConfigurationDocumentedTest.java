package bank.ledger.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Keeps docs/configuration.md honest: every key of every {@code @ConfigurationProperties} record of the
 * ledger ({@code ledger.*}) has its row there. A key is the prefix and the record's components in
 * kebab-case, nested records recursed into; a map or a list is one key ({@code ledger.maker-checker.thresholds}).
 */
class ConfigurationDocumentedTest {
    private static final Path DOCS = Path.of("..", "docs", "configuration.md");

    @Test
    void every_ledger_setting_is_documented_in_configuration_md() throws IOException {
        String docs = Files.readString(DOCS);
        List<String> keys = ledgerKeys();

        assertThat(keys).as("the scan finds the records").isNotEmpty();
        assertThat(keys.stream().filter(key -> !docs.contains("`" + key + "`")).toList())
                .as("keys missing from docs/configuration.md (add a row `key` | default | meaning to the owner's section)")
                .isEmpty();
    }

    @Test
    void a_key_is_the_prefix_and_each_component_in_kebab_case_nested_records_recursed_collections_whole() {
        List<String> keys = new ArrayList<>();
        collect("ledger.sample", Sample.class, keys);

        assertThat(keys).containsExactly("ledger.sample.poll-ms", "ledger.sample.inner.max-per-user",
                "ledger.sample.thresholds", "ledger.sample.targets");
    }

    record Sample(long pollMs, Inner inner, Map<String, Long> thresholds, List<Inner> targets) {
        record Inner(int maxPerUser) {
        }
    }

    private static List<String> ledgerKeys() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<String> keys = new ArrayList<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("bank.ledger")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
            ConfigurationProperties annotation = type.getAnnotation(ConfigurationProperties.class);
            String prefix = annotation.prefix().isEmpty() ? annotation.value() : annotation.prefix();
            if (prefix.startsWith("ledger.")) { // spring.* keys are Spring Boot's, documented by it
                collect(prefix, type, keys);
            }
        }
        return List.copyOf(new TreeSet<>(keys));
    }

    private static void collect(String prefix, Class<?> type, List<String> keys) {
        assertThat(type.isRecord()).as(type + ": settings are records").isTrue();
        for (RecordComponent component : type.getRecordComponents()) {
            String key = prefix + "." + kebab(component.getName());
            if (component.getType().isRecord()) {
                collect(key, component.getType(), keys);
            } else { // a value, or a map, list or array taken whole, whatever it holds
                keys.add(key);
            }
        }
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
