package org.homeward.contacts;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * Trusted contacts, unsafe ones included, are read in two places only: the participant's own list
 * and the crisis contacts (which filter through {@link SafeContacts}). A feature added later that
 * wants someone to call or to contact must ask {@link CrisisContactService}, so it can never reach
 * a person the participant marked unsafe.
 */
@AnalyzeClasses(packages = "org.homeward", importOptions = ImportOption.DoNotIncludeTests.class)
class UnsafeContactsArchitectureTest {

    @ArchTest
    static final ArchRule onlyTwoServicesReadTrustedContacts = noClasses()
            .that().doNotHaveFullyQualifiedName(TrustedContactService.class.getName())
            .and().doNotHaveFullyQualifiedName(CrisisContactService.class.getName())
            .and().doNotHaveFullyQualifiedName(TrustedContactRepository.class.getName())
            .and().haveNameNotMatching(".*\\$Intercepted.*|.*TrustedContactRepository.*|.*\\$.*Definition.*")
            .should().dependOnClassesThat().areAssignableTo(TrustedContactRepository.class)
            .because("only the participant's own list may see unsafe contacts; everything else goes through "
                    + "CrisisContactService, which never offers them");
}
