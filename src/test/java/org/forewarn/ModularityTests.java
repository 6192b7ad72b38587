package org.forewarn;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    /** target/modules, so a test run leaves the tree as it found it; with -Dforewarn.docs.refresh=true, docs/modules. */
    private static final Path DOCS = Boolean.getBoolean("forewarn.docs.refresh") ? Path.of("docs", "modules")
            : Path.of("target", "modules");

    private final ApplicationModules modules = ApplicationModules.of(ForewarnApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApiAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsAModule() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("identity", "threat", "assessment", "recipient", "warning", "delivery", "audit", "due",
                        "shared", "demo", "alert", "nds", "enrollment", "fanout", "review", "console", "taxii");
    }

    @Test
    void writesModuleDocumentation() throws IOException {
        java.nio.file.attribute.FileTime started = java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minusSeconds(1));
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeDocumentation()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> diagrams = Files.list(DOCS)) {
            for (Path diagram : diagrams.filter(p -> p.toString().endsWith(".puml")).toList()) {
                sortRelations(diagram);
            }
        }
        // A diagram and a canvas for every module, written by this run (not left over from an earlier one).
        List<Path> written = new ArrayList<>(List.of(DOCS.resolve("components.puml")));
        modules.forEach(module -> written.addAll(List.of(DOCS.resolve("module-" + module.getIdentifier() + ".puml"),
                DOCS.resolve("module-" + module.getIdentifier() + ".adoc"))));
        for (Path file : written) {
            assertThat(file).isNotEmptyFile();
            assertThat(Files.getLastModifiedTime(file)).as(file.toString()).isGreaterThanOrEqualTo(started);
        }
    }

    /**
     * The documenter writes relations in no fixed order; sorted, the diagrams change in git only
     * when the modules do.
     */
    private static void sortRelations(Path diagram) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(diagram));
        int start = 0;
        while (start < lines.size()) {
            if (!lines.get(start).startsWith("Rel(")) {
                start++;
                continue;
            }
            int end = start;
            while (end < lines.size() && lines.get(end).startsWith("Rel(")) {
                end++;
            }
            Collections.sort(lines.subList(start, end));
            start = end;
        }
        Files.write(diagram, lines);
    }
}
