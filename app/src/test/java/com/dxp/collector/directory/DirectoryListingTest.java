package com.dxp.collector.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DirectoryListingTest {

    static final String ERIKA = """
            { "id": "5e400000-aaaa-4bbb-8ccc-dddddddddddd", "name": "Erika \\"Eri\\" Beispiel-Größe",
              "division": { "id": "d1d1d1d1-0000-4000-8000-000000000001", "name": "Home",
                "selfUri": "/api/v2/authorization/divisions/d1d1d1d1-0000-4000-8000-000000000001" },
              "chat": { "jabberId": "5f0000@example.orgspan.com" },
              "department": "Kundenservice \\u00c4 [Nord] {1}",
              "email": "erika@example.com",
              "primaryContactInfo": [ { "address": "erika@example.com", "mediaType": "EMAIL", "type": "PRIMARY" },
                { "address": "+4930123456", "mediaType": "PHONE", "type": "PRIMARY" } ],
              "addresses": [],
              "state": "active", "title": "Agent \\\\ Team-Lead", "username": "erika@example.com",
              "manager": { "id": "5e4000ff-aaaa-4bbb-8ccc-dddddddddddd",
                "selfUri": "/api/v2/users/5e4000ff-aaaa-4bbb-8ccc-dddddddddddd" },
              "images": [ { "resolution": "x96", "imageUri": "https://example.com/a.png?x=1&y=\\"2\\"" } ],
              "version": 7, "acdAutoAnswer": false,
              "selfUri": "/api/v2/users/5e400000-aaaa-4bbb-8ccc-dddddddddddd" }""";

    static final String MAX = "{\"id\":\"5e400001-aaaa-4bbb-8ccc-eeeeeeeeeeee\",\"name\":\"Max Muster 😀\","
            + "\"division\":{\"id\":\"d1d1d1d1-0000-4000-8000-000000000001\",\"name\":\"Home\"},"
            + "\"email\":\"max@example.com\",\"state\":\"inactive\",\"username\":\"max@example.com\","
            + "\"version\":3,\"selfUri\":\"/api/v2/users/5e400001-aaaa-4bbb-8ccc-eeeeeeeeeeee\"}";

    static final String USERS_PAGE = "{\n  \"entities\": [\n    " + ERIKA + ",\n    " + MAX + "\n  ],\n"
            + "  \"pageSize\": 2, \"pageNumber\": 1, \"total\": 57, \"pageCount\": 29,\n"
            + "  \"firstUri\": \"/api/v2/users?pageSize=2&pageNumber=1&state=any\",\n"
            + "  \"nextUri\": \"/api/v2/users?pageSize=2&pageNumber=2&state=any\",\n"
            + "  \"lastUri\": \"/api/v2/users?pageSize=2&pageNumber=29&state=any\"\n}";

    @Test
    void shouldCutEachUserOfAPageExactlyAsGenesysSentIt() {
        DirectoryPage page = DirectoryListing.parse(USERS_PAGE);

        assertEquals(29, page.pageCount());
        assertEquals(List.of("5e400000-aaaa-4bbb-8ccc-dddddddddddd", "5e400001-aaaa-4bbb-8ccc-eeeeeeeeeeee"),
                page.entities().stream().map(DirectoryEntity::id).toList());
        assertEquals(ERIKA, page.entities().get(0).rawJson());
        assertEquals(MAX, page.entities().get(1).rawJson());
    }

    @Test
    void shouldFindTheEntitiesAfterOtherTopLevelArraysAndKeysThatLookLikeIt() {
        String group = "{\"id\":\"9a000000-0000-4000-8000-000000000001\",\"name\":\"Support \\\"entities\\\": [\","
                + "\"description\":\"entities\",\"memberCount\":2,\"state\":\"active\",\"type\":\"official\","
                + "\"visibility\":\"public\",\"owners\":[{\"id\":\"5e4000ff-aaaa-4bbb-8ccc-dddddddddddd\"}],"
                + "\"version\":4}";
        String body = "{\"pageSize\":25,\"note\":\"entities\",\"other\":[{\"entities\":[{\"id\":\"x\"}]}],"
                + "\"entities\":[" + group + "],\"pageNumber\":1,\"pageCount\":1}";

        DirectoryPage page = DirectoryListing.parse(body);

        assertEquals(List.of(new DirectoryEntity("9a000000-0000-4000-8000-000000000001", group)), page.entities());
        assertEquals(1, page.pageCount());
    }

    @Test
    void shouldReadAnEmptyPageWithOrWithoutItsEntitiesArray() {
        DirectoryPage empty = DirectoryListing.parse("{\"entities\":[],\"pageSize\":500,\"pageNumber\":1,"
                + "\"total\":0,\"pageCount\":0}");
        DirectoryPage omitted = DirectoryListing.parse("{\"pageSize\":500,\"pageNumber\":3,\"pageCount\":2}");

        assertTrue(empty.entities().isEmpty());
        assertEquals(0, empty.pageCount());
        assertTrue(omitted.entities().isEmpty());
        assertEquals(2, omitted.pageCount());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{\"entities\":[{\"id\":\"a\"}]}",
        "{\"entities\":[{\"id\":\"a\"}],\"pageCount\":\"2\"}",
        "{\"entities\":[{\"name\":\"no id\"}],\"pageCount\":1}", "{\"entities\":[\"a\"],\"pageCount\":1}",
        "{\"entities\":{\"id\":\"a\"},\"pageCount\":1}", "{\"entities\":[{\"id\":\"a\"}],\"pageCount\":1",
        "{\"entities\":[{\"id\":\"a\"}],\"pageCount\":-1}"})
    void shouldRefuseABodyThatIsNotAListing(String body) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DirectoryListing.parse(body));

        assertFalse(e.getMessage().contains("\"a\""), "the message holds no content of the body");
    }

    @Test
    void shouldRefuseAListingNestedDeeperThanTheParserReads() {
        String deep = "{\"entities\":[{\"id\":\"a\",\"x\":" + "[".repeat(1200) + "]".repeat(1200)
                + "}],\"pageCount\":1}";

        assertThrows(IllegalArgumentException.class, () -> DirectoryListing.parse(deep));
    }

    @Test
    void shouldTakeACursorListingsNextCursorFromItsNextUriDecoded() {
        DirectoryPage page = DirectoryListing.parseCursored("{\"entities\":[{\"id\":\"t1\",\"name\":\"Night\"}],"
                + "\"nextUri\":\"/api/v2/teams?pageSize=1&after=ab%2Bc%3D%3D&expand=entities.division\","
                + "\"selfUri\":\"/api/v2/teams?pageSize=1\"}");

        assertEquals(List.of("t1"), page.entities().stream().map(DirectoryEntity::id).toList());
        assertEquals("ab+c==", page.nextCursor());
        assertEquals(new PagePosition(2, "ab+c=="), page.after(PagePosition.FIRST).orElseThrow());
    }

    @Test
    void shouldEndACursorListingOnThePageWithoutNextUri() {
        DirectoryPage page = DirectoryListing.parseCursored("{\"entities\":[{\"id\":\"t1\"}],"
                + "\"selfUri\":\"/api/v2/teams\"}");

        assertTrue(page.after(new PagePosition(3, "x")).isEmpty());
    }

    @Test
    void shouldRefuseANextUriWithoutACursorRatherThanEndTheListingEarly() {
        assertThrows(IllegalArgumentException.class, () -> DirectoryListing.parseCursored(
                "{\"entities\":[{\"id\":\"t1\"}],\"nextUri\":\"/api/v2/teams?pageSize=1\"}"));
    }
}
