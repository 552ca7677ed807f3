package dev.glassbox;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The model knows nothing of the UI or the web; its concepts do not depend on each other in circles. */
@AnalyzeClasses(packages = "dev.glassbox", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule the_model_does_not_use_vaadin_or_spring = noClasses()
            .that().resideInAPackage("dev.glassbox.model..")
            .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..", "org.springframework..", "dev.glassbox.ui..",
                    "dev.glassbox.api..")
            .as("The model does not use Vaadin, Spring, the views or the API");

    @ArchTest
    static final ArchRule concepts_do_not_depend_on_each_other_in_cycles = slices()
            .matching("dev.glassbox.model.(*)..")
            .should().beFreeOfCycles()
            .as("Model concepts do not depend on each other in cycles");

    @ArchTest
    static final ArchRule the_api_does_not_use_the_views = noClasses()
            .that().resideInAPackage("dev.glassbox.api..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.glassbox.ui..", "com.vaadin..")
            .as("The API calls the model, never the views");

    @ArchTest
    static final ArchRule views_do_not_use_the_api = noClasses()
            .that().resideInAPackage("dev.glassbox.ui..")
            .should().dependOnClassesThat().resideInAPackage("dev.glassbox.api..")
            .as("The views call the model, never the API");
}
