package com.cryptorebalancer.application.port.in;

/** Plan which coins to sell and buy, where, to bring a portfolio to its targets. */
public interface PlanRebalanceUseCase {

    /** @throws InvalidCommandException for targets, options or inputs a person got wrong */
    PlanResult plan(PlanRebalanceCommand command);
}
