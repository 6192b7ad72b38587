/** The due queue: everything that needs a person's action now, from every module, oldest first. */
@org.springframework.modulith.ApplicationModule(displayName = "Due")
package org.forewarn.due;
