package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.forewarn.testing.Browser;
import org.forewarn.testing.IntegrationTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A consular officer writes a public alert in the browser: draws the area, previews CAP, publishes, watches it go out. */
class PublicAlertConsoleTests extends IntegrationTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void consularOfficerDrawsPreviewsPublishesAndWatchesTheFanOut() {
        browser.signIn(TestUsers.CONSULAR, TestUsers.PASSWORD);
        browser.find(By.linkText("Public alerts")).click();
        browser.find(By.linkText("Write an alert")).click();
        browser.find(By.id("sender")).sendKeys("Test Embassy");
        browser.find(By.id("headline")).sendKeys("Security Alert: avoid the harbour district");
        browser.find(By.id("event")).sendKeys("Threat of attack");
        browser.find(By.id("description")).sendKeys("Reports indicate a planned attack on a crowded market.");
        browser.find(By.id("instruction")).sendKeys("Avoid the harbour district. Monitor local media.");
        browser.find(By.id("areaDescription")).sendKeys("Harbour district");

        // Draw a triangle on the map: three clicks.
        WebElement map = browser.find(By.cssSelector("#alert-map.leaflet-container"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
        Actions actions = new Actions(browser.driver);
        actions.moveToElement(map, -60, -40).click().perform();
        actions.moveToElement(map, 60, -40).click().perform();
        actions.moveToElement(map, 0, 50).click().perform();
        browser.waitFor(ExpectedConditions.textToBe(By.id("alert-area-count"), "3 corners"));
        assertThat(browser.driver.findElement(By.id("polygon")).getAttribute("value")).startsWith("[[");

        browser.find(By.id("preview-cap")).click();
        WebElement cap = browser.find(By.cssSelector("#cap-preview pre.cap"));
        assertThat(cap.getText()).contains("urn:oasis:names:tc:emergency:cap:1.2", "<polygon>",
                "Security Alert: avoid the harbour district");
        browser.fullPageScreenshot("alert-composer");

        browser.find(By.id("save-alert")).click();
        assertThat(browser.find(By.id("alert-status")).getText()).isEqualTo("DRAFT");
        browser.find(By.id("publish")).click();
        browser.driver.switchTo().alert().accept();
        assertThat(browser.find(By.id("alert-status")).getText()).isEqualTo("PUBLISHED");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#fanout-progress [data-status='COMPLETED']")));
        browser.fullPageScreenshot("alert-published");

        browser.find(By.linkText("Public page")).click();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Test Embassy");
        assertThat(browser.text()).contains("Actions to Take:", "Avoid the harbour district.");
        browser.screenshot("public-alert-page");
    }
}
