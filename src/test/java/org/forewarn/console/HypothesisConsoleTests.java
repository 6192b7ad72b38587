package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;

import java.util.Map;

import org.forewarn.testing.BrowserTest;
import org.forewarn.testing.Cases;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;

/** The competing-hypotheses matrix in Chromium: a cell rated in place moves the scores and the lead. */
class HypothesisConsoleTests extends BrowserTest {

    @Test
    void anAnalystRatesACellAndSeesTheScoreAndTheLeadChange() {
        String threat = new Cases(api).threat();
        String base = "/api/v1/threats/" + threat;
        String h1 = api.as(ANALYST).post(base + "/hypotheses", Map.of("text", "The group acted alone.")).expect(201).id();
        String h2 = api.as(ANALYST).post(base + "/hypotheses", Map.of("text", "A state directed the group."))
                .expect(201).id();
        String e1 = api.as(ANALYST).post(base + "/evidence", Map.of("text", "The group claimed the attack.",
                "credibility", "HIGH", "relevance", "HIGH", "classification", "UNCLASSIFIED")).expect(201).id();
        api.as(ANALYST).post(base + "/ratings", Map.of("hypothesisId", h1, "evidenceId", e1, "rating", "C"))
                .expect(201);

        browser.signIn(ANALYST, TestUsers.PASSWORD);
        browser.open("/console/threats/" + threat);
        browser.find(By.id("hypotheses-link")).click();
        browser.waitFor(ExpectedConditions.urlContains("/hypotheses"));
        assertThat(browser.find(By.cssSelector("td[data-cell='H1-E1']")).getAttribute("class")).contains("r-C");
        String before = browser.find(By.cssSelector("td[data-score='H2']")).getText();

        // H2 (not the first menu in the table) rated very inconsistent with a highly credible, highly
        // relevant item: 2 × 1.414 × 1.414. Only this cell's choice is sent, and only this cell changes.
        new Select(browser.find(By.cssSelector("td[data-cell='H2-E1'] select"))).selectByValue("II");
        browser.waitFor(d -> {
            try {
                return d.findElement(By.cssSelector("td[data-cell='H2-E1']")).getAttribute("class").contains("r-II");
            } catch (StaleElementReferenceException swappedMeanwhile) {
                return false;
            }
        });

        String after = browser.find(By.cssSelector("td[data-score='H2']")).getText();
        assertThat(after).isNotEqualTo(before).startsWith("3.99");
        assertThat(browser.find(By.cssSelector("td[data-cell='H1-E1']")).getAttribute("class")).contains("r-C");
        assertThat(browser.find(By.cssSelector("td[data-score='H1']")).getText()).contains("leads");
        JsonNode matrix = api.as(ANALYST).get(base + "/matrix").expect(200).json();
        assertThat(matrix.get("leading").get(0).asString()).isEqualTo("H1");
        assertThat(matrix.get("cells").findValuesAsString("rating")).containsExactlyInAnyOrder("C", "II");

        // Switching the row off takes its weight out of the scores: the two hypotheses tie again.
        browser.find(By.id("exclude-E1")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("td[data-score='H2']"),
                "leads"));
        assertThat(browser.find(By.cssSelector("tr[data-evidence='E1']")).getAttribute("class")).contains("excluded");
        browser.fullPageScreenshot("competing-hypotheses");
    }

    @Test
    void anAnalystWeighsAClaimByItsGradeJudgesAHypothesisAndDownloadsTheStixBundle() throws Exception {
        String threat = new Cases(api).threat();
        String base = "/api/v1/threats/" + threat;
        api.as(ANALYST).post(base + "/hypotheses", Map.of("text", "The group acted alone.", "subject", "The group"))
                .expect(201);
        api.as(ANALYST).post(base + "/hypotheses", Map.of("text", "A state directed the group.", "subject",
                "A state")).expect(201);
        Map<String, Object> claim = new java.util.HashMap<>(org.forewarn.attribution.ClaimsTestData.attribution(
                "Ministry of a state", "A state"));
        claim.put("sourceReliability", "B");
        claim.put("informationCredibility", 4);
        api.as(ANALYST).post(base + "/claims", claim).expect(201);

        browser.signIn(ANALYST, TestUsers.PASSWORD);
        browser.open("/console/threats/" + threat + "/hypotheses");
        new Select(browser.find(By.id("evidence-claim"))).selectByIndex(1);
        new Select(browser.find(By.id("evidence-relevance"))).selectByValue("HIGH");
        browser.find(By.id("add-evidence")).click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("tr[data-evidence='E1']")));
        String row = browser.find(By.cssSelector("tr[data-evidence='E1']")).getText();
        assertThat(row).contains("Ministry of a state, attribution", "low / high", "(from B4)");

        browser.find(By.id("judgement-statement")).sendKeys("It is unlikely that a state directed the group.");
        new Select(browser.find(By.id("judgement-likelihood"))).selectByValue("UNLIKELY");
        new Select(browser.find(By.id("judgement-hypothesis"))).selectByIndex(2);
        browser.find(By.id("record-judgement")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("judgements"), "on H2"));

        browser.find(By.id("download-stix")).click();
        String bundle = java.nio.file.Files.readString(browser.awaitDownload(".stix.json"));
        assertThat(bundle).as("the download").startsWith("{");
        org.forewarn.testing.StixSchemas.assertValid(bundle);
        JsonNode objects = tools.jackson.databind.json.JsonMapper.builder().build().readTree(bundle).get("objects");
        assertThat(objects.findValuesAsString("name")).contains("Ministry of a state");
        assertThat(objects.findValuesAsString("opinion")).containsExactly("disagree");
        assertThat(objects.findValues("confidence").stream().map(JsonNode::asInt)).contains(30);
    }
}
