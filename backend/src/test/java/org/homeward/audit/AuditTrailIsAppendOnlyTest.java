package org.homeward.audit;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Audit rows and the history of sharing choices are never updated or deleted by the application:
 * their repositories offer only inserts and reads, and nothing outside the audit package writes
 * audit rows at all.
 */
@AnalyzeClasses(packages = "org.homeward", importOptions = ImportOption.DoNotIncludeTests.class)
class AuditTrailIsAppendOnlyTest {

    private static final List<String> WRITES_THAT_CHANGE = List.of("update", "delete", "remove");

    @ArchTest
    static final ArchRule onlyTheAuditTrailWritesAuditRows = noClasses()
            .that().resideOutsideOfPackage("org.homeward.audit..")
            .should().dependOnClassesThat().haveSimpleName("AccessRecordRepository");

    @Test
    void theAuditRepositoryCanOnlyInsertAndRead() throws Exception {
        assertOnlyInsertsAndReads(AccessRecordRepository.class);
        assertOnlyInsertsAndReads(Class.forName("org.homeward.sharing.SharingChangeRepository"));
    }

    private static void assertOnlyInsertsAndReads(Class<?> repository) {
        List<String> changing = Arrays.stream(repository.getMethods()).map(Method::getName)
                .filter(name -> WRITES_THAT_CHANGE.stream().anyMatch(name::startsWith))
                .sorted().toList();
        assertEquals(List.of(), changing, repository.getSimpleName() + " must not update or delete");
    }
}
