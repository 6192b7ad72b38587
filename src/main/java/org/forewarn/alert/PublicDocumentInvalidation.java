package org.forewarn.alert;

import org.forewarn.shared.database.DatabaseNotifications;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Empties the {@link PublicDocumentCache} of every node when a message goes public on any node:
 * the publishing transaction sends a PostgreSQL NOTIFY (delivered only if it commits), and each
 * node's listener empties its cache on it. The publishing node also empties its own cache right
 * after its commit (the cache's own listener), without waiting for the notification to come back.
 * If a node's listening connection was down, it empties its cache on reconnecting, since it may
 * have missed a notification; the cache's {@code refresh} bound stays as the last safety net.
 */
@Component
class PublicDocumentInvalidation {

    static final String CHANNEL = "forewarn_public_documents";

    private final DatabaseNotifications notifications;

    PublicDocumentInvalidation(DatabaseNotifications notifications, PublicDocumentCache cache) {
        this.notifications = notifications;
        notifications.subscribe(CHANNEL, new DatabaseNotifications.Subscriber() {
            @Override
            public void received(String alertId) {
                cache.invalidateAll();
            }

            @Override
            public void mayHaveMissed() {
                cache.invalidateAll();
            }
        });
    }

    /** In the publishing transaction, so the other nodes hear of it only once it is committed. */
    @EventListener
    void on(AlertPublished published) {
        notifications.send(CHANNEL, published.alertId().toString());
    }
}
