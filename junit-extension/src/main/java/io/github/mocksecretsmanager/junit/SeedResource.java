package io.github.mocksecretsmanager.junit;

import io.github.mocksecretsmanager.SeedFile;
import io.github.mocksecretsmanager.SeedSecret;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** A {@link SeedFile seed file} on the test class's classpath. */
final class SeedResource {

    private SeedResource() {}

    /**
     * The seeds of {@code resource}, read with the class loader of {@code testClass}.
     *
     * @throws ExtensionConfigurationException naming the resource and the test class when the file is
     *     missing, unreadable or malformed (with the line, column and secret, never a value)
     */
    static List<SeedSecret> load(String resource, Class<?> testClass) {
        String path = resource.startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = testClass.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw invalid(testClass, resource + ": not found on the classpath of the test class");
            }
            return SeedFile.parse(in, resource);
        } catch (IllegalArgumentException e) {
            // The message says all (file, line, column, secret), and the exception has no cause.
            throw invalid(testClass, String.valueOf(e.getMessage()));
        } catch (IOException | UncheckedIOException e) {
            throw new ExtensionConfigurationException(
                    "Seed file of " + testClass.getName() + ": " + resource + ": cannot be read", e);
        }
    }

    private static ExtensionConfigurationException invalid(Class<?> testClass, String problem) {
        return new ExtensionConfigurationException("Seed file of " + testClass.getName() + ": " + problem);
    }
}
