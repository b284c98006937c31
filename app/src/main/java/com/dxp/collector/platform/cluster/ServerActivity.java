package com.dxp.collector.platform.cluster;

/**
 * What a feature runs on this server right now (its receive loops, its runs), written with every heartbeat so an
 * operator sees on which server work happens. A CDI bean implementing it is found by the heartbeat.
 */
public interface ServerActivity {

    /** The name the activity is listed under, such as {@code receiveLoops}. */
    String name();

    /** What runs now: a value JSON-B can write (a number, a list, a record). */
    Object now();
}
