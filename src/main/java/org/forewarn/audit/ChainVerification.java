package org.forewarn.audit;

/**
 * The result of walking the chain.
 *
 * @param valid                 whether every link checks out and nothing is missing at the end
 * @param entries               how many entries were read
 * @param firstInvalidSequence  the first sequence number that does not check out (or is missing)
 * @param reason                what is wrong with it, for a person
 */
public record ChainVerification(boolean valid, long entries, Long firstInvalidSequence, String reason) {
}
