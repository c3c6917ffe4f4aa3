package com.cryptorebalancer.app.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    private static final String REAL_TARGETS = "BTC=40,ETH=25,Stablecoins=10,SOL=5,L1/L0 majors=10,DeFi=5,Others=5";

    @TempDir
    Path dataDir;

    @TempDir
    Path files;

    private CliRun run(String... args) {
        return CliRun.run(dataDir, args);
    }

    private static void assertOneErrorLine(CliRun run, String... fragments) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err().lines()).as(run.toString()).hasSize(1);
        assertThat(run.err()).startsWith("error: ").contains(fragments).doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
    }

    private Path file(String name, String content) throws IOException {
        Path file = files.resolve(name);
        Files.writeString(file, content, UTF_8);
        return file;
    }

    @Test
    void demoPlanExitsZeroAndPrintsSellsAndBuysUnderAHeaderNamingDemoAndTargets() {
        CliRun run = run("plan");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("inputs:    demo portfolio (bundled demo-portfolio-2025-08-26.csv), since no --input was given")
                .contains("targets:   built-in default profile \"BTC=35,ETH=20,Stablecoins=10,SOL=8")
                .contains("pricing:   local")
                .containsPattern("(?m)^    ETH +sell +[0-9,]+\\.\\d\\d ")
                .containsPattern("(?m)^    BTC +buy +[0-9,]+\\.\\d\\d ")
                .contains("Unknown aliases, largest first", "ZYPHR", "KORU")
                .contains("Skipped, by reason:", "negative_balance", "no_price", "dust")
                .contains("demo portfolio (bundled demo-portfolio-2025-08-26.csv) (generic-csv): 50 rows read, 50 accepted, 0 skipped");
    }

    @Test
    void jsonIsByteIdenticalRunAfterRunWithSnakeCaseKeysAndStringAmounts() throws IOException {
        CliRun first = run("plan", "--format", "json");
        CliRun second = run("plan", "--format", "json");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(second.out()).isEqualTo(first.out());
        assertThat(first.out()).endsWith("}\n");
        assertThat(first.err()).contains("note: no --input given: using the demo portfolio (bundled demo-portfolio-2025-08-26.csv)")
                .contains("note: targets: built-in default profile");

        JsonNode plan = new ObjectMapper().readTree(first.out());
        assertThat(plan.path("totals").path("sell_usd").isTextual()).isTrue();
        assertThat(plan.path("totals").path("portfolio_usd").asText()).matches("\\d+\\.\\d\\d");
        assertThat(plan.path("options").has("band")).as("nulls are kept so the shape is fixed").isTrue();
        JsonNode action = plan.path("actions").get(0);
        assertThat(action.path("est_quantity").isTextual()).isTrue();
        assertThat(action.path("price_used").isTextual()).isTrue();
        assertThat(action.has("exec_hint")).isTrue();
        assertThat(plan.path("unknown_aliases").get(0).path("symbol").asText()).isEqualTo("ZYPHR");
        List<String> keys = new ArrayList<>();
        plan.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).allMatch(key -> key.matches("[a-z_]+"));
    }

    @Test
    void csvHasTheDocumentedHeaderAndOneQuotedRowPerAction() throws IOException {
        CliRun csv = run("plan", "--format", "csv");
        JsonNode plan = new ObjectMapper().readTree(run("plan", "--format", "json").out());

        assertThat(csv.exitCode()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("group,symbol,action,usd,est_quantity,price_used,price_source,price_time,"
                + "price_stale,location,location_kind,exec_hint,reason");
        assertThat(csv.out()).contains("\r\n").doesNotContain("\n\n");
        assertThat(lines).hasSize(1 + plan.path("actions").size());
        JsonNode first = plan.path("actions").get(0);
        assertThat(lines.get(1)).startsWith(String.join(",", first.path("group").asText(), first.path("symbol").asText(),
                "sell", first.path("usd").asText(), first.path("est_quantity").asText()));
        // the reason has a comma, so it is quoted; a quote inside would be doubled
        assertThat(lines.get(1)).endsWith("\"" + first.path("reason").asText().replace("\"", "\"\"") + "\"");
    }

    @Test
    void outputOptionWritesTheChosenFormatToTheFile() throws IOException {
        Path out = files.resolve("plan.json");
        CliRun run = run("plan", "--format", "json", "--output", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("note: written to " + out);
        assertThat(Files.readString(out, UTF_8)).isEqualTo(run("plan", "--format", "json").out());
    }

    @Test
    void realExportIsPlannedAgainstInlineTargets() throws IOException {
        CliRun run = run("plan", "--input", CliRun.realExport().toString(), "--target", REAL_TARGETS, "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).as("targets and input were named: nothing to note").isEmpty();
        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertThat(plan.path("imports").get(0).path("format").asText()).isEqualTo("cointracking-balance-by-exchange");
        assertThat(plan.path("imports").get(0).path("rows_read").asInt()).isEqualTo(306);
        assertThat(plan.path("actions")).isNotEmpty();
        BigDecimal sells = new BigDecimal(plan.path("totals").path("sell_usd").asText());
        BigDecimal buys = new BigDecimal(plan.path("totals").path("buy_usd").asText());
        BigDecimal unallocated = new BigDecimal(plan.path("totals").path("unallocated_usd").asText());
        assertThat(sells).isEqualByComparingTo(buys.add(unallocated));
        assertThat(plan.path("groups").get(0).path("target_pct").asText()).isEqualTo("40.00");
    }

    @Test
    void targetsSummingTo90AreRefusedShowingTheSum() {
        assertOneErrorLine(run("plan", "--target", "BTC=50,ETH=40"), "add up to 90");
    }

    @Test
    void unknownGroupIsRefusedByName() {
        assertOneErrorLine(run("plan", "--target", "BTC=50,ETH=40,Metaverse=10"), "unknown group 'Metaverse'");
    }

    @Test
    void inlineTargetSyntaxErrorsNameTheToken() {
        assertOneErrorLine(run("plan", "--target", "BTC=abc,ETH=100"), "--target", "'BTC=abc': 'abc' is not a number");
        assertOneErrorLine(run("plan", "--target", "BTC40,ETH=60"), "--target", "'BTC40': expected GROUP=PERCENT");
        assertOneErrorLine(run("plan", "--target", "BTC=40,btc=60"), "group btc is given twice");
    }

    @Test
    void targetsFileIsReadAsDecimalsFromNumbersOrStrings() throws IOException {
        Path targets = file("targets.json", "{\"BTC\": 50.5, \"ETH\": \"29.5\", \"Stablecoins\": 20}");
        CliRun run = run("plan", "--targets", targets.toString());

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("targets:   file " + targets).containsPattern("BTC +[0-9,.]+ +[0-9.]+ +50\\.50 ");
    }

    @Test
    void malformedTargetsFileIsRefusedNamingFileLineAndColumn() throws IOException {
        Path targets = file("targets.json", "{\n  \"BTC\": 50,\n  \"ETH\": fifty\n}\n");
        assertOneErrorLine(run("plan", "--targets", targets.toString()), targets + ": line 3, column ");

        Path wrongType = file("wrong.json", "{\"BTC\": 50, \"ETH\": \"half\"}");
        assertOneErrorLine(run("plan", "--targets", wrongType.toString()),
                wrongType + ": line 1, column 20: target of ETH: 'half' is not a number");

        assertOneErrorLine(run("plan", "--targets", files.resolve("none.json").toString()), "none.json: targets file not found");
    }

    @Test
    void targetsInTheDataDirectoryAreUsedWhenNoneAreGivenAndSaidToBe() throws IOException {
        Files.writeString(dataDir.resolve("targets.json"), "{\"BTC\": 60, \"ETH\": 40}", UTF_8);

        CliRun run = run("plan", "--format", "csv");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("note: targets: file " + dataDir.resolve("targets.json"));
        // only BTC and ETH have targets: ETH (26 %) is bought up to 40 %, SOL sold off
        assertThat(run.out()).contains("\nETH,ETH,buy,", "\nSOL,SOL,sell,");
        assertThat(run.out().lines().filter(line -> line.contains(",buy,")))
                .allMatch(line -> line.startsWith("BTC,") || line.startsWith("ETH,"));
    }

    @Test
    void badTargetsInTheDataDirectorySayWhereTheyCameFrom() throws IOException {
        Files.writeString(dataDir.resolve("targets.json"), "{\"BTC\": 60, \"ETH\": 30}", UTF_8);

        assertOneErrorLine(run("plan"), "add up to 90", "(targets from file " + dataDir.resolve("targets.json"));
    }

    @Test
    void missingInputFileIsRefusedByName() {
        Path missing = files.resolve("nowhere.csv");
        assertOneErrorLine(run("plan", "--input", missing.toString()), missing + ": cannot read: no such file");
    }

    @Test
    void csvWithABadNumberIsRefusedNamingLineColumnAndValueButImportedWhenLenient() throws IOException {
        Path holdings = file("holdings.csv", "symbol,name,location,amount,value_usd\n"
                + "BTC,Bitcoin,Kraken,0.5,55000\n"
                + "ETH,Ethereum,Kraken,1;5,6600\n"
                + "USDC,USD Coin,Kraken,5000,5000\n");

        assertOneErrorLine(run("plan", "--input", holdings.toString(), "--target", "BTC=50,ETH=30,Stablecoins=20"),
                holdings.toString(), "line 3", "amount", "1;5");

        CliRun lenient = run("plan", "--input", holdings.toString(), "--lenient", "--target", "BTC=50,ETH=30,Stablecoins=20");
        assertThat(lenient.exitCode()).as(lenient.toString()).isZero();
        assertThat(lenient.out()).contains("3 rows read, 2 accepted, 1 skipped")
                .contains("skipped line 3, column \"amount\", value \"1;5\"");
    }

    @Test
    void moneyNoBuyCanTakeIsAWarningAboveTheTableAndInTheJson() throws IOException {
        Path holdings = file("holdings.csv", "symbol,name,location,amount,value_usd\n"
                + "USDT,Tether,Kraken,10000,10000\n");

        CliRun table = run("plan", "--input", holdings.toString(), "--target", "DeFi=50,Stablecoins=50");
        CliRun json = run("plan", "--input", holdings.toString(), "--target", "DeFi=50,Stablecoins=50", "--format", "json");

        assertThat(table.exitCode()).as(table.toString()).isZero();
        assertThat(table.out()).contains("Warnings:\n  ! 5000.00 USD raised by sells or given as cash is not spent"
                + " (nothing could be bought for DeFi); see the skipped items, or sell less\n");
        assertThat(table.out().indexOf("Warnings:")).isLessThan(table.out().indexOf("Groups"));
        JsonNode warnings = new ObjectMapper().readTree(json.out()).path("warnings");
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).asText()).startsWith("5000.00 USD raised");
        assertThat(new ObjectMapper().readTree(run("plan", "--format", "json").out()).path("warnings").isArray())
                .as("the demo plan spends what it sells: an empty list, not a missing key").isTrue();
    }

    @Test
    void buyOnlyWithoutCashIsRefused() {
        assertOneErrorLine(run("plan", "--mode", "buy-only"), "buy-only mode needs cash");
    }

    @Test
    void buyOnlyWithCashOnlyBuys() throws IOException {
        CliRun run = run("plan", "--mode", "buy-only", "--cash", "5000", "--format", "json");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        JsonNode plan = new ObjectMapper().readTree(run.out());
        assertThat(plan.path("actions")).isNotEmpty().allMatch(a -> a.path("action").asText().equals("buy"));
        assertThat(plan.path("totals").path("cash_usd").asText()).isEqualTo("5000.00");
    }

    @Test
    void bandsModeTakesPointsOrPercentOfTarget() throws IOException {
        JsonNode points = new ObjectMapper().readTree(run("plan", "--mode", "bands", "--band", "5", "--format", "json").out());
        JsonNode relative = new ObjectMapper().readTree(
                run("plan", "--mode", "bands", "--band", "20%", "--to", "edge", "--format", "json").out());

        assertThat(points.path("options").path("band").path("width").asText()).isEqualTo("5");
        assertThat(points.path("options").path("band").path("unit").asText()).isEqualTo("pp");
        assertThat(points.path("options").path("band").path("to").asText()).isEqualTo("target");
        assertThat(relative.path("options").path("band").path("width").asText()).isEqualTo("20");
        assertThat(relative.path("options").path("band").path("unit").asText()).isEqualTo("relative_pct");
        assertThat(relative.path("options").path("band").path("to").asText()).isEqualTo("edge");
        // ETH is 26 % against 20 %: outside a 5 pp band, and outside 20 % of its target (16 %-24 %)
        assertThat(statusOf(points, "ETH")).isEqualTo("sell");
        assertThat(statusOf(relative, "ETH")).isEqualTo("sell");
        // L1/L0 majors is 9.2 % against 10 %: inside both bands
        assertThat(statusOf(points, "L1/L0 majors")).isEqualTo("within_band");
        assertThat(statusOf(relative, "L1/L0 majors")).isEqualTo("within_band");
    }

    private static String statusOf(JsonNode plan, String group) {
        for (JsonNode line : plan.path("groups")) {
            if (line.path("group").asText().equals(group)) {
                return line.path("status").asText();
            }
        }
        throw new AssertionError("no group " + group);
    }

    @Test
    void bandOptionsAreCheckedAgainstTheMode() {
        assertOneErrorLine(run("plan", "--mode", "bands"), "bands mode needs a band width (--band)");
        assertOneErrorLine(run("plan", "--band", "5"), "a band only applies in bands mode");
        assertOneErrorLine(run("plan", "--to", "edge"), "--to applies only in bands mode");
        assertOneErrorLine(run("plan", "--mode", "bands", "--band", "0"), "--band", "must be positive");
        assertOneErrorLine(run("plan", "--mode", "bands", "--band", "wide"), "--band", "'wide' is not a number");
        assertOneErrorLine(run("plan", "--mode", "sideways"), "--mode", "unknown mode 'sideways'");
    }

    @Test
    void primariesReceiveTheirGroupsBuys() throws IOException {
        JsonNode plan = new ObjectMapper().readTree(
                run("plan", "--primary", "Stablecoins=USDC", "--format", "json").out());

        assertThat(plan.path("options").path("primaries").path("Stablecoins").path("USDC").asText()).isEqualTo("1");
        assertThat(plan.path("actions")).filteredOn(a -> a.path("group").asText().equals("Stablecoins"))
                .isNotEmpty().allMatch(a -> a.path("symbol").asText().equals("USDC"));
        assertOneErrorLine(run("plan", "--primary", "Moon=ABC"), "unknown group 'Moon'");
        assertOneErrorLine(run("plan", "--primary", "SOL=SOL:x"), "--primary", "'SOL:x': 'x' is not a number");
    }

    @Test
    void negativeAmountsAndUnknownOptionsAreParameterErrors() {
        assertOneErrorLine(run("plan", "--cash", "-5"), "--cash", "'-5' must not be negative");
        assertOneErrorLine(run("plan", "--colour"), "Unknown option: '--colour'", "see 'rebalancer plan --help'");
        assertOneErrorLine(run("plan", "--format", "xml"), "--format");
    }
}
