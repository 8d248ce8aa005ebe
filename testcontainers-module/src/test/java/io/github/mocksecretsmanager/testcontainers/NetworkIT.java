package io.github.mocksecretsmanager.testcontainers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import org.testcontainers.containers.startupcheck.OneShotStartupCheckStrategy;
import org.testcontainers.utility.MountableFile;

/**
 * Another container on the same network reaches the server by its alias. No image can be pulled
 * here, so the client container is the same image running {@link NetworkProbe} with its own java.
 */
@RequiresDocker
class NetworkIT {

    @Test
    void anotherContainerReachesTheServerByItsNetworkAlias() {
        String probeClass = NetworkProbe.class.getName().replace('.', '/') + ".class";
        try (Network network = Network.newNetwork();
                SecretsManagerContainer secrets = new SecretsManagerContainer()
                        .withNetwork(network)
                        .withNetworkAliases("secrets")
                        .withSecret("db/creds", "{\"user\":\"from-the-network\"}");
                GenericContainer<?> probe = new GenericContainer<>(secrets.getDockerImageName())
                        .withNetwork(network)
                        .withCopyFileToContainer(
                                MountableFile.forClasspathResource(probeClass), "/tmp/probe/" + probeClass)
                        .withCreateContainerCmdModifier(cmd -> cmd.withEntrypoint("/opt/java/bin/java"))
                        .withStartupCheckStrategy(
                                new OneShotStartupCheckStrategy().withTimeout(Duration.ofSeconds(60)))) {
            secrets.start();
            assertThat(secrets.getNetworkEndpoint()).hasToString("http://secrets:4584");

            probe.withCommand(
                            "-cp",
                            "/tmp/probe",
                            NetworkProbe.class.getName(),
                            secrets.getNetworkEndpoint().toString(),
                            "db/creds")
                    .start(); // returns once the probe exited with 0, else throws

            assertThat(probe.getLogs())
                    .contains("health 200 {\"status\":\"UP\"}")
                    .contains("GetSecretValue 200")
                    .contains("{\\\"user\\\":\\\"from-the-network\\\"}");
        }
    }
}
