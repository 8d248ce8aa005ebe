package io.github.mocksecretsmanager.junit;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLocksProvider;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Gives a class that exports system properties JUnit's {@code SYSTEM_PROPERTIES} read-write lock,
 * so under parallel execution it never runs beside another class that exports (or that declares
 * {@code @ResourceLock(Resources.SYSTEM_PROPERTIES)}). Classes that do not export take no lock.
 *
 * <p>Package-private: {@link MockSecretsManager} names it in {@code @ResourceLock(providers = ...)},
 * and JUnit instantiates providers reflectively, whatever their visibility.
 */
final class SystemPropertiesLock implements ResourceLocksProvider {

    private static final Set<Lock> EXCLUSIVE =
            Set.of(new Lock(Resources.SYSTEM_PROPERTIES, ResourceAccessMode.READ_WRITE));

    @Override
    public Set<Lock> provideForClass(Class<?> testClass) {
        return locksFor(testClass);
    }

    @Override
    public Set<Lock> provideForNestedClass(List<Class<?>> enclosingInstanceTypes, Class<?> testClass) {
        return locksFor(testClass);
    }

    private static Set<Lock> locksFor(Class<?> testClass) {
        boolean exports = AnnotationSupport.findAnnotation(testClass, MockSecretsManager.class)
                .map(MockSecretsManager::exportSystemProperties)
                .orElse(false);
        return exports ? EXCLUSIVE : Set.of();
    }
}
