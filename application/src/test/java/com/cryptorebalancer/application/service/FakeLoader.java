package com.cryptorebalancer.application.service;

import com.cryptorebalancer.application.port.out.HoldingsSource;
import com.cryptorebalancer.application.port.out.ImportOptions;
import com.cryptorebalancer.application.port.out.ImportReport;
import com.cryptorebalancer.application.port.out.ImportedHoldings;
import com.cryptorebalancer.application.port.out.InvalidHoldingsFileException;
import com.cryptorebalancer.application.port.out.LoadHoldingsPort;
import com.cryptorebalancer.domain.money.UsdAmount;
import com.cryptorebalancer.domain.portfolio.Holding;
import com.cryptorebalancer.domain.testdata.HoldingsTestData;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Holdings by source name, located with the rules it is given (as the real loaders do), with a report
 * that adds up. A source it was not told about is refused as a file that cannot be imported.
 */
final class FakeLoader implements LoadHoldingsPort {

    static final String FORMAT = "test-format";

    private final Map<String, List<Holding>> bySource = new HashMap<>();
    final List<ImportOptions> optionsSeen = new ArrayList<>();

    static HoldingsSource source(String name) {
        return new HoldingsSource(name, () -> new ByteArrayInputStream(new byte[0]), null);
    }

    FakeLoader with(String sourceName, List<Holding> holdings) {
        bySource.put(sourceName, holdings);
        return this;
    }

    @Override
    public ImportedHoldings load(HoldingsSource source, ImportOptions options) {
        optionsSeen.add(options);
        List<Holding> holdings = bySource.get(source.name());
        if (holdings == null) {
            throw new InvalidHoldingsFileException(source.name(), "unknown format");
        }
        List<Holding> located = holdings.stream()
                .map(h -> h.at(options.locationRules().locate(h.location().name()))).toList();
        UsdAmount usd = located.stream().map(Holding::valueOrZero).reduce(UsdAmount.ZERO, UsdAmount::plus);
        ImportReport report = new ImportReport(source.name(), FORMAT, located.size(), located.size(), Map.of(), List.of(),
                usd, usd, 0, UsdAmount.ZERO, 0, HoldingsTestData.AS_OF, "given");
        return new ImportedHoldings(located, report);
    }
}
