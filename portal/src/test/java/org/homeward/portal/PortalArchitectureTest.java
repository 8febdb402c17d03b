package org.homeward.portal;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.router.Route;
import io.micronaut.data.repository.GenericRepository;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The portal calls the backend's services, never its storage, and its features do not tangle. */
@AnalyzeClasses(packages = "org.homeward", importOptions = ImportOption.DoNotIncludeTests.class)
class PortalArchitectureTest {

    @ArchTest
    static final ArchRule portalNeverUsesRepositories = noClasses()
            .that().resideInAPackage("org.homeward.portal..")
            .should().dependOnClassesThat().areAssignableTo(GenericRepository.class)
            .because("authorization lives in the backend's services; the portal must go through them");

    @ArchTest
    static final ArchRule noCyclesBetweenPortalFeatures = slices()
            .matching("org.homeward.portal.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule everyViewDeclaresWhoMayOpenIt = classes()
            .that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
            .orShould().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
            .orShould().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class);
}
