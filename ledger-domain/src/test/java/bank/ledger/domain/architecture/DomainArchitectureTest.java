package bank.ledger.domain.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The domain's shape: no Spring, an api of plain records and enums, and every stored event revisioned. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class DomainArchitectureTest {
    private static final JavaClasses DOMAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("bank.ledger.domain");

    private static final Set<String> EVENTS = Set.of("AccountOpened", "AccountFrozen", "AccountUnfrozen",
            "AccountClosed", "AccountBalanceChanged", "JournalEntryPosted", "PendingJournalEntryRecorded",
            "PendingJournalEntryPosted", "PendingJournalEntryVoided", "JournalEntryReversed",
            "StatementReceived", "StatementLinesRecorded", "StatementLineMatched", "StatementLineUnmatched",
            "StatementLineSuspended", "StatementLineSuspenseReleased", "StatementSuperseded",
            "AccountingPeriodClosed", "AccountingPeriodReopened", "FxRatesImported",
            "PaymentInitiated", "PaymentBatched", "PaymentAccepted", "PaymentRejected", "PaymentSettled",
            "ScheduleCreated", "ScheduleRunRecorded", "SchedulePaused", "ScheduleResumed", "ScheduleCancelled");

    /**
     * A command names its target aggregate in one of its record components, or in a method deriving it
     * (ImportFxRates: a rate import's stream id is its id behind a prefix of its own; the periods' commands).
     */
    private static final DescribedPredicate<JavaClass> COMMAND = DescribedPredicate.describe("a command",
            c -> c.getAllFields().stream().anyMatch(f -> f.isAnnotatedWith(TargetAggregateIdentifier.class))
                    || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(TargetAggregateIdentifier.class))
                    || c.getConstructors().stream().flatMap(k -> k.getParameters().stream())
                    .anyMatch(p -> p.isAnnotatedWith(TargetAggregateIdentifier.class)));

    /** A value that other api records are made of (Balances, AccountFlags, Posting, ...), not a message. */
    private static final DescribedPredicate<JavaClass> PART_OF_ANOTHER_API_RECORD = DescribedPredicate.describe(
            "part of another api record", c -> c.getDirectDependenciesToSelf().stream()
                    .map(d -> d.getOriginClass())
                    .anyMatch(origin -> !origin.equals(c) && origin.isRecord() && origin.getPackageName().contains(".api")));

    /** What is left of an api record when commands, replies and value parts are taken away: an event. */
    private static final DescribedPredicate<JavaClass> EVENT = DescribedPredicate.describe("an event record",
            c -> c.isRecord() && c.getPackageName().endsWith(".api") && !COMMAND.test(c)
                    && !c.getSimpleName().endsWith("State") && !c.getSimpleName().endsWith("Request")
                    && !c.getSimpleName().equals("Posting") && !PART_OF_ANOTHER_API_RECORD.test(c));

    @Test
    void the_domain_does_not_depend_on_spring() {
        noClasses().that().resideInAPackage("bank.ledger.domain..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(DOMAIN);
    }

    @Test
    void api_packages_hold_only_records_and_enums() {
        classes().that().resideInAPackage("..api..")
                .should(new ArchCondition<>("be a record or an enum") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        boolean ok = javaClass.isRecord() || javaClass.isEnum();
                        events.add(new SimpleConditionEvent(javaClass, ok,
                                javaClass.getName() + (ok ? " is" : " is neither") + " a record or an enum"));
                    }
                })
                .check(DOMAIN);
    }

    @Test
    void every_event_record_carries_a_revision_for_its_upcasters() {
        classes().that(EVENT).should().beAnnotatedWith(Revision.class).check(DOMAIN);
    }

    @Test
    void the_event_rule_finds_exactly_the_ledger_s_events() {
        Set<String> found = DOMAIN.stream().filter(EVENT).map(JavaClass::getSimpleName).collect(Collectors.toSet());
        assertThat(found).isEqualTo(EVENTS);
    }

    @Test
    void every_past_tense_api_class_is_a_revisioned_record() {
        classes().that().haveNameMatching(".*\\.api\\.[A-Za-z]+(ed|en)")
                .should().beAnnotatedWith(Revision.class).andShould(new ArchCondition<>("be a record") {
                    @Override
                    public void check(JavaClass javaClass, ConditionEvents events) {
                        events.add(new SimpleConditionEvent(javaClass, javaClass.isRecord(),
                                javaClass.getName() + " is a record: " + javaClass.isRecord()));
                    }
                })
                .check(DOMAIN);
    }

    @Test
    void commands_are_not_revisioned_events() {
        classes().that(COMMAND).and().resideInAPackage("..api..").should().notBeAnnotatedWith(Revision.class)
                .check(DOMAIN);
    }
}
