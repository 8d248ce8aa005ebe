package io.github.mocksecretsmanager.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A secret the class's server holds from its start and again after every reset. Set exactly one of
 * {@link #value()} (a {@code SecretString}) and {@link #base64()} (a {@code SecretBinary}): the
 * fields of one entry of a {@link io.github.mocksecretsmanager.SeedFile seed file}, written inline.
 * For many secrets, or secrets shared with the standalone server or the container, use
 * {@link MockSecretsManager#seedFile()}. A name may be seeded only once per class.
 *
 * <pre>{@code
 * @MockSecretsManager
 * @Seed(name = "db/creds", value = "{\"user\":\"app\"}")
 * @Seed(name = "tls/key", base64 = "AAECAw==")
 * class RepositoryTest { ... }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(Seeds.class)
public @interface Seed {

    /** The secret name. */
    String name();

    /** The secret's string value. */
    String value() default "";

    /** The secret's binary value, base64-encoded. */
    String base64() default "";
}
