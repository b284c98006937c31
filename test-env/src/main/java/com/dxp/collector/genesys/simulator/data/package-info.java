/**
 * The data of simulated orgs, generated from each org's seed and never stored: a directory of users, groups,
 * queues and wrap-up codes, reference data behind the optional permissions (work teams, routing skills, Architect
 * flows, journey segments and sessions) that conversations link to, and a conversation catalog that cuts time into one-minute slots, draws how many
 * conversations start in each slot from a weekly traffic curve, and rebuilds any conversation from its id alone.
 * The same {@link com.dxp.collector.genesys.simulator.OrgSpec} always yields byte-identical JSON, in any JVM.
 * Entry point: {@link com.dxp.collector.genesys.simulator.data.OrgDataFactory}.
 */
package com.dxp.collector.genesys.simulator.data;
