package com.dxp.collector.genesys.simulator.data;

/**
 * A user of a simulated org's directory, with the fields the {@code User} model of {@code GET /api/v2/users} shows.
 *
 * @param id         user id
 * @param name       display name
 * @param email      e-mail address, also the username
 * @param title      job title
 * @param department department
 * @param active     {@code state} active, otherwise inactive
 * @param agent      whether the user takes conversations
 * @param version    entity version
 * @param divisionId the user's division (the home division)
 */
record DirectoryUser(String id, String name, String email, String title, String department, boolean active,
                     boolean agent, int version, String divisionId) {
}
