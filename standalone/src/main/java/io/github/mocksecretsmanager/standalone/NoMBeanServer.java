package io.github.mocksecretsmanager.standalone;

import javax.management.MBeanServer;
import javax.management.MBeanServerBuilder;
import javax.management.MBeanServerDelegate;

/**
 * Refuses to build an MBean server, so that the standalone server starts without JMX.
 *
 * <p>XNIO registers optional MBeans when it starts; the first registration builds the platform MBean
 * server, which costs about 150 ms of a 500 ms start. XNIO ignores a registration that fails, so
 * {@link Main} names this builder in {@code javax.management.builder.initial} unless the command line
 * already sets that property. The container image has no {@code java.management} module at all, with
 * the same effect. A JVM started with {@code -Dcom.sun.management.jmxremote} builds its platform
 * server before {@code main} runs and keeps full JMX.
 */
public final class NoMBeanServer extends MBeanServerBuilder {

    @Override
    public MBeanServer newMBeanServer(String defaultDomain, MBeanServer outer, MBeanServerDelegate delegate) {
        throw new UnsupportedOperationException("JMX is turned off in the standalone Mock Secrets Manager");
    }
}
