/**
 * What several modules truly share: the domain event marker the audit log listens for, the
 * domain exceptions the web layer turns into problem details, the due-item contract, the
 * injected clock and the embedded database, and how the nodes sharing one database coordinate
 * ({@link org.forewarn.shared.database.ClusterJobs once-per-cluster jobs},
 * {@link org.forewarn.shared.database.DatabaseNotifications LISTEN/NOTIFY},
 * {@link org.forewarn.shared.database.NodeName node names}).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.forewarn.shared;
