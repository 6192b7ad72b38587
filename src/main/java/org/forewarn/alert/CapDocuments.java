package org.forewarn.alert;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * A message's CAP document as it goes out: rendered ({@link CapDocument}) and, when one of its
 * profiles asks for it (IPAWS), signed ({@link CapSigner}). The one way a CAP document is made.
 */
@Component
class CapDocuments {

    private final AlertingProperties settings;
    private final CapSigner signer;

    CapDocuments(AlertingProperties settings, CapSigner signer) {
        this.settings = settings;
        this.signer = signer;
    }

    AlertingProperties settings() {
        return settings;
    }

    /** @param earlier the messages this one follows, oldest first */
    String render(PublicAlert message, List<PublicAlert> earlier) {
        String document = CapDocument.render(message, earlier, settings);
        boolean signed = message.profiles().stream().anyMatch(p -> p.rules().signed());
        return signed ? signer.sign(document) : document;
    }
}
