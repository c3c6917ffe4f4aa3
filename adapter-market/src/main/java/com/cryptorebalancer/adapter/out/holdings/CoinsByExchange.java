package com.cryptorebalancer.adapter.out.holdings;


/** CoinTracking's Coins by Exchange export: its "Coin" column holds both ticker and name ({@link CoinField}). */
final class CoinsByExchange implements CsvFormat {

    private final ColumnFormat format;
    private final Columns columns;

    /** @param format the export's columns, with the symbol taken from the "Coin" column */
    CoinsByExchange(ColumnFormat format) {
        this.format = format;
        Columns read = format.columns();
        this.columns = new Columns(read.symbol(), read.symbol(), read.location(), read.amount(), read.value(),
                read.price());
    }

    @Override
    public String code() {
        return format.code();
    }

    @Override
    public Columns columns() {
        return columns;
    }

    @Override
    public void read(CsvReader record, RowSink sink) {
        SourceRow row = format.toRow(record);
        CoinField coin = CoinField.parse(row.symbol());
        if (coin == null) {
            sink.reject(RowReason.BAD_SYMBOL.at(row.line(), columns.symbol(), row.symbol(),
                    "expected 'TICKER (Full name) by Exchange', but a parenthesis is never closed"));
            return;
        }
        sink.accept(new SourceRow(row.line(), coin.ticker(), coin.name(), row.location(), row.amount(),
                row.value(), row.price()));
    }
}
