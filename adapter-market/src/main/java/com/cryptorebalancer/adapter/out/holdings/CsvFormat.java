package com.cryptorebalancer.adapter.out.holdings;


/** A CSV format recognised by its header: turns each of its records into a {@link SourceRow}. */
interface CsvFormat {

    /** The format's code in the import report ("cointracking-balance-by-exchange"). */
    String code();

    /** Where each part of a row comes from, as the header spells it. */
    Columns columns();

    /** Reads the current record of {@code record} (which has as many fields as the header) into {@code sink}. */
    void read(CsvReader record, RowSink sink);
}
