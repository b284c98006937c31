package com.dxp.collector.genesys.simulator.data;

import com.dxp.collector.genesys.simulator.OrgSpec;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The directory of a wild org: some users and groups named with 10,000 characters, control characters or emoji
 * (users in their e-mail addresses too), and a group holding every user, topped up to {@link #MIN_USERS} so
 * that its members take several pages to list. Only users who take no conversations get wild names, so that
 * a wild org's conversations stay wild in the share its schedule decides: the first three users beyond the
 * spec's count and the first three groups carry one kind each, about one in ten of the other users who are not
 * agents and of the other groups one chosen by the seed.
 */
final class WildDirectory {

    /** A wild org has at least this many users; the ones beyond its spec's count take no conversations. */
    static final int MIN_USERS = 2_500;

    private static final int LONG_NAME = 0;
    private static final int CONTROL_CHARACTERS = 1;
    private static final int ASTRAL_CHARACTERS = 2;
    private static final int KINDS = 3;

    private WildDirectory() {
    }

    static int userCount(OrgSpec spec) {
        return spec.wildData() ? Math.max(spec.userCount(), MIN_USERS) : spec.userCount();
    }

    /**
     * The {@code index}th generated user of a wild org, perhaps with a wild name and e-mail address.
     *
     * @param beyondSpec {@code index} minus the spec's user count: from 0 on, the topped-up users
     */
    static DirectoryUser roughen(DirectoryUser user, int index, int beyondSpec, long orgKey) {
        int kind = kind(beyondSpec, Seeds.random(orgKey, Seeds.WILD_DIRECTORY, index));
        if (user.agent() || kind < 0) {
            return user;
        }
        int at = user.email().indexOf('@');
        String local = user.email().substring(0, at);
        String domain = user.email().substring(at);
        return switch (kind) {
            case LONG_NAME -> withNameAndEmail(user, WildText.lengthened(user.name(), WildText.LONGEST),
                    user.email());
            case CONTROL_CHARACTERS -> withNameAndEmail(user, WildText.withControlCharacters(user.name()),
                    WildText.withControlCharacters(local) + domain);
            default -> withNameAndEmail(user, WildText.withAstralCharacters(user.name()),
                    WildText.ASTRAL_CHARACTERS.substring(0, 2) + local + WildText.ASTRAL_CHARACTERS.substring(2)
                            + domain);
        };
    }

    /** The {@code index}th group of a wild org, perhaps with a wild name. */
    static DirectoryGroup roughen(DirectoryGroup group, int index, long orgKey) {
        int kind = kind(index, Seeds.random(orgKey, Seeds.WILD_DIRECTORY, -1 - index));
        if (kind < 0) {
            return group;
        }
        String name = switch (kind) {
            case LONG_NAME -> WildText.lengthened(group.name(), WildText.LONGEST);
            case CONTROL_CHARACTERS -> WildText.withControlCharacters(group.name());
            default -> WildText.withAstralCharacters(group.name());
        };
        return new DirectoryGroup(group.id(), name, "Members of " + name, group.modifiedMillis(), group.version(),
                group.memberIds());
    }

    /** The group every user of a wild org belongs to. */
    static DirectoryGroup everyone(String groupId, List<String> userIds, long modifiedMillis) {
        String name = WildText.withAstralCharacters("Everyone");
        return new DirectoryGroup(groupId, name, "All " + userIds.size() + " users, past and present",
                modifiedMillis, 1, userIds);
    }

    /** The kind of wildness of item {@code position}: the first three one each, then one in ten; -1 for none. */
    private static int kind(int position, SplittableRandom r) {
        if (position >= 0 && position < KINDS) {
            return position;
        }
        return r.nextInt(10) == 0 ? r.nextInt(KINDS) : -1;
    }

    private static DirectoryUser withNameAndEmail(DirectoryUser user, String name, String email) {
        return new DirectoryUser(user.id(), name, email, user.title(), user.department(), user.active(),
                user.agent(), user.version(), user.divisionId());
    }
}
