package org.forewarn.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.forewarn.testing.Browser;
import org.forewarn.testing.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import tools.jackson.databind.JsonNode;

/**
 * The console's sign-in through the identity provider, in Chromium: the provider's own login page,
 * and back. The provider (127.0.0.1) and Forewarn (localhost) are different sites here, as a hosted
 * provider would be, so the return trip depends on the session cookie being sent on it.
 */
class SingleSignOnConsoleTests extends SingleSignOnTest {

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        provider.allowConsoleAt("http://localhost:" + port);
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void signingInThroughTheProviderOpensTheConsoleAsThatPerson() {
        browser.open("/login");
        browser.find(By.id("sign-in-sso")).click();

        signInAtProvider(ANALYST.username(), ANALYST.password());

        browser.waitFor(ExpectedConditions.urlContains("localhost:" + port + "/console"));
        assertThat(browser.find(By.cssSelector(".user")).getText()).isEqualTo("sso-analyst");
        Cookie session = browser.driver.manage().getCookieNamed("JSESSIONID");
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.isHttpOnly()).isTrue();
        // The session holds: another page, as the same person, with the access the claims gave.
        browser.open("/console/threats");
        assertThat(browser.find(By.cssSelector(".user")).getText()).isEqualTo("sso-analyst");
        assertThat(browser.text()).doesNotContain("Sign in with");

        JsonNode audit = api.as(TestUsers.AUDITOR).all("/api/v1/audit");
        assertThat(audit.toString()).contains("\"SignedIn\"").contains("\"console\"").contains(provider.issuer());
    }

    @Test
    void someoneTheProviderGivesNoForewarnRoleIsToldWhyAndNotSignedIn() {
        browser.open("/login");
        browser.find(By.id("sign-in-sso")).click();

        signInAtProvider(NO_ROLE.username(), NO_ROLE.password());

        browser.waitFor(ExpectedConditions.urlContains("/login?sso-error"));
        assertThat(browser.find(By.id("sso-error")).getText()).contains(PROVIDER_NAME)
                .contains("no Forewarn role");
        browser.open("/console");
        assertThat(browser.driver.getCurrentUrl()).contains("/login");
    }

    @Test
    void localAccountsStillSignInWithTheirPasswordBesideIt() {
        browser.open("/login");
        assertThat(browser.find(By.id("sign-in-sso")).getText()).contains(PROVIDER_NAME);

        browser.signIn(TestUsers.ANALYST, TestUsers.PASSWORD);

        assertThat(browser.find(By.cssSelector(".user")).getText()).isEqualTo(TestUsers.ANALYST);
    }

    private void signInAtProvider(String username, String password) {
        browser.waitFor(ExpectedConditions.urlContains(provider.issuer() + "/login"));
        browser.driver.findElement(By.id("username")).sendKeys(username);
        browser.driver.findElement(By.id("password")).sendKeys(password);
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
    }
}
