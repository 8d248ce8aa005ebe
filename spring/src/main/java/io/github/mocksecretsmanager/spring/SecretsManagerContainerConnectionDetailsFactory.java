package io.github.mocksecretsmanager.spring;

import io.awspring.cloud.autoconfigure.core.AwsConnectionDetails;
import io.github.mocksecretsmanager.testcontainers.SecretsManagerContainer;
import java.net.URI;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionDetailsFactory;
import org.springframework.boot.testcontainers.service.connection.ContainerConnectionSource;

/**
 * {@code @ServiceConnection} for {@link SecretsManagerContainer}: Spring Cloud AWS's
 * {@link AwsConnectionDetails} from the container. Spring Cloud AWS applies them to every client
 * it builds (S3, SQS, ... too), and config imports never read them: the bootstrap hook
 * ({@link MockSecretsManagerEnvironmentPostProcessor}) covers those.
 */
final class SecretsManagerContainerConnectionDetailsFactory
        extends ContainerConnectionDetailsFactory<SecretsManagerContainer, AwsConnectionDetails> {

    SecretsManagerContainerConnectionDetailsFactory() {
        super(ANY_CONNECTION_NAME, "io.awspring.cloud.autoconfigure.core.AwsConnectionDetails");
    }

    @Override
    protected AwsConnectionDetails getContainerConnectionDetails(
            ContainerConnectionSource<SecretsManagerContainer> source) {
        return new Details(source);
    }

    private static final class Details extends ContainerConnectionDetails<SecretsManagerContainer>
            implements AwsConnectionDetails {

        Details(ContainerConnectionSource<SecretsManagerContainer> source) {
            super(source);
        }

        @Override
        public URI getEndpoint() {
            return getContainer().getEndpoint();
        }

        @Override
        public String getRegion() {
            return getContainer().getRegion();
        }

        @Override
        public String getAccessKey() {
            return getContainer().getAccessKey();
        }

        @Override
        public String getSecretKey() {
            return getContainer().getSecretKey();
        }
    }
}
