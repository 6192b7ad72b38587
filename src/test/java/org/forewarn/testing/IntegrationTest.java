package org.forewarn.testing;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the tests that run the whole application. All share one application context (and one
 * database), so each test makes its own data.
 */
public abstract class IntegrationTest extends ApplicationTest {

    @DynamicPropertySource
    static void sharedDatabase(DynamicPropertyRegistry registry) {
        environment(registry, env.dataDir);
    }
}
