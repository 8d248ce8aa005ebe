package io.github.mocksecretsmanager.spring;

import io.github.mocksecretsmanager.junit.SharedServers;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/** Gives a lease back when its own context (not a child) closes. */
final class LeaseCloser implements ApplicationListener<ContextClosedEvent> {
    private final ApplicationContext context;
    private final SharedServers.Lease lease;

    LeaseCloser(ApplicationContext context, SharedServers.Lease lease) {
        this.context = context;
        this.lease = lease;
    }

    @Override
    public void onApplicationEvent(ContextClosedEvent event) {
        if (event.getApplicationContext() == context) {
            lease.close();
        }
    }
}
