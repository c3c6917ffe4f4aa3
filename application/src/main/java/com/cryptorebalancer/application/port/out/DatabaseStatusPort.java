package com.cryptorebalancer.application.port.out;

/** Whether the database answers, for readiness checks. */
public interface DatabaseStatusPort {

    /** In words, e.g. "H2 (file data/rebalancer)"; never includes a password. */
    String describe();

    /** @return null when the database answered a trivial query, else why not */
    String problem();
}
