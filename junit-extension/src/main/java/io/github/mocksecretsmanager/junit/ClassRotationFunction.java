package io.github.mocksecretsmanager.junit;

import io.github.mocksecretsmanager.rotation.RotationEvent;
import io.github.mocksecretsmanager.rotation.RotationFunction;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A rotation function given as a class: the configuration holds one that is never started (equal to
 * any other for the same class, so configurations compare as the classes do); each server gets a
 * {@linkplain #forNewServer() fresh copy}, which makes its instance once that server runs.
 */
final class ClassRotationFunction implements RotationFunction {

    /** By name, so that the SDK is loaded only when a function asks for a client. */
    static final String CLIENT_CLASS = "software.amazon.awssdk.services.secretsmanager.SecretsManagerClient";

    private final Class<? extends RotationFunction> type;
    private final Constructor<?> constructor;
    private volatile @Nullable RotationFunction instance;

    private ClassRotationFunction(Class<? extends RotationFunction> type, Constructor<?> constructor) {
        this.type = type;
        this.constructor = constructor;
    }

    /**
     * @throws IllegalArgumentException when the class cannot be made: abstract, an inner class, or
     *     without a public constructor taking a {@code SecretsManagerClient} or nothing
     */
    static ClassRotationFunction of(Class<? extends RotationFunction> type) {
        Objects.requireNonNull(type, "function");
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException(type.getName() + " is abstract: give a class the extension can make");
        }
        if (type.getEnclosingClass() != null && !Modifier.isStatic(type.getModifiers())) {
            throw new IllegalArgumentException(
                    type.getName() + " is an inner class: make it static, or a top-level class");
        }
        Constructor<?> withClient = null;
        Constructor<?> withoutParameters = null;
        for (Constructor<?> candidate : type.getConstructors()) {
            Class<?>[] parameters = candidate.getParameterTypes();
            if (parameters.length == 1 && parameters[0].getName().equals(CLIENT_CLASS)) {
                withClient = candidate;
            } else if (parameters.length == 0) {
                withoutParameters = candidate;
            }
        }
        Constructor<?> chosen = withClient != null ? withClient : withoutParameters;
        if (chosen == null) {
            throw new IllegalArgumentException(type.getName() + " needs a public constructor taking a " + CLIENT_CLASS
                    + ", or a public constructor without parameters");
        }
        chosen.setAccessible(true); // the class itself may be package-private, as test classes are
        return new ClassRotationFunction(type, chosen);
    }

    /** A copy not yet started, for one server. */
    ClassRotationFunction forNewServer() {
        return new ClassRotationFunction(type, constructor);
    }

    /**
     * Makes the instance, with a client of {@code resource}'s server if the constructor takes one.
     *
     * @throws IllegalStateException when the constructor throws
     */
    void start(ServerResource resource) {
        try {
            Object made = constructor.getParameterCount() == 1
                    ? constructor.newInstance(resource.syncClient())
                    : constructor.newInstance();
            instance = type.cast(made);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(
                    "the rotation function " + type.getName() + " could not be made: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the rotation function " + type.getName() + " could not be made: " + e, e);
        }
    }

    @Override
    public void invoke(RotationEvent event) throws Exception {
        RotationFunction started = instance;
        if (started == null) {
            throw new IllegalStateException("the rotation function " + type.getName() + " was never started");
        }
        started.invoke(event);
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof ClassRotationFunction that && type.equals(that.type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return type.getName();
    }
}
