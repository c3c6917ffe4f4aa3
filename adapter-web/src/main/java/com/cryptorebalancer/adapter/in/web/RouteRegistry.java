package com.cryptorebalancer.adapter.in.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;

/**
 * The one list of routes: each is registered with Javalin and described in the OpenAPI document from
 * the same entry, so the two cannot disagree.
 */
final class RouteRegistry {

    private final List<Route.Builder> routes = new ArrayList<>();

    Route.Builder get(String path, Handler handler) {
        return add(HandlerType.GET, path, handler);
    }

    Route.Builder post(String path, Handler handler) {
        return add(HandlerType.POST, path, handler);
    }

    Route.Builder put(String path, Handler handler) {
        return add(HandlerType.PUT, path, handler);
    }

    Route.Builder delete(String path, Handler handler) {
        return add(HandlerType.DELETE, path, handler);
    }

    private Route.Builder add(HandlerType method, String path, Handler handler) {
        Route.Builder route = new Route.Builder(method, path, handler);
        routes.add(route);
        return route;
    }

    List<Route> routes() {
        return routes.stream().map(Route.Builder::build).toList();
    }

    void install(List<Route> described, RoutesConfig config) {
        for (Route route : described) {
            config.addHttpHandler(route.method(), route.path(), route.handler());
        }
    }
}
