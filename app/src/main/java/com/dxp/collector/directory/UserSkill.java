package com.dxp.collector.directory;

import static com.dxp.collector.platform.jdbc.Jdbc.bounded;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One of a user's routing skills as the users listing gives it ({@code expand=skills}): the skill's id, the user's
 * proficiency (0 to 5 in Genesys, kept as sent) and its state.
 */
@Schema(description = "One of a user's routing skills.")
public record UserSkill(
        @Schema(description = "The skill id (see `/skills`)", example = "5a7c9e1b-3d5f-4a7c-9e1b-3d5f7a9c1e3b")
        String skillId,
        @Schema(description = "The user's proficiency, as Genesys reports it (0 to 5)", example = "4.5")
        Double proficiency,
        @Schema(description = "`active` or `inactive`, as Genesys reports it", example = "active") String state) {

    /**
     * The skills in a user's JSON; one without a usable id is passed over (it names nothing the store could join),
     * and a skill listed twice is kept once, as the key of {@code user_skill} wants.
     */
    static List<UserSkill> of(EntityJson user) {
        Map<String, UserSkill> skills = new LinkedHashMap<>();
        for (EntityJson skill : user.objects("skills")) {
            String id = skill.text("id");
            if (id != null && !id.isBlank() && id.length() <= DirectoryTable.ID_LENGTH) {
                skills.putIfAbsent(id, new UserSkill(id, skill.decimal("proficiency"),
                        bounded(skill.text("state"), 16)));
            }
        }
        return new ArrayList<>(skills.values());
    }
}
