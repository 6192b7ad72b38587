package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;

import java.util.List;
import java.util.Map;

import org.forewarn.testing.Fixtures;
import org.forewarn.testing.BrowserTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Names people type are shown on the case map as text: markup in them is displayed, never built or run. */
class MapTextConsoleTests extends BrowserTest {

    static final String HOSTILE_NAME = "<a href=\"https://evil.example/\">click</a><img src=x onerror=\"window.__pwned=1\">";


    @Test
    void markupInATargetNameIsShownLiterallyInTheMapsTooltipAndPopup() {
        Map<String, Object> threat = Fixtures.threat();
        threat.put("targets", List.of(Map.of("name", HOSTILE_NAME, "kind", "VENUE", "place", "Krasnogorsk",
                "lat", 55.8254, "lon", 37.3886)));
        String id = api.as(ANALYST).post("/api/v1/threats", threat).expect(201).id();

        browser.signIn(ANALYST, TestUsers.PASSWORD);
        browser.open("/console/threats/" + id);
        WebElement tooltip = browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".leaflet-tooltip")));
        WebElement marker = browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".leaflet-marker-icon")));
        js("arguments[0].click()", marker);
        WebElement popup = browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector(".leaflet-popup-content")));

        assertThat(js("return arguments[0].textContent", tooltip)).isEqualTo(HOSTILE_NAME);
        assertThat(js("return arguments[0].textContent", popup)).isEqualTo(HOSTILE_NAME);
        assertThat(tooltip.findElements(By.cssSelector("a, img"))).isEmpty();
        assertThat(popup.findElements(By.cssSelector("a, img"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("a[href^='https://evil.example'], img[src='x']")))
                .isEmpty();
        assertThat(js("return typeof window.__pwned")).isEqualTo("undefined");
    }

    private Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser.driver).executeScript(script, args);
    }
}
