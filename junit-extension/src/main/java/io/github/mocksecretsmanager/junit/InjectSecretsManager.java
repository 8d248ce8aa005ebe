package io.github.mocksecretsmanager.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field the extension fills in: a {@code SecretsManagerClient}, a
 * {@code SecretsManagerAsyncClient}, the {@link io.github.mocksecretsmanager.MockSecretsManagerServer}
 * or the endpoint {@link java.net.URI}. Static fields are set before {@code @BeforeAll} methods run,
 * instance fields when the test instance is created. The field must not be final.
 */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface InjectSecretsManager {}
