package com.cryptorebalancer.adapter.in.web;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import java.util.Objects;

/**
 * The REST API under {@code /api/v1}, its OpenAPI document and Swagger UI, the health checks, and the
 * dashboard's static files, on one Javalin server.
 */
public final class ApiServer implements AutoCloseable {

    /** Bodies this small stay in memory while a multipart upload is parsed; larger ones go to a temporary file. */
    private static final int IN_MEMORY_UPLOAD_BYTES = 1024 * 1024;

    private final Javalin app;
    private final List<Route> routes;

    private ApiServer(Javalin app, List<Route> routes) {
        this.app = app;
        this.routes = routes;
    }

    /** Starts the server on {@code settings.host()} and {@code settings.port()} (0: a free port, see {@link #port()}). */
    public static ApiServer start(WebSettings settings, UseCases useCases) {
        Objects.requireNonNull(settings, "the server needs its settings");
        Objects.requireNonNull(useCases, "the server needs its use cases");
        Json json = new Json();
        RouteRegistry registry = new RouteRegistry();
        Routes.register(registry, useCases, settings, json);
        ApiDocs docs = new ApiDocs();
        Routes.registerDocs(registry, docs);
        List<Route> routes = registry.routes();
        docs.publish(json.bytes(OpenApiDocument.of(routes, settings.system().version())));
        Javalin app = Javalin.create(config -> configure(config, settings, json, registry, routes));
        app.start();
        return new ApiServer(app, routes);
    }

    private static void configure(JavalinConfig config, WebSettings settings, Json json, RouteRegistry registry,
                                  List<Route> routes) {
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jetty.host = settings.host();
        config.jetty.port = settings.port();
        long maxBytes = settings.maxUploadBytes();
        config.http.maxRequestSize = maxBytes;
        config.http.prefer405over404 = true;
        config.jetty.multipartConfig.maxFileSize(maxBytes, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(maxBytes, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(maxBytes, IN_MEMORY_UPLOAD_BYTES), SizeUnit.BYTES);
        config.jsonMapper(new JavalinJackson(json.mapper(), false));
        config.staticFiles.enableWebjars();
        config.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = "/public";
            files.location = Location.CLASSPATH;
        });
        config.requestLogger.http(AccessLog::log);

        RequestId requestIds = new RequestId();
        config.routes.before(requestIds::assign);
        config.routes.before(SecurityHeaders::add);
        Cors cors = new Cors(settings.corsOrigins());
        if (cors.enabled()) {
            config.routes.before(cors::apply);
        }
        config.routes.before(ctx -> refuseOversizeBody(ctx, maxBytes));
        BearerToken token = new BearerToken(settings.apiToken());
        if (token.enabled()) {
            config.routes.before(token::check);
        }
        new ErrorMapping(json).install(config.routes);
        registry.install(routes, config.routes);
    }

    /** A body announced as larger than the limit is refused before a byte of it is read. */
    private static void refuseOversizeBody(Context ctx, long maxBytes) {
        String length = ctx.header("Content-Length");
        if (length != null && length.length() < 20 && length.chars().allMatch(Character::isDigit)
                && Long.parseLong(length) > maxBytes) {
            throw new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE, "the body has " + length + " bytes; this server accepts at most "
                    + maxBytes);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The routes as registered, for the test that holds them against the OpenAPI document. */
    List<Route> routes() {
        return routes;
    }

    /** The routes Javalin knows, as "METHOD path". */
    List<String> registeredRoutes() {
        return app.unsafe.internalRouter.allHttpHandlers().stream()
                .filter(entry -> entry.endpoint.method.isHttpMethod())
                .map(entry -> entry.endpoint.method.name() + " " + entry.endpoint.path)
                .toList();
    }

    /** Stops listening. */
    @Override
    public void close() {
        app.stop();
    }
}
