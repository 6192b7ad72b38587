package org.forewarn.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who this installation is, as the people it warns read it: the From name of warnings and the issuer
 * named in receipts ({@code forewarn.organization}).
 */
@ConfigurationProperties("forewarn")
public record Organization(@DefaultValue("Forewarn duty-to-warn office") String organization) {
}
