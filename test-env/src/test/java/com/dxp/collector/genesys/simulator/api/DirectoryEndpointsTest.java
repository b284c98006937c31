package com.dxp.collector.genesys.simulator.api;

import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.FULL_CLIENT;
import static com.dxp.collector.genesys.simulator.api.SimulatorFixture.FULL_SECRET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.dxp.collector.genesys.simulator.GenesysSchemaOracle;
import com.mypurecloud.sdk.v2.model.ErrorBody;
import com.mypurecloud.sdk.v2.model.FlowEntityListing;
import com.mypurecloud.sdk.v2.model.GroupEntityListing;
import com.mypurecloud.sdk.v2.model.JsonCursorSearchResponse;
import com.mypurecloud.sdk.v2.model.SegmentListing;
import com.mypurecloud.sdk.v2.model.SkillEntityListing;
import com.mypurecloud.sdk.v2.model.TeamEntityListing;
import com.mypurecloud.sdk.v2.model.User;
import com.mypurecloud.sdk.v2.model.UserEntityListing;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DirectoryEndpointsTest extends RunningSimulatorTest.AsFullClient {

    @Test
    void shouldPageActiveUsersInTheStandardEnvelope() {
        UserEntityListing last = users("/api/v2/users?pageSize=10&pageNumber=2");

        assertEquals(8, last.getEntities().size());
        assertEquals(18L, last.getTotal());
        assertEquals(2, last.getPageCount());
        assertEquals("/api/v2/users?pageSize=10&pageNumber=1", last.getFirstUri());
        assertEquals("/api/v2/users?pageSize=10&pageNumber=1", last.getPreviousUri());
        assertEquals("/api/v2/users?pageSize=10&pageNumber=2", last.getLastUri());
        assertNull(last.getNextUri());
        assertEquals(User.StateEnum.ACTIVE, last.getEntities().get(0).getState());
    }

    @Test
    void shouldFilterUsersByState() {
        UserEntityListing any = users("/api/v2/users?state=any");
        UserEntityListing inactive = users("/api/v2/users?state=inactive&pageSize=10");

        assertEquals(23L, any.getTotal());
        assertEquals(10, any.getEntities().size(), "default page size 25, capped by the maximum");
        assertEquals("/api/v2/users?pageSize=10&pageNumber=1&state=any", any.getSelfUri());
        assertEquals(List.of("u4", "u8", "u12", "u16", "u20"),
                inactive.getEntities().stream().map(User::getId).toList());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"page too large, pageSize=11", "page zero, pageNumber=0", "not a number, pageSize=ten",
        "bad state, state=gone"})
    void shouldRefuseInvalidListingParameters(String name, String query) {
        HttpResponse<String> response = client.get("/api/v2/users?" + query, token);

        assertEquals(400, response.statusCode());
        GenesysSchemaOracle.read(response.body(), ErrorBody.class);
    }

    @Test
    void shouldListGroupsAndTheirMembers() {
        GroupEntityListing groups = GenesysSchemaOracle.read(client.get("/api/v2/groups", token).body(),
                GroupEntityListing.class);
        UserEntityListing members = GenesysSchemaOracle.read(client.get("/api/v2/groups/g1/members", token).body(),
                UserEntityListing.class);

        assertEquals(2L, groups.getTotal());
        assertEquals(List.of("u1", "u2", "u3"), members.getEntities().stream().map(User::getId).toList());
        assertEquals("/api/v2/groups/g1/members?pageSize=10&pageNumber=1", members.getSelfUri());
        assertEquals(0L, users("/api/v2/groups/g2/members").getTotal());
        assertEquals(404, client.get("/api/v2/groups/nope/members", token).statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "architect:flow:view, GET, /api/v2/flows, 200, com.mypurecloud.sdk.v2.model.FlowEntityListing",
        "groups:team:view, GET, /api/v2/teams, 200, com.mypurecloud.sdk.v2.model.TeamEntityListing",
        "routing:skill:view, GET, /api/v2/routing/skills, 200, com.mypurecloud.sdk.v2.model.SkillEntityListing",
        "journey:segment:view, GET, /api/v2/journey/segments, 200, com.mypurecloud.sdk.v2.model.SegmentListing",
        "journey:session:view, GET, /api/v2/journey/sessions/s-1, 404, com.mypurecloud.sdk.v2.model.ErrorBody",
        "conversation:participant:attributesview, POST, /api/v2/conversations/participants/attributes/search, 200,"
                + " com.mypurecloud.sdk.v2.model.JsonCursorSearchResponse"})
    void shouldGateEachOptionalEndpointByItsPermission(String permission, String method, String path, int status,
                                                       Class<?> model) {
        String required = client.token(SimulatorFixture.REQUIRED_CLIENT, SimulatorFixture.REQUIRED_SECRET);

        HttpResponse<String> granted = call(method, path, token);
        HttpResponse<String> refused = call(method, path, required);

        assertEquals(status, granted.statusCode(), granted.body());
        GenesysSchemaOracle.read(granted.body(), model);
        assertEquals(403, refused.statusCode());
        ErrorBody error = GenesysSchemaOracle.read(refused.body(), ErrorBody.class);
        assertEquals("missing.any.permissions", error.getCode());
        assertEquals("Unable to perform the requested action. You must have at least one of the following "
                + "permissions assigned: [" + permission + "]", error.getMessage());
    }

    @Test
    void shouldAnswerEmptyOptionalListings() {
        assertEquals(0L, GenesysSchemaOracle.read(client.get("/api/v2/flows", token).body(),
                FlowEntityListing.class).getTotal());
        assertEquals(List.of(), GenesysSchemaOracle.read(client.get("/api/v2/teams", token).body(),
                TeamEntityListing.class).getEntities());
        assertEquals(List.of(), GenesysSchemaOracle.read(client.get("/api/v2/routing/skills", token).body(),
                SkillEntityListing.class).getEntities());
        assertEquals(0L, GenesysSchemaOracle.read(client.get("/api/v2/journey/segments", token).body(),
                SegmentListing.class).getTotal());
        assertEquals(0, GenesysSchemaOracle.read(client.post("/api/v2/conversations/participants/attributes/search",
                token, "{\"query\":[]}").body(), JsonCursorSearchResponse.class).getResults().size());
    }

    private HttpResponse<String> call(String method, String path, String bearer) {
        return "POST".equals(method) ? client.post(path, bearer, "{}") : client.get(path, bearer);
    }

    private UserEntityListing users(String path) {
        HttpResponse<String> response = client.get(path, token);
        assertEquals(200, response.statusCode(), response.body());
        return GenesysSchemaOracle.read(response.body(), UserEntityListing.class);
    }
}
