package io.github.mocksecretsmanager.spring;

import io.github.mocksecretsmanager.junit.ServerSharing;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Tells the JUnit extension that a Spring test class (one run by Spring's {@code SpringExtension},
 * directly or through an enclosing class) takes its server from the shared registry, where its
 * application context finds the same one.
 */
public final class SpringServerSharing implements ServerSharing {

    static final String SPRING_EXTENSION = "org.springframework.test.context.junit.jupiter.SpringExtension";

    @Override
    public boolean sharesServer(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            boolean spring = AnnotationSupport.findRepeatableAnnotations(type, ExtendWith.class).stream()
                    .flatMap(extendWith -> java.util.Arrays.stream(extendWith.value()))
                    .anyMatch(extension -> extension.getName().equals(SPRING_EXTENSION));
            if (spring) {
                return true;
            }
        }
        return false;
    }
}
