package io.github.mocksecretsmanager.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StartupClassesTest {

    @Test
    void everyListedClassStillExists() {
        // A stale list costs nothing at run time, but preloads less: regenerate it as its header says.
        List<String> missing = new ArrayList<>();
        for (String name : StartupClasses.names()) {
            try {
                Class.forName(name, false, getClass().getClassLoader());
            } catch (ClassNotFoundException e) {
                missing.add(name);
            }
        }
        assertThat(StartupClasses.names()).hasSizeGreaterThan(300).contains(Main.class.getName());
        assertThat(missing).isEmpty();
    }

    @Test
    void preloadsWithoutInitialising() {
        assertThat(StartupClasses.preload()).isEqualTo(StartupClasses.names().size());
    }
}
