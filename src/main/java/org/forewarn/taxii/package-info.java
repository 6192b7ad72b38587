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
 * <b>Still to be wired by the rest of the system</b> (nothing here calls another module's
 * write side):
 * <ul>
 * <li>create a recipient's collections when it gets a TAXII channel:
 *     {@link org.forewarn.taxii.TaxiiCollections#ensureCollectionsFor};</li>
 * <li>publish a delivered warning (its STIX 2.1 report and the objects it refers to) into the
 *     recipient's warnings collection: {@link org.forewarn.taxii.TaxiiCollections#publishToRecipient};</li>
 * <li>listen for {@link org.forewarn.taxii.TaxiiObjectsRetrieved} (the partner read those objects for
 *     the first time) to mark the warning DELIVERED and issue its receipt;</li>
 * <li>listen for {@link org.forewarn.taxii.ReportingReceived} to put the partner's reports into the
 *     intake queue ({@link org.forewarn.taxii.TaxiiCollections#objects} returns them).</li>
 * </ul>
 */
@org.springframework.modulith.ApplicationModule(displayName = "TAXII")
package org.forewarn.taxii;
