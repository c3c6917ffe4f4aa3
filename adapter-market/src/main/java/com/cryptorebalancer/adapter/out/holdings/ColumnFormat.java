package com.cryptorebalancer.adapter.out.holdings;


/**
 * A CSV format that takes each part of a row from one column, found by name in the header (any case).
 * A part whose column the file does not have is null in the row, except the location, which may be
 * fixed for every row (an export that sums over all locations).
 */
final class ColumnFormat implements CsvFormat {

    private final String code;
    private final Columns columns;
    private final String fixedLocation;
    private final int symbol;
    private final int name;
    private final int location;
    private final int amount;
    private final int value;
    private final int price;

    private ColumnFormat(String code, CsvHeader header, Columns wanted, String fixedLocation) {
        this.code = code;
        this.fixedLocation = fixedLocation;
        this.symbol = indexOf(header, wanted.symbol());
        this.name = indexOf(header, wanted.name());
        this.location = indexOf(header, wanted.location());
        this.amount = indexOf(header, wanted.amount());
        this.value = indexOf(header, wanted.value());
        this.price = indexOf(header, wanted.price());
        this.columns = new Columns(header.nameAt(symbol), header.nameAt(name), header.nameAt(location),
                header.nameAt(amount), header.nameAt(value), header.nameAt(price));
    }

    /** Rows of {@code header}'s file, each part taken from the column {@code wanted} names for it. */
    public static ColumnFormat of(String code, CsvHeader header, Columns wanted) {
        return new ColumnFormat(code, header, wanted, null);
    }

    /** As {@link #of}, with every row at the location {@code fixedLocation}. */
    public static ColumnFormat atFixedLocation(String code, CsvHeader header, Columns wanted, String fixedLocation) {
        return new ColumnFormat(code, header, wanted, fixedLocation);
    }

    private static int indexOf(CsvHeader header, String column) {
        return column == null ? -1 : header.indexOf(column);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Columns columns() {
        return columns;
    }

    @Override
    public void read(CsvReader record, RowSink sink) {
        sink.accept(toRow(record));
    }

    /** The current record of {@code record} as a row. */
    public SourceRow toRow(CsvReader record) {
        String where = fixedLocation != null ? fixedLocation : record.fieldOrNull(location);
        return new SourceRow(record.line(), record.fieldOrNull(symbol), record.fieldOrNull(name), where,
                record.fieldOrNull(amount), record.fieldOrNull(value), record.fieldOrNull(price));
    }
}
