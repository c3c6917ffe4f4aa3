package com.cryptorebalancer.application.port.in;

/** Import a file (or holdings sent as JSON) as a new snapshot, which becomes the current portfolio. */
public interface ImportSnapshotUseCase {

    /**
     * @throws com.cryptorebalancer.application.port.out.InvalidHoldingsFileException when the source cannot be
     *         imported as asked; nothing is stored then
     */
    ImportResult importHoldings(ImportSnapshotCommand command);
}
