package io.github.mocksecretsmanager.junit;

import io.github.mocksecretsmanager.SeedSecret;
import io.github.mocksecretsmanager.ServerConfig;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;

/** Reads {@link MockSecretsManager} and {@link Seed} from a test class (and its superclasses). */
final class AnnotationSettings {

    private AnnotationSettings() {}

    /** The class's settings, or empty when it declares (or inherits) neither annotation. */
    static Optional<ExtensionSettings> of(Class<?> testClass) {
        Optional<MockSecretsManager> annotation = AnnotationSupport.findAnnotation(testClass, MockSecretsManager.class);
        List<Seed> seeds = AnnotationSupport.findRepeatableAnnotations(testClass, Seed.class);
        List<RegisterRotationFunction> functions =
                AnnotationSupport.findRepeatableAnnotations(testClass, RegisterRotationFunction.class);
        if (annotation.isEmpty() && seeds.isEmpty() && functions.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(annotation
                .map(found -> fromAnnotation(found, seeds, functions, testClass))
                .orElseGet(() -> fromSeedsOnly(seeds, functions, testClass)));
    }

    /** Whether the class itself (or a superclass) carries {@link MockSecretsManager}. */
    static boolean isAnnotated(Class<?> testClass) {
        return AnnotationSupport.isAnnotated(testClass, MockSecretsManager.class);
    }

    private static ExtensionSettings fromAnnotation(
            MockSecretsManager annotation, List<Seed> seeds, List<RegisterRotationFunction> functions, Class<?> where) {
        ServerConfig.Builder config = ServerConfig.builder()
                .port(annotation.port())
                .region(annotation.region())
                .accountId(annotation.accountId())
                .rotationFunctionsRequired(annotation.rotationFunctionsRequired());
        addRotationFunctions(config, functions, where);
        if (annotation.accessKeyId().isEmpty() != annotation.secretAccessKey().isEmpty()) {
            throw new ExtensionConfigurationException("@MockSecretsManager on " + where.getName()
                    + ": accessKeyId and secretAccessKey must be given together");
        }
        if (!annotation.accessKeyId().isEmpty()) {
            config.credentials(annotation.accessKeyId(), annotation.secretAccessKey());
        }
        addSeeds(config, seeds, where);
        if (!annotation.seedFile().isEmpty()) {
            config.seeds(SeedResource.load(annotation.seedFile(), where));
        }
        return new ExtensionSettings(
                build(config, where), annotation.lifecycle(), annotation.reset(), annotation.exportSystemProperties());
    }

    private static ExtensionSettings fromSeedsOnly(
            List<Seed> seeds, List<RegisterRotationFunction> functions, Class<?> where) {
        ExtensionSettings defaults = ExtensionSettings.defaults();
        ServerConfig.Builder config = defaults.serverConfig().toBuilder();
        addSeeds(config, seeds, where);
        addRotationFunctions(config, functions, where);
        return new ExtensionSettings(
                build(config, where), defaults.lifecycle(), defaults.reset(), defaults.exportSystemProperties());
    }

    private static void addSeeds(ServerConfig.Builder config, List<Seed> seeds, Class<?> where) {
        for (Seed seed : seeds) {
            config.seed(toSeedSecret(seed, where));
        }
    }

    /** In the order found; for an ARN given twice, the last one (a subclass's comes after its superclass's). */
    private static void addRotationFunctions(
            ServerConfig.Builder config, List<RegisterRotationFunction> functions, Class<?> where) {
        for (RegisterRotationFunction function : functions) {
            try {
                config.rotationFunction(function.arn(), ClassRotationFunction.of(function.function()));
            } catch (IllegalArgumentException e) {
                throw new ExtensionConfigurationException("@RegisterRotationFunction(arn = \"" + function.arn()
                        + "\") on " + where.getName() + ": " + e.getMessage());
            }
        }
    }

    static SeedSecret toSeedSecret(Seed seed, Class<?> where) {
        boolean hasValue = !seed.value().isEmpty();
        boolean hasBase64 = !seed.base64().isEmpty();
        if (hasValue == hasBase64) {
            throw new ExtensionConfigurationException("@Seed(name = \"" + seed.name() + "\") on " + where.getName()
                    + " must set exactly one of value and base64");
        }
        if (hasValue) {
            return SeedSecret.ofString(seed.name(), seed.value());
        }
        try {
            return SeedSecret.ofBinary(seed.name(), Base64.getDecoder().decode(seed.base64()));
        } catch (IllegalArgumentException e) {
            // The decoder's message names no part of the value.
            throw new ExtensionConfigurationException("@Seed(name = \"" + seed.name() + "\") on " + where.getName()
                    + ": base64 is not valid Base64: " + e.getMessage());
        }
    }

    private static ServerConfig build(ServerConfig.Builder config, Class<?> where) {
        try {
            return config.build();
        } catch (IllegalArgumentException e) {
            throw new ExtensionConfigurationException(
                    "@MockSecretsManager on " + where.getName() + ": " + e.getMessage(), e);
        }
    }
}
