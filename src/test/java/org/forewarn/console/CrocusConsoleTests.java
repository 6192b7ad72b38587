package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import org.forewarn.testing.Browser;
import org.forewarn.testing.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Crocus case walked through in a real browser (Debian's Chromium, headless), as the people in
 * it would: the analyst drafts a warning, the tearline check flags a protected term as it is typed,
 * the analyst fixes it; an approver approves; the liaison officer hands it over and records the
 * acknowledgment; the timeline tells the story. Screenshots of the main screens go to
 * docs/screenshots/.
 */
class CrocusConsoleTests extends ApplicationTest {

    private static final String PASSWORD = "forewarn-demo";

    /**
     * A database of its own, holding the demo and nothing the other tests made: the screens (and
     * the screenshots in the README) are what a new user of the demo sees. It runs as a demo, so the
     * demo is loaded at start as with {@code --demo}.
     */
    @DynamicPropertySource
    static void demoDatabase(DynamicPropertyRegistry registry) {
        environment(registry, env.freshDataDir("console-demo"));
        registry.add("forewarn.demo", () -> "true");
    }

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
    void analystApproverAndLiaisonWarnTheFsbAndTheTimelineTellsTheStory() {
        // The analyst signs in and opens the Crocus case.
        browser.signIn("analyst", PASSWORD);
        browser.find(By.tagName("h1"));
        openTheCrocusCaseFromTheList();
        browser.find(By.id("protected-details"));
        assertThat(browser.text()).contains("B2", "usually reliable", "probably true", "NIGHTJAR", "Crocus City Hall");
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".map .leaflet-marker-icon")));
        browser.fullPageScreenshot("threat");
        String caseUrl = browser.driver.getCurrentUrl();

        // The case timeline reads as the story in shared/scenarios, with the lead times between steps.
        browser.find(By.id("timeline-link")).click();
        assertThat(timelineKinds()).containsSubsequence("RECEIVED", "DETERMINATION_DECIDED", "WARNING_SENT",
                "WARNING_DELIVERED", "RESPONSE", "PUBLIC_ALERT", "INCIDENT");
        assertThat(browser.text()).contains("MSK", "Warning delivered → incident (lead time)", "16 d 5 h");
        browser.fullPageScreenshot("timeline");
        browser.open(path(caseUrl));

        // A draft that names a protected term is flagged as it is typed.
        browser.find(By.id("draft-warning")).click();
        new Select(browser.find(By.id("recipientId")))
                .selectByVisibleText("Federal Security Service of the Russian Federation (FSB) (ADVERSARY)");
        new Select(browser.find(By.id("channel"))).selectByValue("LIAISON");
        WebElement text = browser.find(By.id("releasableText"));
        text.sendKeys("Our Night-Jar reporting shows Islamic State operatives plan an armed attack on Crocus City Hall "
                + "in Krasnogorsk in the coming weeks.");
        WebElement leak = browser.find(By.cssSelector("#tearline-leaks"));
        assertThat(leak.getText()).contains("protected term NIGHTJAR");
        assertThat(browser.find(By.cssSelector("mark.leak")).getText()).isEqualTo("Night-Jar");
        browser.find(By.id("methodReason")).sendKeys("Would point to how the information was obtained.");
        browser.screenshot("warning-composer-leak");

        // Saving it anyway is refused; fixed, it is drafted.
        browser.find(By.id("save-draft")).click();
        assertThat(browser.find(By.cssSelector(".flash.error")).getText()).contains("reveals protected content");
        text = browser.find(By.id("releasableText"));
        text.clear();
        text.sendKeys("Credible information indicates Islamic State operatives plan an armed attack on large "
                + "gatherings in Moscow in the coming weeks. Potential targets include Crocus City Hall in Krasnogorsk.");
        browser.find(By.id("tearline-clean"));
        WebElement reason = browser.find(By.id("methodReason"));
        reason.clear();
        reason.sendKeys("Would point to how the information was obtained.");
        assertThat(browser.find(By.cssSelector("#specificity [data-score]")).getText()).isEqualTo("90");
        browser.find(By.id("save-draft")).click();
        assertThat(browser.find(By.id("warning-state")).getText()).isEqualTo("DRAFT");
        String warningUrl = browser.driver.getCurrentUrl();

        // The approver finds it waiting in Due now and approves it (the FSB is an adversary service:
        // it cannot go without).
        browser.signIn("approver", PASSWORD);
        WebElement waiting = browser.find(By.cssSelector("tr[data-kind='WARNING_AWAITING_APPROVAL']:has(a[href='"
                + path(warningUrl) + "'])"));
        assertThat(waiting.getText()).contains("Federal Security Service");
        browser.screenshot("due-now");
        waiting.findElement(By.linkText("Open")).click();
        browser.find(By.id("approve-warning")).click();
        assertThat(browser.find(By.id("warning-state")).getText()).isEqualTo("APPROVED");

        // The liaison officer hands it over and records the FSB's answer.
        browser.signIn("liaison", PASSWORD);
        browser.open(path(warningUrl));
        browser.find(By.id("handoverNote")).sendKeys("Read out and handed over in writing");
        browser.find(By.id("send-warning")).click();
        assertThat(browser.find(By.id("warning-state")).getText()).isEqualTo("DELIVERED");
        browser.find(By.id("receipt"));
        browser.find(By.id("ack-response")).sendKeys("Information too general");
        browser.find(By.id("acknowledge")).click();
        assertThat(browser.find(By.id("warning-state")).getText()).isEqualTo("ACKNOWLEDGED");
        assertThat(browser.find(By.id("responses")).getText()).contains("Information too general");
        browser.fullPageScreenshot("warning");

        // The timeline now ends with this warning, drafted, approved, sent, delivered and answered.
        browser.open(path(caseUrl) + "/timeline");
        List<String> kinds = timelineKinds();
        assertThat(kinds.subList(kinds.indexOf("INCIDENT"), kinds.size())).containsSubsequence("INCIDENT",
                "WARNING_DRAFTED", "WARNING_APPROVED", "WARNING_SENT", "WARNING_DELIVERED", "RESPONSE");
        assertThat(browser.find(By.cssSelector("#timeline li:last-child")).getText())
                .contains("Information too general", "by liaison");
    }

    private List<String> timelineKinds() {
        return browser.driver.findElements(By.cssSelector("#timeline li")).stream()
                .map(li -> li.getAttribute("data-kind")).toList();
    }

    @Test
    void theDemosSignInPageNamesItsLogins() throws Exception {
        String page = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"demo-logins\"", "<code>analyst</code>", "forewarn-demo");
    }

    @Test
    void someoneNotClearedSeesTheRedactedBand() {
        browser.signIn("consular", PASSWORD);
        openTheCrocusCaseFromTheList();

        assertThat(browser.find(By.id("redacted-band")).getText()).contains("REDACTED");
        assertThat(browser.driver.getPageSource()).doesNotContain("NIGHTJAR", "CELL-7", "placeholder method");
        browser.screenshot("threat-redacted");
    }

    @Test
    void auditorVerifiesTheChain() {
        browser.signIn("auditor", PASSWORD);
        browser.find(By.linkText("Audit")).click();
        browser.find(By.id("verify-chain")).click();

        assertThat(browser.find(By.id("verification")).getText()).contains("The chain is intact.");
        browser.screenshot("audit");
    }

    @Test
    void theCaseIsUsableOnAPhone() {
        browser.resize(390, 844);
        browser.signIn("analyst", PASSWORD);
        openTheCrocusCaseFromTheList();

        WebElement title = browser.find(By.tagName("h1"));
        assertThat(title.getSize().getWidth()).isLessThanOrEqualTo(390);
        Number scrollWidth = (Number) ((org.openqa.selenium.JavascriptExecutor) browser.driver)
                .executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(390);
        browser.screenshot("threat-phone");
    }

    @Test
    void everyControlCanBeReachedWithTheKeyboard() {
        browser.signIn("analyst", PASSWORD);
        openTheCrocusCaseFromTheList();
        browser.find(By.id("draft-warning")).click();
        browser.find(By.id("recipientId"));

        // Tab from the top of the page until the text area has focus.
        WebElement body = browser.driver.findElement(By.tagName("body"));
        body.click();
        String focused = "";
        for (int i = 0; i < 40 && !"releasableText".equals(focused); i++) {
            browser.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
            focused = browser.driver.switchTo().activeElement().getAttribute("id");
        }
        assertThat(focused).isEqualTo("releasableText");
        List<WebElement> inputs = browser.driver.findElements(
                By.cssSelector("main input:not([type=hidden]), main select, main textarea"));
        assertThat(inputs).as("the composer's controls").hasSizeGreaterThan(3);
        for (WebElement input : inputs) {
            String id = input.getAttribute("id");
            assertThat(browser.driver.findElements(By.cssSelector("label[for='" + id + "']"))).as("label for " + id)
                    .isNotEmpty();
        }
    }

    private static String path(String url) {
        return url.replaceFirst("^https?://[^/]+", "");
    }

    /** The list shows one page of many cases; the user searches for the Crocus case and opens it. */
    private void openTheCrocusCaseFromTheList() {
        browser.find(By.linkText("Threats")).click();
        browser.find(By.id("q")).sendKeys("plot against large gatherings Moscow");
        browser.find(By.id("q")).submit();
        browser.waitFor(ExpectedConditions.urlContains("q="));
        browser.waitFor(ExpectedConditions.textMatches(By.id("list-count"),
                java.util.regex.Pattern.compile("^1–[\\d,]+ of [\\d,]+$")));
        // The list is swapped in place: click the link of the list now shown, not of the one it replaced.
        browser.waitFor(driver -> {
            try {
                driver.findElement(By.linkText("Islamic State plot against large gatherings in Moscow")).click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
                return false;
            }
        });
    }
}
