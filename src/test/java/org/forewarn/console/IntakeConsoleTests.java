package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ADMIN;
import static org.forewarn.testing.TestUsers.ANALYST;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.forewarn.testing.BrowserTest;
import org.forewarn.testing.SpecTaxiiServer;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** A partner's report in Chromium: from Due now to the prefilled intake form to a case; another dismissed. */
class IntakeConsoleTests extends BrowserTest {

    private final SpecTaxiiServer partner = new SpecTaxiiServer("forewarn", "partner-pass");

    @AfterEach
    void stop() {
        partner.close();
    }

    private static ObjectNode report(String name) {
        ObjectNode r = JsonMapper.builder().build().createObjectNode();
        r.put("type", "report");
        r.put("spec_version", "2.1");
        r.put("id", "report--" + UUID.randomUUID());
        r.put("created", "2024-03-07T09:00:00.000Z");
        r.put("modified", "2024-03-07T09:00:00.000Z");
        r.put("name", name);
        r.put("description", "Gunmen plan to attack a crowded concert hall within weeks.");
        r.put("published", "2024-03-07T09:00:00.000Z");
        r.put("confidence", 50);
        r.putArray("object_refs").add("identity--" + UUID.randomUUID());
        return r;
    }

    @Test
    void anAnalystTurnsAPartnersReportIntoACaseFromThePrefilledFormAndDismissesAnother() {
        String title = "Partner: plot against a concert hall " + UUID.randomUUID().toString().substring(0, 6);
        String other = "Partner: rumour " + UUID.randomUUID().toString().substring(0, 6);
        partner.preload(List.of(report(title), report(other)));
        String feed = api.as(ADMIN).post("/api/v1/intake/feeds", Map.of("name", "Allied service",
                "collectionUrl", partner.collection().toString(), "username", "forewarn", "password", "partner-pass",
                "sourceReliability", "B")).expect(201).id();
        api.as(ANALYST).post("/api/v1/intake/feeds/" + feed + "/poll", Map.of()).expect(200);

        browser.signIn(ANALYST, TestUsers.PASSWORD);
        // Due now lists each waiting report (oldest first: the shared test database holds decades of cases,
        // so it is found through the API) and links it to its place in the intake queue.
        String id = null;
        for (JsonNode item : api.as(ANALYST).all("/api/v1/due")) {
            if (item.get("kind").asString().equals("INCOMING_REPORTING") && item.get("summary").asString().contains(title)) {
                id = item.get("subjectId").asString();
            }
        }
        assertThat(id).as("in Due now").isNotNull();
        browser.open("/console/intake#reporting-" + id);
        assertThat(browser.text()).contains("Incoming reporting", title, "graded B3");
        browser.find(By.xpath("//article[h2='" + title + "']//a[contains(@id,'accept-')]")).click();

        assertThat(browser.find(By.id("title")).getAttribute("value")).isEqualTo(title);
        assertThat(browser.find(By.id("summary")).getAttribute("value")).contains("concert hall", "Allied service");
        assertThat(new Select(browser.find(By.id("sourceReliability"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("B");
        browser.find(By.cssSelector("input[value='INTENTIONAL_KILLING']")).click();
        browser.find(By.id("targets0.name")).sendKeys("Concert hall");
        browser.find(By.id("targets0.place")).sendKeys("City centre");
        ((JavascriptExecutor) browser.driver).executeScript(
                "document.getElementById('targets0.lat').value='55.82';document.getElementById('targets0.lon').value='37.38';");
        browser.find(By.id("report")).click();

        assertThat(browser.find(By.tagName("h1")).getText()).isEqualTo(title);
        assertThat(browser.text()).contains("Graded B3");

        browser.open("/console/intake");
        browser.find(By.xpath("//article[h2='" + other + "']//input[@name='reason']")).sendKeys("Single-source rumour.");
        browser.find(By.xpath("//article[h2='" + other + "']//button[contains(@id,'dismiss-')]")).click();
        assertThat(browser.find(By.cssSelector(".flash.ok")).getText()).contains("Dismissed");
        assertThat(browser.driver.findElements(By.xpath("//article[h2='" + other + "']"))).isEmpty();
        assertThat(browser.find(By.xpath("//li[contains(., '" + other + "')]")).getText())
                .contains("dismissed: Single-source rumour.");
        assertThat(browser.find(By.xpath("//li[contains(., '" + title + "')]")).getText()).contains("became a threat");
    }
}
