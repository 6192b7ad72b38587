package org.forewarn.alert;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Messages published by a version that kept no record (before migration V6) get one once, at the
 * first start of this version and before the server takes requests: the CAP sender, links and
 * document as the settings in force then make them. From then on they never change, whatever the
 * settings. Another node starting at the same moment captures the same; one of the two writes wins.
 */
@Component
class MissingRecords implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(MissingRecords.class);

    private final PublicAlerts alerts;
    private final Alerts service;
    private final CapDocuments documents;

    MissingRecords(PublicAlerts alerts, Alerts service, CapDocuments documents) {
        this.alerts = alerts;
        this.service = service;
        this.documents = documents;
    }

    @Override
    public void afterSingletonsInstantiated() {
        int captured = capture();
        if (captured > 0) {
            log.info("Captured the published record of {} public alert message(s) published before records were kept",
                    captured);
        }
    }

    /** @return how many messages got a record */
    int capture() {
        int captured = 0;
        // Oldest first: a message's references name the earlier messages with their own captured sender.
        for (PublicAlert message : alerts.findPublishedWithoutRecord()) {
            if (message.captureMissingRecord(documents, service.earlier(message))) {
                try {
                    alerts.save(message);
                    captured++;
                } catch (OptimisticLockingFailureException e) {
                    // another node captured it first
                }
            }
        }
        return captured;
    }
}
