package io.github.mocksecretsmanager.junit;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;

/** A {@link ServerSharing} for the tests: claims the classes marked {@link Shares}, as the Spring module claims Spring tests. */
public class MarkedClassesShareServers implements ServerSharing {

    @Retention(RetentionPolicy.RUNTIME)
    @interface Shares {}

    @Override
    public boolean sharesServer(Class<?> testClass) {
        return testClass.isAnnotationPresent(Shares.class);
    }
}
