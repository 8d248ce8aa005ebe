package io.github.mocksecretsmanager.junit;

import io.github.mocksecretsmanager.rotation.RotationFunction;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Registers a rotation function for a Lambda ARN on the class's server: RotateSecret with that
 * {@code RotationLambdaARN} then runs it step by step, as Secrets Manager invokes a rotation Lambda.
 *
 * <pre>{@code
 * @MockSecretsManager
 * @RegisterRotationFunction(arn = "arn:aws:lambda:us-east-1:123456789012:function:rotate-db",
 *         function = DatabaseRotation.class)
 * class RotationTest { ... }
 * }</pre>
 *
 * <p>{@link #function()} needs a public constructor taking a {@code SecretsManagerClient} (it gets a
 * client pointed at the server, closed with it) or a public one without parameters. One instance is
 * made per server, after the server has started; it stays registered across resets. Functions
 * registered with {@link io.github.mocksecretsmanager.rotation.RotationControl#registerRotationFunction}
 * during a test are dropped by the next reset instead.
 */
@Target({ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Repeatable(RegisterRotationFunctions.class)
public @interface RegisterRotationFunction {

    /** The Lambda ARN a RotateSecret names in {@code RotationLambdaARN}. */
    String arn();

    /** The function's class. */
    Class<? extends RotationFunction> function();
}
