package io.github.mocksecretsmanager.rotation;

/** The steps of a rotation, in the order Secrets Manager invokes the rotation function with them. */
public enum RotationStep {
    /** Creates the new version: the function puts a value with the rotation's token and {@code AWSPENDING}. */
    CREATE_SECRET("createSecret"),
    /** Sets the pending value in the database or service the secret is for. */
    SET_SECRET("setSecret"),
    /** Checks that the pending value works. */
    TEST_SECRET("testSecret"),
    /** Moves {@code AWSCURRENT} to the new version. */
    FINISH_SECRET("finishSecret");

    private final String awsName;

    RotationStep(String awsName) {
        this.awsName = awsName;
    }

    /** The name in the event's {@code Step} field, e.g. {@code createSecret}. */
    public String awsName() {
        return awsName;
    }

    /**
     * The step with this {@linkplain #awsName() AWS name}, or with this constant's name.
     *
     * @throws IllegalArgumentException for any other name, listing the known ones
     */
    public static RotationStep of(String name) {
        for (RotationStep step : values()) {
            if (step.awsName.equals(name) || step.name().equals(name)) {
                return step;
            }
        }
        throw new IllegalArgumentException(
                "unknown rotation step '" + name + "': expected createSecret, setSecret, testSecret or finishSecret");
    }
}
