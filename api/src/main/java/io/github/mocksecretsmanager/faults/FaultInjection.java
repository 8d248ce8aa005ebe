package io.github.mocksecretsmanager.faults;

import java.util.List;

/**
 * Fault rules of a server: what it answers instead of the real thing. Rules are tried in the order
 * they were added; the first that matches a request (and, with a probability, fires) decides it.
 */
public interface FaultInjection {

    /**
     * Adds a rule after those already there.
     *
     * @return the rule's id, for {@link #removeFault}
     */
    String addFault(FaultRule rule);

    /** The rules in force, in the order they are tried, each with its {@linkplain FaultRule#id() id}. */
    List<FaultRule> faults();

    /** Removes one rule; an unknown id is ignored. */
    void removeFault(String id);

    /** Removes every rule. */
    void removeFaults();
}
