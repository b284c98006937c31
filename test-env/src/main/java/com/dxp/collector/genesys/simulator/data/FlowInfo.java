package com.dxp.collector.genesys.simulator.data;

/**
 * The Architect flow a flow session ran ({@code AnalyticsFlow}).
 *
 * @param flowId             flow id
 * @param flowName           flow name
 * @param flowType           {@code INBOUNDCALL}, {@code INBOUNDSHORTMESSAGE}, ... (upper case, as the API has it)
 * @param flowVersion        published version
 * @param entryReason        the address the flow was entered through
 * @param exitReason         {@code TRANSFER} or {@code DISCONNECT}
 * @param transferTargetName the queue transferred to, or null
 */
record FlowInfo(String flowId, String flowName, String flowType, String flowVersion, String entryReason,
                String exitReason, String transferTargetName) {
}
