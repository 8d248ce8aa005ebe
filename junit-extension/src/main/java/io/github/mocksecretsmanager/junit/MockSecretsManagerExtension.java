package io.github.mocksecretsmanager.junit;

import io.github.mocksecretsmanager.Credentials;
import io.github.mocksecretsmanager.MockSecretsManagerServer;
import io.github.mocksecretsmanager.SeedSecret;
import io.github.mocksecretsmanager.ServerConfig;
import io.github.mocksecretsmanager.rotation.RotationFunction;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The extension behind {@link MockSecretsManager}; register it yourself for programmatic settings:
 *
 * <pre>{@code
 * @RegisterExtension
 * static MockSecretsManagerExtension secretsManager = MockSecretsManagerExtension.builder()
 *         .region("eu-west-1")
 *         .seed("db/creds", "{\"user\":\"app\"}")
 *         .build();
 * }</pre>
 *
 * <p>The extension object holds only its settings: servers, clients and exports live in JUnit's
 * {@link ExtensionContext.Store}, so one instance can serve many classes, nested or in parallel.
 * When a class carries both {@link MockSecretsManager} and a registered instance, the registered
 * instance's settings win and the annotation's attributes are ignored (with a warning).
 */
public class MockSecretsManagerExtension
        implements BeforeAllCallback, BeforeEachCallback, TestInstancePostProcessor, ParameterResolver {

    /**
     * The access key id of the dummy credentials injected clients (and the export) use, unless the
     * server requires signatures with keys of its own ({@code credentials}).
     */
    public static final String ACCESS_KEY_ID = "test";

    /** The secret access key of the dummy credentials. */
    public static final String SECRET_ACCESS_KEY = "test";

    /** The keys clients of {@code server} sign with: the server's own when it requires them, else the dummy ones. */
    static Credentials clientCredentials(MockSecretsManagerServer server) {
        Credentials required = server.config().credentials();
        return required != null ? required : new Credentials(ACCESS_KEY_ID, SECRET_ACCESS_KEY);
    }

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MockSecretsManagerExtension.class);
    private static final Logger LOG = LoggerFactory.getLogger(MockSecretsManagerExtension.class);

    /** Null for the declarative form, whose settings come from each class's annotations. */
    private final @Nullable ExtensionSettings registeredSettings;
    /** The builder's seed files, read when a class starts, so a bad file fails that class, not its initializer. */
    private final List<String> registeredSeedFiles;

    /** The declarative form, used by {@link MockSecretsManager}. */
    public MockSecretsManagerExtension() {
        this.registeredSettings = null;
        this.registeredSeedFiles = List.of();
    }

    /** The programmatic form; subclasses may add behaviour around the final callbacks. */
    protected MockSecretsManagerExtension(Builder builder) {
        this.registeredSettings = builder.settings();
        this.registeredSeedFiles = List.copyOf(builder.seedFiles);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The server configuration the builder produced (seed files not yet read); for tests. */
    ServerConfig registeredServerConfig() {
        if (registeredSettings == null) {
            throw new IllegalStateException("the declarative extension has no registered settings");
        }
        return registeredSettings.serverConfig();
    }

    @Override
    public final void beforeAll(ExtensionContext context) {
        if (yieldsToRegisteredInstance(context)) {
            warnIfAnnotationIgnored(context.getRequiredTestClass());
            return;
        }
        FieldInjector.injectStatic(
                context.getRequiredTestClass(), binding(context).resource());
    }

    @Override
    public final void postProcessTestInstance(Object testInstance, ExtensionContext context) {
        if (!yieldsToRegisteredInstance(context)) {
            FieldInjector.injectInstance(testInstance, binding(context).resource());
        }
    }

    @Override
    public final void beforeEach(ExtensionContext context) {
        if (yieldsToRegisteredInstance(context)) {
            return;
        }
        ClassBinding binding = binding(context);
        if (binding.settings().reset() == ResetMode.BEFORE_EACH_TEST) {
            binding.resource().server().reset();
        }
    }

    @Override
    public final boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return Injectable.claims(parameter.getParameter().getType()) && !yieldsToRegisteredInstance(context);
    }

    @Override
    public final Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        Injectable injectable = Injectable.of(type)
                .orElseThrow(() -> new ParameterResolutionException("@MockSecretsManager cannot inject "
                        + type.getName() + " into parameter '"
                        + parameter.getParameter().getName() + "' of "
                        + parameter.getDeclaringExecutable() + ": " + Injectable.instead(type)));
        try {
            return injectable.valueFrom(binding(context).resource());
        } catch (IllegalStateException | LinkageError e) {
            throw new ParameterResolutionException(
                    "@MockSecretsManager cannot inject " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The binding of the class {@code context} belongs to, made on first use. */
    private ClassBinding binding(ExtensionContext context) {
        ExtensionContext classContext = classContextOf(context);
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(bindingKey(classContext), key -> bind(classContext), ClassBinding.class);
    }

    private ClassBinding bind(ExtensionContext classContext) {
        Optional<ClassBinding> enclosing = enclosingBinding(classContext);
        Class<?> testClass = classContext.getRequiredTestClass();
        Optional<ExtensionSettings> own = registeredSettings != null
                ? Optional.of(withSeedFiles(registeredSettings, testClass))
                : AnnotationSettings.of(testClass);
        if (enclosing.isPresent() && own.map(enclosing.get().settings()::equals).orElse(true)) {
            return enclosing.get().sharedWithNestedClass();
        }
        ExtensionSettings settings = own.orElseGet(ExtensionSettings::defaults);
        // Whether this binding owns the resource (its server, or its lease on a shared one) and closes it.
        boolean ownsResource = settings.lifecycle() == ServerLifecycle.PER_CLASS;
        ServerResource resource;
        if (SharedServers.isShared(testClass)
                && SharedServers.configOf(testClass)
                        .filter(settings.serverConfig()::equals)
                        .isPresent()) {
            // A framework (Spring's context cache) holds the server of the configuration it sees, this one.
            resource = ServerResource.leased(settings);
            ownsResource = true;
        } else {
            resource = ownsResource ? ServerResource.start(settings) : runWideServer(classContext, settings);
        }
        SystemPropertyExports.Export export = null;
        try {
            if (settings.exportSystemProperties()) {
                export = exports(classContext).export(resource.server(), classContext.getUniqueId());
            }
        } catch (RuntimeException e) {
            if (ownsResource) {
                resource.close();
            }
            throw e;
        }
        return new ClassBinding(settings, resource, ownsResource, export);
    }

    private ExtensionSettings withSeedFiles(ExtensionSettings registered, Class<?> testClass) {
        if (registeredSeedFiles.isEmpty()) {
            return registered;
        }
        ServerConfig.Builder config = registered.serverConfig().toBuilder();
        for (String seedFile : registeredSeedFiles) {
            config.seeds(SeedResource.load(seedFile, testClass));
        }
        ServerConfig withSeedFiles;
        try {
            withSeedFiles = config.build();
        } catch (IllegalArgumentException e) { // a name in a seed file and elsewhere too
            throw new ExtensionConfigurationException(
                    "MockSecretsManagerExtension of " + testClass.getName() + ": " + e.getMessage(), e);
        }
        return new ExtensionSettings(
                withSeedFiles, registered.lifecycle(), registered.reset(), registered.exportSystemProperties());
    }

    /**
     * The settings of a {@code static} {@link RegisterExtension} field of this type in {@code testClass}
     * or its superclasses, as that instance would give them to the class; empty when there is none.
     */
    static Optional<ExtensionSettings> registeredSettingsOf(Class<?> testClass) {
        List<Field> fields = AnnotationSupport.findAnnotatedFields(
                testClass,
                RegisterExtension.class,
                field -> Modifier.isStatic(field.getModifiers())
                        && MockSecretsManagerExtension.class.isAssignableFrom(field.getType()),
                HierarchyTraversalMode.TOP_DOWN);
        for (Field field : fields) {
            Object value;
            try {
                field.setAccessible(true);
                value = field.get(null);
            } catch (ReflectiveOperationException | RuntimeException e) {
                throw new ExtensionConfigurationException(
                        "Cannot read @RegisterExtension field '" + field.getName() + "' of " + testClass.getName(), e);
            }
            if (value instanceof MockSecretsManagerExtension registered && registered.registeredSettings != null) {
                return Optional.of(registered.withSeedFiles(registered.registeredSettings, testClass));
            }
        }
        return Optional.empty();
    }

    /** The binding an enclosing class already made, for a {@code @Nested} class to share. */
    private static Optional<ClassBinding> enclosingBinding(ExtensionContext classContext) {
        for (Optional<ExtensionContext> parent = classContext.getParent();
                parent.isPresent();
                parent = parent.get().getParent()) {
            ExtensionContext candidate = parent.get();
            if (candidate.getTestClass().isPresent()
                    && candidate.getTestMethod().isEmpty()) {
                ClassBinding found = candidate.getStore(NAMESPACE).get(bindingKey(candidate), ClassBinding.class);
                if (found != null) {
                    return Optional.of(found);
                }
            }
        }
        return Optional.empty();
    }

    private static ServerResource runWideServer(ExtensionContext context, ExtensionSettings settings) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        new RunWideKey(settings.serverConfig()),
                        key -> ServerResource.start(settings),
                        ServerResource.class);
    }

    private static SystemPropertyExports exports(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent(
                        SystemPropertyExports.class, key -> new SystemPropertyExports(), SystemPropertyExports.class);
    }

    private static ExtensionContext classContextOf(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() || current.getTestClass().isEmpty()) {
            current = current.getParent()
                    .orElseThrow(() -> new IllegalStateException("no test class around " + context.getUniqueId()));
        }
        return current;
    }

    private static BindingKey bindingKey(ExtensionContext classContext) {
        return new BindingKey(classContext.getUniqueId());
    }

    /**
     * Whether this is the annotation's instance on a class that also registers one through
     * {@link RegisterExtension}: then the registered one (the builder) alone answers.
     */
    private boolean yieldsToRegisteredInstance(ExtensionContext context) {
        if (registeredSettings != null) {
            return false;
        }
        for (Class<?> type = context.getRequiredTestClass(); type != null; type = type.getEnclosingClass()) {
            boolean registers = AnnotationSupport.findAnnotatedFields(
                            type,
                            RegisterExtension.class,
                            field -> MockSecretsManagerExtension.class.isAssignableFrom(field.getType()),
                            HierarchyTraversalMode.TOP_DOWN)
                    .stream()
                    .map(Field::getType)
                    .findAny()
                    .isPresent();
            if (registers) {
                return true;
            }
        }
        return false;
    }

    private static void warnIfAnnotationIgnored(Class<?> testClass) {
        if (AnnotationSettings.isAnnotated(testClass)) {
            LOG.warn(
                    "{} has both @MockSecretsManager and a registered MockSecretsManagerExtension: the registered"
                            + " extension's settings apply, the annotation's attributes are ignored",
                    testClass.getName());
        }
    }

    private record BindingKey(String classUniqueId) {}

    private record RunWideKey(ServerConfig config) {}

    /**
     * Settings for {@link MockSecretsManagerExtension#MockSecretsManagerExtension(Builder)}; every one has
     * the annotation's default. The order of calls does not matter: what this builder sets explicitly
     * (port, region, account id, credentials, whether rotation functions are required) wins over the same setting in {@link #serverConfig}, and
     * seeds and rotation functions from both are kept (the builder's for an ARN in both).
     */
    public static final class Builder {
        private @Nullable ServerConfig serverConfig;
        private @Nullable Integer port;
        private @Nullable String region;
        private @Nullable String accountId;
        private @Nullable Credentials credentials;
        private final List<SeedSecret> seeds = new ArrayList<>();
        private ServerLifecycle lifecycle = ServerLifecycle.PER_CLASS;
        private ResetMode reset = ResetMode.BEFORE_EACH_TEST;
        private boolean exportSystemProperties;
        private final List<String> seedFiles = new ArrayList<>();
        private final Map<String, RotationFunction> rotationFunctions = new LinkedHashMap<>();
        private @Nullable Boolean rotationFunctionsRequired;

        private Builder() {}

        /**
         * The starting point for settings the other methods lack (clock, version limit, host, ...).
         * Settings made with this builder's own methods win over the same settings in it, whether
         * they come before or after this call; its seeds are kept beside the builder's. Given at
         * most once.
         *
         * @throws IllegalStateException when a server configuration was already given
         */
        public Builder serverConfig(ServerConfig serverConfig) {
            if (this.serverConfig != null) {
                throw new IllegalStateException(
                        "serverConfig(...) was already given; build one ServerConfig with every setting instead");
            }
            this.serverConfig = Objects.requireNonNull(serverConfig, "serverConfig");
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder region(String region) {
            this.region = Objects.requireNonNull(region, "region");
            return this;
        }

        public Builder accountId(String accountId) {
            this.accountId = Objects.requireNonNull(accountId, "accountId");
            return this;
        }

        /**
         * Requires every request to be signed (SigV4) with these keys; injected clients and the
         * system-property export use them. Without it (the default) the server accepts any caller.
         */
        public Builder credentials(String accessKeyId, String secretAccessKey) {
            this.credentials = new Credentials(accessKeyId, secretAccessKey);
            return this;
        }

        /** Seeds a secret with a {@code SecretString}, like {@link Seed#value()}. */
        public Builder seed(String name, String value) {
            seeds.add(SeedSecret.ofString(name, value));
            return this;
        }

        /** Seeds a secret with a {@code SecretBinary}, like {@link Seed#base64()}. */
        public Builder seed(String name, byte[] value) {
            seeds.add(SeedSecret.ofBinary(name, value));
            return this;
        }

        /**
         * Adds the seeds of a {@link io.github.mocksecretsmanager.SeedFile seed file} on the classpath,
         * such as {@code "secrets/seeds.json"}: the same file the standalone server reads with
         * {@code --seed-file} and the container with {@code withSeedFile}. It is read from the test
         * class's class loader when a class using the extension starts; a missing or malformed file
         * fails that class with a message naming the file, the test class, and the line, column and
         * secret of the problem (never a value). Its secrets come after those of {@link #seed} calls
         * and of {@link #serverConfig}; a name seeded twice fails the class too.
         */
        public Builder seedFile(String resource) {
            seedFiles.add(Objects.requireNonNull(resource, "resource"));
            return this;
        }

        /**
         * Registers the rotation function run for RotateSecret with {@code lambdaArn}, from the server's
         * start and across resets; it wins over one for the same ARN in {@link #serverConfig}. The same
         * instance serves every server this extension starts.
         */
        public Builder rotationFunction(String lambdaArn, RotationFunction function) {
            rotationFunctions.put(
                    Objects.requireNonNull(lambdaArn, "lambdaArn"), Objects.requireNonNull(function, "function"));
            return this;
        }

        /**
         * Registers a rotation function given as a class, like {@link RegisterRotationFunction}: each
         * server gets its own instance, made once the server runs, with a {@code SecretsManagerClient}
         * pointed at it if its public constructor takes one.
         *
         * @throws IllegalArgumentException when the class has no such constructor, or no public one without parameters
         */
        public Builder rotationFunction(String lambdaArn, Class<? extends RotationFunction> function) {
            return rotationFunction(lambdaArn, ClassRotationFunction.of(function));
        }

        /** Like {@link MockSecretsManager#rotationFunctionsRequired()}; {@code true} unless given. */
        public Builder rotationFunctionsRequired(boolean required) {
            this.rotationFunctionsRequired = required;
            return this;
        }

        public Builder lifecycle(ServerLifecycle lifecycle) {
            this.lifecycle = Objects.requireNonNull(lifecycle, "lifecycle");
            return this;
        }

        public Builder reset(ResetMode reset) {
            this.reset = Objects.requireNonNull(reset, "reset");
            return this;
        }

        public Builder exportSystemProperties(boolean export) {
            this.exportSystemProperties = export;
            return this;
        }

        public MockSecretsManagerExtension build() {
            return new MockSecretsManagerExtension(this);
        }

        private ExtensionSettings settings() {
            ServerConfig.Builder config = serverConfig != null ? serverConfig.toBuilder() : ServerConfig.builder();
            if (port != null) {
                config.port(port);
            }
            if (region != null) {
                config.region(region);
            }
            if (accountId != null) {
                config.accountId(accountId);
            }
            if (credentials != null) {
                config.credentials(credentials);
            }
            seeds.forEach(config::seed);
            rotationFunctions.forEach(config::rotationFunction);
            if (rotationFunctionsRequired != null) {
                config.rotationFunctionsRequired(rotationFunctionsRequired);
            }
            return new ExtensionSettings(config.build(), lifecycle, reset, exportSystemProperties);
        }
    }
}
