package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.forewarn.testing.BrowserTest;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/** An analyst reports a threat through the intake form, places a target on the map, and gets the duty approved. */
class ThreatIntakeConsoleTests extends BrowserTest {


    @Test
    void analystReportsAThreatAndAnotherApproverApprovesTheDuty() {
        String title = "Kidnap plot against aid workers " + UUID.randomUUID().toString().substring(0, 6);
        browser.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        browser.open("/console/threats/new");
        browser.find(By.id("title")).sendKeys(title);
        browser.find(By.id("summary")).sendKeys("A group plans to abduct foreign aid workers at a clinic.");
        browser.find(By.cssSelector("input[value='KIDNAPPING']")).click();
        browser.find(By.id("actor")).sendKeys("Local armed group");
        browser.find(By.id("targets0.name")).sendKeys("Field clinic");
        browser.find(By.id("targets0.place")).sendKeys("Northern district");
        browser.find(By.cssSelector("[data-pick-row='0']")).click();
        WebElement map = browser.find(By.cssSelector("#intake-map.leaflet-container"));
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].scrollIntoView({block: 'center'})", map);
        new Actions(browser.driver).moveToElement(map, 10, 10).click().perform();
        assertThat(browser.find(By.id("targets0.lat")).getAttribute("value")).isNotEmpty();
        new Select(browser.find(By.id("timeZone"))).selectByValue("Africa/Nairobi");
        fill("receivedAt", "2026-11-01T09:30");
        new Select(browser.find(By.id("sourceReliability"))).selectByValue("C");
        new Select(browser.find(By.id("informationCredibility"))).selectByValue("3");
        new Select(browser.find(By.id("tlp"))).selectByValue("AMBER_STRICT");
        browser.find(By.id("protectedTerms")).sendKeys("KESTREL");
        browser.find(By.id("report")).click();

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.text()).contains("TLP:AMBER+STRICT", "Graded C3", "fairly reliable", "possibly true",
                "Sun 1 Nov 2026, 09:30 EAT", "KESTREL", "Field clinic");

        browser.find(By.id("outcome"));
        new Select(browser.find(By.id("outcome"))).selectByValue("DUTY_TO_WARN");
        browser.find(By.cssSelector("input[name='credible']")).click();
        browser.find(By.cssSelector("input[name='specific']")).click();
        browser.find(By.id("rationale")).sendKeys("Named target, named actor.");
        browser.find(By.id("propose")).click();
        assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("an approver must decide");
        String caseUrl = browser.driver.getCurrentUrl().replaceFirst("#.*", "");

        browser.signIn(TestUsers.APPROVER, TestUsers.PASSWORD);
        browser.open(caseUrl.replaceFirst("^https?://[^/]+", ""));
        browser.find(By.cssSelector(".approve-determination")).click();
        assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("Determination approved");
        assertThat(browser.text()).contains("A duty to warn is in force");
    }

    @Test
    void badIntakeIsRefusedOnTheFormWithWhatToFix() {
        browser.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        browser.open("/console/threats/new");
        browser.find(By.id("title")).sendKeys("Incomplete");
        browser.find(By.id("summary")).sendKeys("No harm type, no target, no grading.");
        fill("receivedAt", "2026-11-01T09:30");
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.querySelectorAll('[required]').forEach(e => e.removeAttribute('required'))");
        browser.find(By.id("report")).click();

        String error = browser.find(By.cssSelector(".flash.error")).getText();
        assertThat(error).contains("harmTypes", "targets", "sourceReliability");
        assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo("Incomplete");
    }

    private void fill(String id, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("document.getElementById(arguments[0]).value = arguments[1]",
                id, value);
    }
}
