/**
 * What several modules truly share: the domain event marker the audit log listens for, the
 * domain exceptions the web layer turns into problem details, the due-item contract, the
 * injected clock and the embedded database, and how the nodes sharing one database coordinate:
 * once-per-cluster jobs, LISTEN/NOTIFY and node names (in shared.database).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.forewarn.shared;
