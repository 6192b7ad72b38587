package org.forewarn.alert;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How the public documents (feeds, CAP documents, pages) are cached, here and by the reverse
 * proxies, CDNs and browsers in front (their {@code Cache-Control}).
 *
 * @param maxAge               how long a cache in front may use a feed or page without asking again
 * @param capMaxAge            the same for a CAP document, which never changes once published
 * @param staleWhileRevalidate how long after that a cache may still answer with it while it fetches a fresh one
 * @param staleIfError         how long after that a cache may still answer with it when Forewarn cannot answer
 * @param refresh              the longest this process serves a feed or page from memory before rendering it
 *                             again: a safety net behind the database notification every node receives when a
 *                             message goes public, should one be lost
 * @param maxSize              memory for rendered documents; the least recently read go first
 */
@ConfigurationProperties("forewarn.alerting.public-documents")
record PublicDocumentProperties(@DefaultValue("10s") Duration maxAge, @DefaultValue("5m") Duration capMaxAge,
                                @DefaultValue("30s") Duration staleWhileRevalidate,
                                @DefaultValue("1d") Duration staleIfError, @DefaultValue("5s") Duration refresh,
                                @DefaultValue("32MB") DataSize maxSize) {
}
