package org.forewarn.testing;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** A console page that fails the way a bug would, so that tests see what a person then sees. Test runs only. */
@Controller
class FailingConsolePage {

    static final String PATH = "/console/testing/failure";

    @GetMapping(PATH)
    @PreAuthorize("isAuthenticated()")
    String fail() {
        throw new IllegalStateException("ERROR: column \"nightjar_source\" of relation \"threats\" does not exist");
    }
}
