package com.dxp.collector.genesys.simulator.api;

import jakarta.json.stream.JsonGenerator;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The standard Genesys page envelope ({@code entities}, {@code pageSize}, {@code pageNumber}, {@code total},
 * {@code pageCount} and the first/self/next/previous/last URIs) around any id list, shared by every directory
 * listing so they page identically.
 */
final class EntityListings {

    private EntityListings() {
    }

    /**
     * Writes one page of {@code ids}.
     *
     * @param path       the listing's path, for the URIs
     * @param extraQuery query parameters to repeat in the URIs after paging ({@code &state=any}), or ""
     */
    static byte[] page(List<String> ids, int pageSize, int pageNumber, String path, String extraQuery,
                       BiConsumer<JsonGenerator, String> writer) {
        int total = ids.size();
        int pageCount = (total + pageSize - 1) / pageSize;
        long from = Math.min((long) (pageNumber - 1) * pageSize, total);
        List<String> page = ids.subList((int) from, (int) Math.min(total, from + pageSize));
        return Json.write(g -> {
            g.writeStartObject().writeStartArray("entities");
            page.forEach(id -> writer.accept(g, id));
            g.writeEnd()
                    .write("pageSize", pageSize)
                    .write("pageNumber", pageNumber)
                    .write("total", total)
                    .write("pageCount", pageCount)
                    .write("firstUri", uri(path, pageSize, 1, extraQuery))
                    .write("selfUri", uri(path, pageSize, pageNumber, extraQuery));
            if (pageNumber < pageCount) {
                g.write("nextUri", uri(path, pageSize, pageNumber + 1, extraQuery));
            }
            if (pageNumber > 1) {
                g.write("previousUri", uri(path, pageSize, Math.min(pageNumber - 1, Math.max(1, pageCount)),
                        extraQuery));
            }
            g.write("lastUri", uri(path, pageSize, Math.max(1, pageCount), extraQuery)).writeEnd();
        });
    }

    /** The page size and number of a listing call: default 25 (or the maximum page size if smaller). */
    static int[] paging(ApiCall call, int maxPageSize) {
        int pageSize = call.intParam("pageSize", Math.min(25, maxPageSize));
        int pageNumber = call.intParam("pageNumber", 1);
        if (pageSize < 1 || pageSize > maxPageSize) {
            throw ApiException.badRequest("The page size must be between 1 and " + maxPageSize + ".");
        }
        if (pageNumber < 1) {
            throw ApiException.badRequest("The page number must be 1 or more.");
        }
        return new int[] {pageSize, pageNumber};
    }

    private static String uri(String path, int pageSize, int pageNumber, String extraQuery) {
        return path + "?pageSize=" + pageSize + "&pageNumber=" + pageNumber + extraQuery;
    }
}
