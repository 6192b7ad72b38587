package org.forewarn.testing;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A console test driven through Chromium: a fresh browser on the running server for each test. */
public abstract class BrowserTest extends IntegrationTest {

    @LocalServerPort
    protected int port;

    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }
}
