package com.dxp.collector.genesys.simulator.api;

import jakarta.json.stream.JsonGenerator;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The cursor-paged envelope of the work-team listings ({@code TeamEntityListing}, {@code TeamMemberEntityListing}):
 * {@code entities}, {@code selfUri}, and {@code nextUri}/{@code previousUri} carrying {@code after}/{@code before}
 * cursors, without totals or page numbers. A cursor names the entity it continues from, so removing entities
 * between two calls skips nothing that remains; an unreadable cursor is the client's fault (400).
 */
final class CursorListings {

    private CursorListings() {
    }

    /**
     * Writes one page of {@code shown} (a subset of {@code order}, in its order).
     *
     * @param order      every id in listing order, removed or filtered ones too: where cursors point
     * @param extraQuery query parameters to repeat in the URIs ({@code &name=x}), or ""
     */
    static byte[] page(ApiCall call, int maxPageSize, List<String> order, List<String> shown, String path,
                       String extraQuery, BiConsumer<JsonGenerator, String> writer) {
        int pageSize = call.intParam("pageSize", Math.min(25, maxPageSize));
        if (pageSize < 1 || pageSize > maxPageSize) {
            throw ApiException.badRequest("The page size must be between 1 and " + maxPageSize + ".");
        }
        String after = call.param("after");
        String before = call.param("before");
        if (after != null && before != null) {
            throw ApiException.badRequest("Only one of after and before may be given.");
        }
        Map<String, Integer> positions = new HashMap<>(order.size() * 2);
        for (int i = 0; i < order.size(); i++) {
            positions.put(order.get(i), i);
        }
        List<String> page;
        int firstShown;
        if (before != null) {
            int at = position(positions, before);
            int end = 0;
            while (end < shown.size() && positions.get(shown.get(end)) < at) {
                end++;
            }
            firstShown = Math.max(0, end - pageSize);
            page = shown.subList(firstShown, end);
        } else {
            int at = after == null ? -1 : position(positions, after);
            firstShown = 0;
            while (firstShown < shown.size() && positions.get(shown.get(firstShown)) <= at) {
                firstShown++;
            }
            page = shown.subList(firstShown, Math.min(shown.size(), firstShown + pageSize));
        }
        boolean more = firstShown + page.size() < shown.size();
        String cursorQuery = after != null ? "&after=" + after : before != null ? "&before=" + before : "";
        List<String> entities = new ArrayList<>(page);
        boolean earlier = firstShown > 0;
        return Json.write(g -> {
            g.writeStartObject().writeStartArray("entities");
            entities.forEach(id -> writer.accept(g, id));
            g.writeEnd();
            if (more && !entities.isEmpty()) {
                g.write("nextUri", path + "?pageSize=" + pageSize + "&after="
                        + cursor(entities.get(entities.size() - 1)) + extraQuery);
            }
            g.write("selfUri", path + "?pageSize=" + pageSize + cursorQuery + extraQuery);
            if (earlier && !entities.isEmpty()) {
                g.write("previousUri", path + "?pageSize=" + pageSize + "&before=" + cursor(entities.get(0))
                        + extraQuery);
            }
            g.writeEnd();
        });
    }

    static String cursor(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    private static int position(Map<String, Integer> positions, String cursor) {
        Integer at;
        try {
            at = positions.get(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            at = null;
        }
        if (at == null) {
            throw ApiException.badRequest("Invalid cursor " + cursor + ".");
        }
        return at;
    }
}
