package com.cryptorebalancer.adapter.out.holdings;

import com.cryptorebalancer.application.port.out.RowProblem;

/** Receives every row a format reads: as text to check, or as a problem the format found itself. */
interface RowSink {

    /** A row to check and, if good, import. */
    void accept(SourceRow row);

    /**
     * A row the format could not read: counted as read and skipped for {@code problem}'s reason; none of
     * its parts is read, so its value does not count in the USD read.
     */
    void reject(RowProblem problem);
}
