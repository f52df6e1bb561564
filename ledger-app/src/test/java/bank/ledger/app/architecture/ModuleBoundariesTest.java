package bank.ledger.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The modules talk through the domain's published language only: commands, events and queries in
 * {@code api} packages, money and refusals. No module reaches into another's internals, and only
 * the command side touches the aggregates. The one write side ({@code command-side}) publishes one
 * package to the bank connectors, {@code bank.ledger.command.dispatch}: the dispatcher every command goes
 * through, the command's origin, and the account check (docs/architecture.md, "One write side").
 */
@AnalyzeClasses(packages = "bank.ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {
    private static final String DOMAIN_INTERNALS_OF_AGGREGATES = "bank.ledger.domain.(account|entry|statement|payment)";
    /** What the write side publishes to other modules; the rest of {@code bank.ledger.command..} is its own. */
    private static final String WRITE_SIDE_PUBLISHED = "bank.ledger.command.dispatch";

    @ArchTest
    static final ArchRule domain_has_no_spring = noClasses().that().resideInAPackage("bank.ledger.domain..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule domain_depends_on_no_other_module = noClasses().that().resideInAPackage("bank.ledger.domain..")
            .should().dependOnClassesThat().resideInAnyPackage("bank.ledger.command..", "bank.ledger.query..",
                    "bank.ledger.projections..", "bank.ledger.connectors..", "bank.ledger.app..");

    @ArchTest
    static final ArchRule command_side_stands_alone = noClasses().that().resideInAPackage("bank.ledger.command..")
            .should().dependOnClassesThat().resideInAnyPackage("bank.ledger.projections..",
                    "bank.ledger.connectors..", "bank.ledger.app..");

    @ArchTest
    static final ArchRule query_side_stands_alone = noClasses().that().resideInAPackage("bank.ledger.query..")
            .should().dependOnClassesThat().resideInAnyPackage("bank.ledger.command..",
                    "bank.ledger.connectors..", "bank.ledger.app..");

    @ArchTest
    static final ArchRule projections_stand_alone = noClasses().that().resideInAPackage("bank.ledger.projections..")
            .should().dependOnClassesThat().resideInAnyPackage("bank.ledger.command..", "bank.ledger.query..",
                    "bank.ledger.connectors..", "bank.ledger.app..");

    /** Of projections, the connectors use the support package alone: the single-node jobs' lease (issue 16). */
    @ArchTest
    static final ArchRule connectors_stand_alone = noClasses().that().resideInAPackage("bank.ledger.connectors..")
            .should().dependOnClassesThat(resideInAnyPackage("bank.ledger.query..", "bank.ledger.app..")
                    .or(resideInAPackage("bank.ledger.projections..").and(not(resideInAPackage("bank.ledger.projections.support.."))))
                    .as("the query side, the application, or projections other than its support package"));

    /** The connectors send every command through the write side's dispatcher, and see nothing else of it. */
    @ArchTest
    static final ArchRule connectors_use_only_the_write_sides_published_package = noClasses()
            .that().resideInAPackage("bank.ledger.connectors..")
            .should().dependOnClassesThat(resideInAPackage("bank.ledger.command..")
                    .and(not(resideInAPackage(WRITE_SIDE_PUBLISHED))))
            .because("command-side's internals (configuration, controllers, approvals) are its own");

    /** What command-side publishes speaks the domain's language: nothing of the modules that use it. */
    @ArchTest
    static final ArchRule the_published_package_depends_on_no_other_module = noClasses()
            .that().resideInAPackage(WRITE_SIDE_PUBLISHED)
            .should().dependOnClassesThat().resideInAnyPackage("bank.ledger.command.config..",
                    "bank.ledger.command.account..", "bank.ledger.command.entry..", "bank.ledger.command.approval..");

    /** Read models and connectors see commands, events and values, never an aggregate. */
    @ArchTest
    static final ArchRule only_the_command_side_touches_aggregates = noClasses()
            .that().resideInAnyPackage("bank.ledger.query..", "bank.ledger.projections..", "bank.ledger.connectors..")
            .should().dependOnClassesThat().resideInAnyPackage("bank.ledger.domain.account", "bank.ledger.domain.entry",
                    "bank.ledger.domain.identity", "bank.ledger.domain.statement", "bank.ledger.domain.payment")
            .because("aggregates are the command side's; others use " + DOMAIN_INTERNALS_OF_AGGREGATES + ".api");

    /**
     * The integrators' event stream (event-stream) speaks the domain's language only; of projections it
     * uses the support package alone (FixedDelayTask, its periodic tasks), and it touches no aggregate.
     */
    @ArchTest
    static final ArchRule event_stream_depends_on_the_domain_only = noClasses().that().resideInAPackage("bank.ledger.stream..")
            .should().dependOnClassesThat(resideInAnyPackage("bank.ledger.command..", "bank.ledger.query..",
                    "bank.ledger.connectors..", "bank.ledger.app..", "bank.ledger.domain.account",
                    "bank.ledger.domain.entry", "bank.ledger.domain.identity", "bank.ledger.domain.statement",
                    "bank.ledger.domain.payment")
                    .or(resideInAPackage("bank.ledger.projections..").and(not(resideInAPackage("bank.ledger.projections.support.."))))
                    .as("another module than the domain (and projections.support), or an aggregate"));

    /** Only the application that assembles the modules knows the event stream. */
    @ArchTest
    static final ArchRule nothing_but_the_app_depends_on_the_event_stream = noClasses()
            .that().resideOutsideOfPackages("bank.ledger.stream..", "bank.ledger.app..")
            .should().dependOnClassesThat().resideInAPackage("bank.ledger.stream..");

    /** Issue 12: the query side reads the read models through their owner's published contract only. */
    @ArchTest
    static final ArchRule query_side_reads_projections_only_through_the_published_read_model = noClasses()
            .that().resideInAPackage("bank.ledger.query..")
            .should().dependOnClassesThat(resideInAPackage("bank.ledger.projections..")
                    .and(not(resideInAPackage("bank.ledger.projections.readmodel.."))))
            .because("projections own their tables and Redis keys; bank.ledger.projections.readmodel is their contract");

    /** Issue 12: one writer per Redis key, the projections; the query side reads Redis through the contract. */
    @ArchTest
    static final ArchRule query_side_touches_no_redis = noClasses().that().resideInAPackage("bank.ledger.query..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework.data.redis..")
            .because("the hot accounts are read and refilled through bank.ledger.projections.readmodel.HotAccounts");

    /** Issue 12: the published read-model contract is the only way in; the writers stay inside projections. */
    @ArchTest
    static final ArchRule only_projections_and_their_contract_use_the_read_model_writers = noClasses()
            .that().resideOutsideOfPackage("bank.ledger.projections..")
            .should().dependOnClassesThat().resideInAnyPackage("bank.ledger.projections.hot..",
                    "bank.ledger.projections.balance..", "bank.ledger.projections.line..", "bank.ledger.projections.entry..");

    /** Issue 12: one response type per resource; the command side answers with the query side's representation. */
    @ArchTest
    static final ArchRule command_side_uses_only_the_published_representations_of_the_query_side = noClasses()
            .that().resideInAPackage("bank.ledger.command..")
            .should().dependOnClassesThat(resideInAPackage("bank.ledger.query..")
                    .and(not(resideInAPackage("bank.ledger.query.representation.."))))
            .because("bank.ledger.query.representation holds the one representation of each resource");

    /** Issue 12: the representations are plain records over the domain's language and the read-model rows. */
    @ArchTest
    static final ArchRule representations_depend_on_no_query_internals = noClasses()
            .that().resideInAPackage("bank.ledger.query.representation..")
            .should().dependOnClassesThat().resideInAnyPackage("bank.ledger.query.account..", "bank.ledger.query.entry..",
                    "bank.ledger.query.accountstatement..", "bank.ledger.query.report..", "bank.ledger.query.ledger..",
                    "org.springframework..");
}
