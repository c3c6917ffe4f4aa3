package com.cryptorebalancer.application.port.in;

import com.cryptorebalancer.domain.risk.RiskReport;

/** The risk the current portfolio carries, from the stored daily closes of its coins. */
public interface RiskUseCase {

    /**
     * The current portfolio's risk report over the query's window: both views (fixed weights, buy and
     * hold), correlations, shares of risk by coin and group, concentration, and which coins the figures
     * cover (coins without enough stored history are named and left out, the others' weights renormalised).
     *
     * @throws InvalidCommandException never for the query itself (it validates on construction); for a
     *                                 taxonomy or setting the current portfolio cannot be made with
     */
    RiskReport risk(RiskQuery query);
}
