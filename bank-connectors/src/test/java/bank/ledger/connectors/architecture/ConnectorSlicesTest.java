package bank.ledger.connectors.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The slices of the bank connectors (docs/architecture.md "Bank connectors: formats, ingestion,
 * matching, read, web"): formats read files and know nothing else; ingestion records bank statements;
 * matching reconciles their lines, using ingestion and the read models; read serves the reconciliation
 * read models and knows no writer; web is the HTTP edge over all of them and nothing calls it.
 */
@AnalyzeClasses(packages = "bank.ledger.connectors", importOptions = ImportOption.DoNotIncludeTests.class)
class ConnectorSlicesTest {
    private static final String FORMATS = "bank.ledger.connectors.formats..";
    private static final String INGESTION = "bank.ledger.connectors.ingestion..";
    private static final String MATCHING = "bank.ledger.connectors.matching..";
    private static final String READ = "bank.ledger.connectors.read..";
    private static final String WEB = "bank.ledger.connectors.web..";
    private static final String CLI = "bank.ledger.connectors.cli..";
    private static final String PAYMENTS = "bank.ledger.connectors.payments..";
    private static final String PULL = "bank.ledger.connectors.pull..";

    @ArchTest
    static final ArchRule slices_are_free_of_cycles = slices().matching("bank.ledger.connectors.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule formats_depend_on_nothing_else_in_the_connectors = noClasses().that().resideInAPackage(FORMATS)
            .should().dependOnClassesThat().resideInAnyPackage(INGESTION, MATCHING, READ, WEB, CLI, PAYMENTS);

    /** Payments out use the formats (pain) and the bank-account mappings (ingestion), nothing of reconciliation. */
    @ArchTest
    static final ArchRule payments_know_nothing_of_matching_nor_the_reconciliation_read_models = noClasses().that()
            .resideInAPackage(PAYMENTS).should().dependOnClassesThat().resideInAnyPackage(MATCHING, READ, WEB, CLI);

    @ArchTest
    static final ArchRule web_is_depended_on_by_nothing = noClasses().that().resideOutsideOfPackage(WEB)
            .should().dependOnClassesThat().resideInAPackage(WEB);

    @ArchTest
    static final ArchRule ingestion_knows_nothing_of_matching_nor_the_read_models = noClasses().that()
            .resideInAPackage(INGESTION).should().dependOnClassesThat().resideInAnyPackage(MATCHING, READ, WEB, CLI);

    @ArchTest
    static final ArchRule the_read_models_know_no_writer = noClasses().that().resideInAPackage(READ)
            .should().dependOnClassesThat().resideInAnyPackage(INGESTION, MATCHING, WEB, CLI);

    @ArchTest
    static final ArchRule the_cli_reads_files_only = noClasses().that().resideInAPackage(CLI)
            .should().dependOnClassesThat().resideInAnyPackage(INGESTION, MATCHING, READ, WEB);

    /** Bank pulls hand files to the ingestion pipeline, as any channel; they know nothing of what follows it. */
    @ArchTest
    static final ArchRule pulls_feed_the_ingestion_and_know_nothing_else = noClasses().that().resideInAPackage(PULL)
            .should().dependOnClassesThat().resideInAnyPackage(MATCHING, READ, WEB, CLI, PAYMENTS);
}
