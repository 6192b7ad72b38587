package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.forewarn.testing.Fixtures;
import org.forewarn.testing.BrowserTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The console's threat list is one page at a time: searching, filtering and paging replace the list
 * alone (htmx), keep the address bar true to what is shown, and say where the page sits.
 */
class ThreatListConsoleTests extends BrowserTest {


    @Test
    void searchingAndPagingSwapTheListWithoutReloadingThePage() {
        String marker = "Paging" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 57; i++) {
            Map<String, Object> threat = Fixtures.threat();
            threat.put("title", "Threat " + i + " to the " + marker + " stadium");
            threat.put("harmTypes", java.util.List.of(i < 5 ? "KIDNAPPING" : "INTENTIONAL_KILLING"));
            api.as(TestUsers.ANALYST).post("/api/v1/threats", threat).expect(201);
        }
        // Others, so that the whole list and the search differ in size whatever else the database holds.
        for (int i = 0; i < 3; i++) {
            api.as(TestUsers.ANALYST).post("/api/v1/threats", Fixtures.threat()).expect(201);
        }
        browser.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        browser.open("/console/threats");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript("window.__samePage = 'yes'");

        // Typing searches as you type; the list, not the page, is replaced.
        browser.find(By.id("q")).sendKeys(marker);
        browser.waitFor(ExpectedConditions.urlContains("q=" + marker));
        count("1–50 of 57");
        assertThat(browser.driver.findElements(By.id("previous-page"))).isEmpty();
        String firstPage = browser.find(By.cssSelector("#list tbody")).getText();

        browser.find(By.id("next-page")).click();
        count("51–57 of 57");
        assertThat(browser.driver.findElements(By.cssSelector("#list tbody tr"))).hasSize(7);
        assertThat(browser.driver.findElements(By.id("next-page"))).isEmpty();
        browser.waitFor(ExpectedConditions.urlContains("cursor="));
        assertThat(browser.driver.getCurrentUrl()).contains("q=" + marker);

        browser.find(By.id("previous-page")).click();
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("from=51")));
        count("1–50 of 57");
        // The same rows as the first time (these threats share a received time, so ties are ordered by id).
        assertThat(browser.find(By.cssSelector("#list tbody")).getText()).isEqualTo(firstPage);

        // A filter narrows the same search.
        new Select(browser.find(By.id("harm"))).selectByValue("KIDNAPPING");
        browser.waitFor(ExpectedConditions.urlContains("harm=KIDNAPPING"));
        count("1–5 of 5");
        browser.find(By.id("awaitingApproval")).click();
        browser.waitFor(ExpectedConditions.urlContains("awaitingApproval=true"));
        count("0 of 0");
        assertThat(js.executeScript("return window.__samePage")).as("no full reload").isEqualTo("yes");
    }

    private void count(String text) {
        browser.waitFor(ExpectedConditions.textMatches(By.id("list-count"), Pattern.compile("^" + text + "$")));
    }
}
