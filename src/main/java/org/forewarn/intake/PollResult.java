package org.forewarn.intake;

/**
 * What one poll of a feed found.
 *
 * @param reports   new reports queued
 * @param objects   objects read in all
 * @param error     why it stopped, if it failed (nothing was lost: the next poll reads on from the same place)
 */
public record PollResult(int reports, int objects, String error) {
}
