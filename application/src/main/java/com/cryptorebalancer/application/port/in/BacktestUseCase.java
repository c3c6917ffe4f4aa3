package com.cryptorebalancer.application.port.in;

/**
 * How target allocations would have fared on the stored daily closes, several rebalancing strategies side
 * by side on the same window, costs and starting capital.
 */
public interface BacktestUseCase {

    /**
     * @throws InvalidCommandException naming the field at fault: targets that do not add up, a group with no
     *         coin with stored history, a coin without history, an unknown strategy, a window with fewer than
     *         two common closes
     */
    BacktestReport backtest(BacktestCommand command);
}
