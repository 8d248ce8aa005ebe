package io.github.mocksecretsmanager.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/** Fills in {@link InjectSecretsManager} fields: static ones per class, instance ones per instance. */
final class FieldInjector {

    private FieldInjector() {}

    static void injectStatic(Class<?> testClass, ServerResource resource) {
        inject(testClass, null, resource, field -> Modifier.isStatic(field.getModifiers()));
    }

    static void injectInstance(Object testInstance, ServerResource resource) {
        inject(testInstance.getClass(), testInstance, resource, field -> !Modifier.isStatic(field.getModifiers()));
    }

    private static void inject(
            Class<?> type, @Nullable Object target, ServerResource resource, Predicate<Field> which) {
        List<Field> fields = AnnotationSupport.findAnnotatedFields(
                type, InjectSecretsManager.class, which, HierarchyTraversalMode.TOP_DOWN);
        for (Field field : fields) {
            Injectable injectable = Injectable.of(field.getType())
                    .orElseThrow(() -> invalid(
                            field,
                            "its type " + field.getType().getName() + " is not injectable; "
                                    + Injectable.instead(field.getType())));
            if (Modifier.isFinal(field.getModifiers())) {
                throw invalid(field, "it is final (in Kotlin, declare it as a lateinit var)");
            }
            set(field, target, injectable.valueFrom(resource));
        }
    }

    private static void set(Field field, @Nullable Object target, Object value) {
        try {
            field.setAccessible(true);
            field.set(target, value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw invalid(field, e.toString());
        }
    }

    private static ExtensionConfigurationException invalid(Field field, String problem) {
        return new ExtensionConfigurationException("@InjectSecretsManager cannot fill field '" + field.getName()
                + "' of " + field.getDeclaringClass().getName() + ": " + problem);
    }
}
