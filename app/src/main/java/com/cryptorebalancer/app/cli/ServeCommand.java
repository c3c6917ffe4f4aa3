package com.cryptorebalancer.app.cli;

import com.cryptorebalancer.app.AppConfig;
import com.cryptorebalancer.app.Server;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rebalancer serve}: the REST API and the dashboard, until the process is stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the dashboard and the REST API (default http://127.0.0.1:8080) over the database.",
        footer = {"", "Settings: REBALANCER_PORT (8080), REBALANCER_HOST (127.0.0.1), REBALANCER_DATA_DIR (./data),",
                "REBALANCER_DB_URL (jdbc:postgresql:...; unset = embedded database in the data directory),",
                "REBALANCER_DB_USER, REBALANCER_DB_PASSWORD, REBALANCER_API_TOKEN, REBALANCER_CORS_ORIGINS,",
                "REBALANCER_MAX_UPLOAD (20MB)."})
final class ServeCommand implements Callable<Integer> {

    private final AppConfig config;

    @Spec
    CommandSpec spec;

    ServeCommand(AppConfig config) {
        this.config = config;
    }

    @Override
    public Integer call() throws InterruptedException {
        Server server = Server.start(config);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "stop server"));
        PrintWriter out = spec.commandLine().getOut();
        String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        out.println("Crypto Rebalancer: dashboard on http://" + host + ":" + server.port() + "/ , API docs on /api/docs"
                + (config.hasApiToken() ? " (API token required)" : "") + "; stop with Ctrl+C");
        out.flush();
        stopped.await();
        return RebalancerCli.EXIT_OK;
    }
}
