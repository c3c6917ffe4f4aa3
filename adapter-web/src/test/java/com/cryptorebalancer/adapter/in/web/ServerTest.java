package com.cryptorebalancer.adapter.in.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests that share one server (with no token, no CORS, the default limits) across their methods. */
abstract class ServerTest {

    static TestServer server;

    @BeforeAll
    static void startServer() {
        server = TestServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }
}
