/**
 * A TAXII 2.1 server (OASIS, 2021): discovery, one API root, collections, objects (with
 * {@code added_after}, {@code limit}/{@code next}, {@code match[id|type|version|spec_version]}),
 * single objects and their versions, manifests, POST of objects answered with a status resource.
 * Each recipient of the directory with a TAXII channel gets a read collection of the warnings
 * addressed to it and, optionally, a write collection for the reporting it sends us; a partner
 * service signs in with a PARTNER account tied to that recipient and sees only those.
 * <p>
 * Public: {@link org.forewarn.taxii.TaxiiCollections} (the facade), {@link org.forewarn.taxii.TaxiiCollection},
 * {@link org.forewarn.taxii.CollectionKind}, {@link org.forewarn.taxii.Published} and the events
 * {@link org.forewarn.taxii.TaxiiObjectsRetrieved} and {@link org.forewarn.taxii.ReportingReceived}.
 * <p>
 * Used by: the warning module ({@code TaxiiPublication}) to make a recipient's collections, publish
 * the warnings sent to it, and deliver them on {@link org.forewarn.taxii.TaxiiObjectsRetrieved}; the
 * intake module ({@code PostedReporting}) to queue what {@link org.forewarn.taxii.ReportingReceived} names;
 * the demo's partner service. Nothing here calls another module's write side.
 */
@org.springframework.modulith.ApplicationModule(displayName = "TAXII")
package org.forewarn.taxii;
