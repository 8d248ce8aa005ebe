package io.github.mocksecretsmanager.spring;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The application under test: it reads {@code db.*} from the secret {@code app/db}. */
@SpringBootApplication
@ConfigurationPropertiesScan
class TestApplication {}
