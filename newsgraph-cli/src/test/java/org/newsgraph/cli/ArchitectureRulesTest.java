package org.newsgraph.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@link ArchitectureTest} can fail: each refuses the breach it names, on classes
 * made to break it (test classes of their own, never read by ArchitectureTest).
 */
class ArchitectureRulesTest {

    private static final JavaClasses FIXTURES = new ClassFileImporter().importPackages("org.newsgraph.archfixture");

    @Test
    void refusesACycleBetweenTwoPackages() {
        EvaluationResult result = ArchitectureTest.noPackageCycles.evaluate(FIXTURES);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("archfixture.ring", "archfixture.ringback");
    }

    @Test
    void refusesAStackTracePrintedToAStream() {
        EvaluationResult result = ArchitectureTest.nothingPrintsStackTraces.evaluate(FIXTURES);

        assertThat(result.getFailureReport().toString()).contains("Trace.fail", "printStackTrace");
    }

    @Test
    void refusesAHaltOutsideTheCli() {
        EvaluationResult result = ArchitectureTest.onlyTheCliExits.evaluate(FIXTURES);

        assertThat(result.getFailureReport().toString()).contains("Trace.fail", "halt");
    }
}
