package org.forewarn.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The console's recipient, alert, enrollment and account lists page like the threat list: searching,
 * filtering and paging replace the list alone (htmx) and say where the page sits.
 */
class DirectoryListConsoleTests extends BrowserTest {


    @Test
    void theRecipientListSearchesFiltersAndPagesWithoutReloadingThePage() {
        String marker = "Dir" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 53; i++) {
            Map<String, Object> r = Fixtures.recipient(i < 4 ? "NEUTRAL" : "ALLY", Fixtures.liaisonChannel());
            r.put("name", "Service " + marker + " " + i);
            api.as(TestUsers.ANALYST).post("/api/v1/recipients", r).expect(201);
        }
        browser.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);
        browser.open("/console/recipients");
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        js.executeScript("window.__marker = 1");

        browser.find(By.id("q")).sendKeys(marker.toLowerCase());
        browser.waitFor(ExpectedConditions.urlContains("q=" + marker.toLowerCase()));
        count("1–50 of 53");
        assertThat(browser.driver.findElements(By.id("previous-page"))).isEmpty();

        browser.find(By.id("next-page")).click();
        count("51–53 of 53");
        assertThat(browser.driver.findElements(By.cssSelector("#list tbody tr"))).hasSize(3);
        assertThat(browser.text()).contains("Service " + marker + " 0").doesNotContain("Service " + marker + " 52");
        browser.waitFor(ExpectedConditions.urlContains("cursor="));

        browser.find(By.id("previous-page")).click();
        count("1–50 of 53");
        assertThat(browser.text()).contains("Service " + marker + " 52");

        new Select(browser.find(By.id("filter-relationship"))).selectByValue("NEUTRAL");
        browser.waitFor(ExpectedConditions.urlContains("relationship=NEUTRAL"));
        count("1–4 of 4");
        assertThat(js.executeScript("return window.__marker")).as("no full reload").isEqualTo(1L);
    }

    @Test
    void theAlertEnrollmentAndAccountListsAnswerAnHtmxRequestWithTheListAlone() throws Exception {
        String marker = "Dir" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Map<String, Object> alert = Fixtures.embassyAlert();
        alert.put("headline", "Alert " + marker);
        api.as(TestUsers.CONSULAR).post("/api/v1/alerts", alert).expect(201);
        api.as(TestUsers.CONSULAR).post("/api/v1/enrollments", Map.of("name", "Person " + marker, "language", "en",
                "channels", java.util.List.of(Map.of("type", "EMAIL", "address", "p@example.org")),
                "locations", java.util.List.of(Map.of("label", "home", "lat", -60.5, "lon", 100.5)))).expect(201);

        for (String[] page : new String[][] {{TestUsers.CONSULAR, "/console/alerts?q=" + marker, "Alert " + marker},
                {TestUsers.CONSULAR, "/console/enrollments?q=" + marker, "Person " + marker},
                {TestUsers.ADMIN, "/console/users?q=" + TestUsers.ADMIN_2, TestUsers.ADMIN_2}}) {
            MockHttpSession session = signIn(page[0]);
            String list = mvc.perform(get(page[1]).session(session).header("HX-Request", "true")).andReturn()
                    .getResponse().getContentAsString();
            assertThat(list).as(page[1]).contains("id=\"list\"", page[2], "1–1 of 1").doesNotContain("<html", "<nav");
            String whole = mvc.perform(get(page[1]).session(session)).andReturn().getResponse().getContentAsString();
            assertThat(whole).as(page[1]).contains("<html", "id=\"list\"", "1–1 of 1");
        }
    }

    private MockHttpSession signIn(String name) throws Exception {
        MvcResult result = mvc.perform(formLogin("/login").user(name).password(TestUsers.PASSWORD)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).endsWith("/console");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private void count(String text) {
        browser.waitFor(ExpectedConditions.textMatches(By.id("list-count"), Pattern.compile("^" + text + "$")));
    }
}
