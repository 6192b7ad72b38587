package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.forewarn.testing.TestUsers.ANALYST;
import static org.forewarn.testing.TestUsers.LIAISON;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.function.Supplier;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.forewarn.shared.ScenarioClock;
import org.forewarn.testing.BrowserTest;
import org.forewarn.testing.Cases;
import org.forewarn.testing.Fixtures;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/** The after-action report in Chromium: reached from the case, read, added to, and downloaded as PDF. */
class ReviewConsoleTests extends BrowserTest {

    @Autowired
    ScenarioClock clock;

    @Test
    void anAnalystOpensTheReportRecordsAFindingAndDownloadsThePdf() throws IOException {
        Cases cases = new Cases(api);
        String threat = at("2024-03-05T16:30:00+03:00", cases::threatWithDuty);
        String recipient = cases.recipient("ADVERSARY", Fixtures.liaisonChannel());
        String warning = at("2024-03-06T12:00:00+03:00", () -> cases.approvedDraft(threat, recipient, "LIAISON"));
        at("2024-03-06T15:00:00+03:00", () -> api.as(LIAISON).post("/api/v1/warnings/" + warning + "/send",
                Map.of()).expect(200));
        at("2024-03-26T12:30:00+03:00", () -> api.as(LIAISON).post("/api/v1/warnings/" + warning + "/responses",
                Map.of("kind", "DISPUTE", "receivedAt", "2024-03-26T12:00:00+03:00",
                        "text", "The information was too general.", "source", "Head of the SVR")).expect(200));

        browser.signIn(ANALYST, TestUsers.PASSWORD);
        browser.open("/console/threats/" + threat);
        browser.find(By.id("review-link")).click();
        browser.waitFor(ExpectedConditions.urlContains("/review"));

        assertThat(browser.find(By.cssSelector(".classification-banner")).getText()).isEqualTo("SECRET // TLP:RED");
        String known = browser.find(By.id("known-vs-shared")).getText();
        assertThat(known).contains("Crocus City Hall", "in the coming weeks");
        assertThat(browser.find(By.cssSelector("#known-vs-shared tr[data-facet='target'] td:nth-child(5)")).getText())
                .isEqualTo("matches");
        assertThat(browser.find(By.id("receipts")).getText()).contains("verified",
                "on 6 Mar 2024 15:00 MSK named Crocus City Hall", "signature valid");
        assertThat(browser.find(By.id("responses")).getText()).contains("The information was too general.",
                "Against the record: The signed receipt proves");
        assertThat(browser.find(By.cssSelector("#compliance tr[data-rule='adversary-approval']")).getText())
                .contains("passed");

        browser.find(By.id("finding-title")).sendKeys("Dispute answered only weeks later");
        new Select(browser.find(By.id("finding-kind"))).selectByValue("AREA_FOR_IMPROVEMENT");
        browser.find(By.id("finding-observation")).sendKeys("Nobody answered the SVR's remark in public.");
        browser.find(By.id("finding-rootCause")).sendKeys("No statement of record was prepared.");
        browser.find(By.id("record-finding")).click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("analyst-findings"),
                "Dispute answered only weeks later"));
        browser.fullPageScreenshot("after-action-report");

        browser.find(By.id("download-pdf")).click();
        Path pdf = browser.awaitDownload(".pdf");
        browser.waitFor(d -> !Files.exists(pdf.resolveSibling(pdf.getFileName() + ".crdownload")));
        String text;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
        assertThat(pdf.getFileName().toString()).startsWith("after-action-report-plot-against-a-concert-venue-");
        assertThat(text).startsWith("SECRET // TLP:RED");
        assertThat(text).contains("named Crocus City Hall", "Dispute answered only weeks later",
                "No statement of record was prepared.");
    }

    private <T> T at(String time, Supplier<T> step) {
        return clock.at(OffsetDateTime.parse(time).toInstant(), step);
    }
}
