package org.newsgraph.cli;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;
import java.util.List;
import org.newsgraph.dedup.SeenArticles;
import org.newsgraph.store.ArticleStore;

/**
 * Holds the architecture of docs/architecture.md on the compiled main classes of every module the
 * CLI is built from (this is the one module that sees them all): the core depends on no adapter,
 * the app or the CLI; the stage packages of the core depend on the kernel and the ports, never on
 * each other; only the app wires adapters; no package cycles; each heavy dependency stays in its
 * adapter; only the CLI exits.
 */
@AnalyzeClasses(packages = "org.newsgraph", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** What every stage may read: the records, the pipeline, the lexicons more than one stage reads. */
    static final List<String> KERNEL = List.of("model", "pipeline", "lexicon");
    /** The interfaces to what lives outside the core: the store, sentence embeddings, the search index. */
    static final List<String> PORTS = List.of("store", "embed", "search");
    /** The per-article and per-corpus stages of the core, in pipeline order. */
    static final List<String> STAGES = List.of("ingest", "extract", "clean", "normalize", "language", "temporal", "dedup",
            "annotate", "resolve", "quote", "claim", "event", "cluster", "story");
    static final List<String> ADAPTERS = List.of("corenlp", "lingua", "onnx", "store.sqlite", "search.lucene");

    @ArchTest
    static final ArchRule layers = layeredArchitecture().consideringOnlyDependenciesInLayers()
            .layer("Kernel").definedBy(packages(KERNEL))
            .layer("Ports").definedBy(exactly(PORTS))
            .layer("Stages").definedBy(packages(STAGES))
            .layer("Adapters").definedBy(packages(ADAPTERS))
            .layer("App").definedBy("org.newsgraph.app..")
            .layer("Http").definedBy("org.newsgraph.http..")
            .layer("Cli").definedBy("org.newsgraph.cli..")
            .whereLayer("Kernel").mayNotAccessAnyLayer()
            .whereLayer("Ports").mayOnlyAccessLayers("Kernel")
            .whereLayer("Stages").mayOnlyAccessLayers("Kernel", "Ports")
            .whereLayer("Adapters").mayOnlyBeAccessedByLayers("App")
            .whereLayer("App").mayOnlyBeAccessedByLayers("Http", "Cli")
            .whereLayer("Http").mayOnlyBeAccessedByLayers("Cli")
            .whereLayer("Cli").mayNotBeAccessedByAnyLayer()
            // The one exception, frozen to this pair: the store port hands out the dedup stage's
            // port. Moving SeenArticles and its values (BandKey, Fingerprint, Signature) out of
            // dedup, or the store module serving it without ArticleStore naming it, is the fix;
            // it waits for the store's rework (issue 14, build item 1). docs/architecture.md
            .ignoreDependency(ArticleStore.class, SeenArticles.class);

    @ArchTest
    static final ArchRule stagePackagesDoNotDependOnEachOther = slices().assignedFrom(new SliceAssignment() {
        @Override
        public SliceIdentifier getIdentifierOf(JavaClass javaClass) {
            return STAGES.stream().filter(stage -> within(javaClass, stage)).findFirst()
                    .map(SliceIdentifier::of).orElse(SliceIdentifier.ignore());
        }

        @Override
        public String getDescription() {
            return "the stage packages of the core";
        }
    }).should().notDependOnEachOther();

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("org.newsgraph.(**)").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule coreNlpStaysInItsAdapter = confined("edu.stanford.nlp..", "org.newsgraph.corenlp..");

    @ArchTest
    static final ArchRule linguaStaysInItsAdapter = confined("com.github.pemistahl..", "org.newsgraph.lingua..");

    @ArchTest
    static final ArchRule onnxStaysInItsAdapter = noClasses().that().resideOutsideOfPackage("org.newsgraph.onnx..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.langchain4j..", "ai.onnxruntime..");

    @ArchTest
    static final ArchRule sqliteStaysInItsAdapter = noClasses().that().resideOutsideOfPackage("org.newsgraph.store.sqlite..")
            .should().dependOnClassesThat().resideInAnyPackage("org.sqlite..", "java.sql..");

    @ArchTest
    static final ArchRule luceneStaysInItsAdapter = confined("org.apache.lucene..", "org.newsgraph.search.lucene..");

    @ArchTest
    static final ArchRule javalinStaysInTheHttpModule = confined("io.javalin..", "org.newsgraph.http..");

    @ArchTest
    static final ArchRule jettyStaysInTheHttpModule = confined("org.eclipse.jetty..", "org.newsgraph.http..");

    /**
     * The web pages read what the JSON API reads, through the read layer only: never the store or
     * its adapter, never the API's routes or its JSON (one concept, one implementation).
     */
    @ArchTest
    static final ArchRule webPagesReadThroughTheReadLayer = noClasses().that().resideInAPackage("org.newsgraph.http.web..")
            .should().dependOnClassesThat().resideInAnyPackage("org.newsgraph.store..", "org.newsgraph.http",
                    "com.fasterxml.jackson..");

    /** The read layer knows neither the API's routes nor the pages. */
    @ArchTest
    static final ArchRule theReadLayerKnowsNoRoutes = noClasses().that().resideInAPackage("org.newsgraph.http.read..")
            .should().dependOnClassesThat().resideInAnyPackage("org.newsgraph.http", "org.newsgraph.http.web..",
                    "io.javalin..");

    /** jsoup parses pages in the extraction of the text, nowhere else. */
    @ArchTest
    static final ArchRule jsoupStaysInExtraction = confined("org.jsoup..", "org.newsgraph.extract..");

    /**
     * The use cases take what they use as arguments: none reaches for the composition root
     * ({@code Newsgraph}, its configuration), which builds them and hands them out.
     */
    @ArchTest
    static final ArchRule useCasesDoNotKnowTheCompositionRoot = noClasses().that().resideInAPackage("org.newsgraph.app..")
            .and().resideOutsideOfPackage("org.newsgraph.app")
            .should().dependOnClassesThat().resideInAPackage("org.newsgraph.app");

    /** The benches are built by their command from what they measure, not by the composition root. */
    @ArchTest
    static final ArchRule theCompositionRootBuildsNoBench = noClasses().that().resideInAPackage("org.newsgraph.app")
            .should().dependOnClassesThat().resideInAPackage("org.newsgraph.app.bench..");

    @ArchTest
    static final ArchRule onlyTheCliExits = noClasses().that().resideOutsideOfPackage("org.newsgraph.cli..")
            .should().callMethod(System.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "exit", int.class)
            .orShould().callMethod(Runtime.class, "halt", int.class);

    /** On any throwable, to any stream: a call is named by the class it is made on, not the one that declares it. */
    @ArchTest
    static final ArchRule nothingPrintsStackTraces = noClasses().should().callMethodWhere(
            target(name("printStackTrace")).and(target(owner(assignableTo(Throwable.class)))));

    private static ArchRule confined(String library, String adapter) {
        return noClasses().that().resideOutsideOfPackage(adapter).should().dependOnClassesThat().resideInAPackage(library);
    }

    private static String[] packages(List<String> names) {
        return names.stream().map(n -> "org.newsgraph." + n + "..").toArray(String[]::new);
    }

    /** The ports are the core's packages themselves: the store adapter lives below {@code store}. */
    private static String[] exactly(List<String> names) {
        return names.stream().map(n -> "org.newsgraph." + n).toArray(String[]::new);
    }

    private static boolean within(JavaClass javaClass, String stage) {
        String name = javaClass.getPackageName();
        return name.equals("org.newsgraph." + stage) || name.startsWith("org.newsgraph." + stage + ".");
    }
}
