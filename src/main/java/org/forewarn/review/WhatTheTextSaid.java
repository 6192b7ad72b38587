package org.forewarn.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.forewarn.warning.Facet;
import org.forewarn.warning.KnownVsShared;

/**
 * What a warning's text said, in words: "named Crocus City Hall and a synagogue in Moscow, the window
 * (“in the coming weeks”) …", targets and time first, as someone who must act reads it. The report
 * also says what the text left out; a releasable statement says only what it named.
 */
final class WhatTheTextSaid {

    private WhatTheTextSaid() {
    }

    /** Who must act needs the target and the time first. */
    private static final List<Facet> SAID_ORDER = List.of(Facet.TARGET, Facet.TIME, Facet.PLACE, Facet.ACTOR,
            Facet.METHOD);

    /** "named Crocus City Hall and a synagogue in Moscow, the actor (Islamic State) and the window (“in the coming weeks”)". */
    static String said(KnownVsShared k) {
        return said(k, true);
    }

    /** What the text named, without what it left out: for a releasable statement, which must not say what was known. */
    static String named(KnownVsShared k) {
        return said(k, false);
    }

    private static String said(KnownVsShared k, boolean andWhatNot) {
        List<String> said = new ArrayList<>();
        List<String> not = new ArrayList<>();
        List<KnownVsShared.Row> rows = k.rows().stream().sorted(Comparator.comparingInt(r -> SAID_ORDER.indexOf(
                r.facet()))).toList();
        for (KnownVsShared.Row row : rows) {
            if (!row.inText()) {
                if (andWhatNot && !"not known".equals(row.known())) {
                    not.add("the " + row.facet().field());
                }
                continue;
            }
            said.add(switch (row.facet()) {
                case TARGET -> ReviewWords.list(row.foundInText());
                case ACTOR -> "the actor (" + ReviewWords.list(row.foundInText()) + ")";
                case PLACE -> "the place (" + ReviewWords.list(row.foundInText()) + ")";
                case TIME -> "the window (" + ReviewWords.quoted(row.foundInText()) + ")";
                case METHOD -> "the method (" + ReviewWords.quoted(row.foundInText()) + ")";
            });
        }
        String named = said.isEmpty() ? "named none of the target, place, time, actor or method"
                : "named " + ReviewWords.list(said);
        return named + (!not.isEmpty() ? ", but not " + ReviewWords.list(not) : "");
    }
}
