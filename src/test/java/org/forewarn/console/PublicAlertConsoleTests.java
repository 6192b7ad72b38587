package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.BrowserTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A consular officer writes a public alert in the browser: draws the area, previews CAP, publishes, watches it go out. */
class PublicAlertConsoleTests extends BrowserTest {


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
        // The page reloads after the form posts: wait for the new page's status, not the old one's.
        assertThat(browser.waitFor(ExpectedConditions.textToBe(By.id("alert-status"), "PUBLISHED"))).isTrue();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#fanout-progress [data-status='COMPLETED']")));
        browser.fullPageScreenshot("alert-published");

        browser.find(By.linkText("Public page")).click();
        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo("Test Embassy");
        assertThat(browser.text()).contains("Actions to Take:", "Avoid the harbour district.");
        browser.screenshot("public-alert-page");
    }

    @Test
    void consularOfficerChoosesNationalProfilesAndTheirCodesAppearInTheCap() {
        browser.signIn(TestUsers.CONSULAR, TestUsers.PASSWORD);
        browser.open("/console/alerts/new");
        browser.find(By.id("sender")).sendKeys("Test Embassy");
        browser.find(By.id("headline")).sendKeys("Security Alert: avoid the stadium");
        browser.find(By.id("event")).sendKeys("Threat of attack");
        browser.find(By.id("description")).sendKeys("Reports indicate a planned attack on the stadium.");
        browser.find(By.id("instruction")).sendKeys("Avoid the stadium.");
        browser.find(By.id("areaDescription")).sendKeys("Around the stadium");
        browser.find(By.id("circleLat")).sendKeys("45.42");
        browser.find(By.id("circleLon")).sendKeys("-75.69");
        browser.find(By.id("radiusKm")).sendKeys("3");
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("timeZone"))).selectByValue("America/Toronto");
        browser.find(By.cssSelector("#cap-profiles input[value='CAP_CP']")).click();
        browser.find(By.cssSelector("#cap-profiles input[value='CAP_AU']")).click();
        new org.openqa.selenium.support.ui.Select(browser.find(By.id("eventKind"))).selectByValue("TERRORISM");
        browser.find(By.id("geocodes")).sendKeys("profile:CAP-CP:Location:0.3=3506008");

        browser.find(By.id("preview-cap")).click();
        assertThat(browser.find(By.cssSelector("#cap-preview pre.cap")).getText()).contains(
                "<code>profile:CAP-CP:0.4</code>", "profile:CAP-AU:1.0</code>",
                "<valueName>profile:CAP-CP:Location:0.3</valueName><value>3506008</value>", "<event>Terrorism</event>");

        browser.find(By.id("save-alert")).click();
        assertThat(browser.find(By.id("alert-profiles")).getText()).contains("CAP_CP, CAP_AU", "TERRORISM", "3506008");
    }

    /**
     * A consular officer not cleared for the case writes an alert that (unknown to them) names a
     * protected term: it waits for release; a cleared approver finds it in Due now, sees the term
     * marked in the text, cannot release it, and returns it with a note the writer then reads.
     */
    @Test
    void aClearedApproverReviewsWhatTheConsularOfficerCannotCheck() {
        String threat = new Cases(api).threat();
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("threatId", threat);
        alert.put("description", "Reporting from Nightjar indicates plans to attack concerts in Moscow.");
        String id = api.as(TestUsers.CONSULAR).post("/api/v1/alerts", alert).expect(201).id();

        browser.signIn(TestUsers.CONSULAR, TestUsers.PASSWORD);
        browser.open("/console/alerts/" + id);
        browser.find(By.id("publish")).click();
        browser.driver.switchTo().alert().accept();
        // The page reloads after the form posts: wait for the new page's status, not the old one's.
        assertThat(browser.waitFor(ExpectedConditions.textToBe(By.id("alert-status"), "AWAITING_RELEASE"))).isTrue();
        assertThat(browser.find(By.id("awaiting-release")).getText()).contains("Awaiting release");
        assertThat(browser.driver.findElements(By.id("release-review"))).isEmpty();
        assertThat(browser.driver.findElements(By.cssSelector("mark.leak"))).isEmpty();

        browser.signIn(TestUsers.APPROVER, TestUsers.PASSWORD);
        browser.open("/console?mine=true");
        browser.find(By.cssSelector("tr[data-kind='ALERT_AWAITING_RELEASE'] a[href$='" + id + "']")).click();
        WebElement leak = browser.find(By.cssSelector("#release-review dd[data-field='description'] mark.leak"));
        assertThat(leak.getText()).isEqualTo("Nightjar");
        assertThat(browser.find(By.id("review-findings")).getText()).contains("1 field(s)");
        assertThat(browser.find(By.id("release")).isEnabled()).isFalse();
        browser.fullPageScreenshot("alert-release-review");
        browser.find(By.id("r-note")).sendKeys("Describe the threat only, not where the information came from.");
        browser.find(By.id("return")).click();
        assertThat(browser.find(By.id("alert-status")).getText()).isEqualTo("RETURNED");

        browser.signIn(TestUsers.CONSULAR, TestUsers.PASSWORD);
        browser.open("/console/alerts/" + id);
        assertThat(browser.find(By.id("returned")).getText()).contains("Describe the threat only");
        assertThat(browser.driver.getPageSource()).doesNotContain("mark class=\"leak\"");
    }
}
