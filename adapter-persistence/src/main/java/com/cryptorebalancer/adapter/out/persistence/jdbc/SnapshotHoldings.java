package com.cryptorebalancer.adapter.out.persistence.jdbc;

import com.cryptorebalancer.domain.location.Location;
import com.cryptorebalancer.domain.location.LocationKind;
import com.cryptorebalancer.domain.money.Asset;
import com.cryptorebalancer.domain.money.PriceSource;
import com.cryptorebalancer.domain.money.Quantity;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Holding;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rows of {@code snapshot_holding}: a snapshot's holdings in the order they were read. */
final class SnapshotHoldings {

    /** Rows sent per JDBC batch: large enough to save round trips, small enough to bound the driver's buffers. */
    private static final int BATCH_SIZE = 1_000;

    private SnapshotHoldings() {
    }

    static void insert(Connection connection, long snapshotId, List<Holding> holdings) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO snapshot_holding (snapshot_id,"
                + " position, asset, coin_name, location_name, location_kind, quantity, value_usd, price_source,"
                + " priced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int position = 0; position < holdings.size(); position++) {
                Holding holding = holdings.get(position);
                insert.setLong(1, snapshotId);
                insert.setInt(2, position);
                insert.setString(3, holding.asset().symbol());
                insert.setString(4, holding.coinName());
                insert.setString(5, holding.location().name());
                insert.setString(6, holding.location().kind().code());
                insert.setBigDecimal(7, holding.quantity().value());
                Jdbc.setDecimal(insert, 8, holding.isPriced() ? holding.value().value() : null);
                insert.setString(9, holding.isPriced() ? holding.priceSource().name() : null);
                Jdbc.setInstant(insert, 10, holding.pricedAt());
                insert.addBatch();
                if ((position + 1) % BATCH_SIZE == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    static List<Holding> load(Connection connection, long snapshotId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT asset, coin_name, location_name,"
                + " location_kind, quantity, value_usd, price_source, priced_at FROM snapshot_holding"
                + " WHERE snapshot_id = ? ORDER BY position")) {
            select.setLong(1, snapshotId);
            try (ResultSet rows = select.executeQuery()) {
                Reader reader = new Reader();
                List<Holding> holdings = new ArrayList<>();
                while (rows.next()) {
                    holdings.add(reader.holding(rows));
                }
                return holdings;
            }
        }
    }

    /** Builds holdings from rows, making each asset, location and price source once per snapshot. */
    private static final class Reader {

        private final Map<String, Asset> assets = new HashMap<>();
        private final Map<String, Location> locations = new HashMap<>();
        private final Map<String, PriceSource> sources = new HashMap<>();

        Holding holding(ResultSet row) throws SQLException {
            Asset asset = assets.computeIfAbsent(row.getString("asset"), Asset::of);
            String locationName = row.getString("location_name");
            String kind = row.getString("location_kind");
            Location location = locations.computeIfAbsent(kind + '\n' + locationName,
                    k -> new Location(locationName, locationName, LocationKind.fromCode(kind)));
            Quantity quantity = new Quantity(row.getBigDecimal("quantity"), asset);
            BigDecimal value = row.getBigDecimal("value_usd");
            if (value == null) {
                return Holding.unpriced(asset, row.getString("coin_name"), location, quantity);
            }
            PriceSource source = sources.computeIfAbsent(row.getString("price_source"), PriceSource::new);
            return Holding.valued(asset, row.getString("coin_name"), location, quantity, new UsdAmount(value), source,
                    Jdbc.getInstant(row, "priced_at"));
        }
    }
}
