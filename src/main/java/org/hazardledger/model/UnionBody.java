package org.hazardledger.model;

import java.util.List;
import java.util.Optional;

/**
 * The union body at a plant (企业工会), workshop (车间分会) or team (工会小组): its leader, if one
 * is appointed, and its members. A post has no body of its own; its people belong to their team's.
 */
public record UnionBody(OrgUnit unit, PersonEntry leader, List<PersonEntry> members) implements Labelled {

    public UnionBody {
        members = List.copyOf(members);
    }

    /** The tier whose body a unit of {@code tier} belongs to. */
    public static Tier bodyTier(Tier tier) {
        return tier.answerableTier();
    }

    /** The tier of the body a union office leads; empty for roles that lead none. */
    public static Optional<Tier> ledTier(Role role) {
        if (role == null) {
            return Optional.empty();
        }
        return switch (role) {
            case UNION_GROUP_LEADER -> Optional.of(Tier.TEAM);
            case WORKSHOP_UNION_CHAIR -> Optional.of(Tier.WORKSHOP);
            case ENTERPRISE_UNION_CHAIR -> Optional.of(Tier.PLANT);
            default -> Optional.empty();
        };
    }

    /** "工会小组", "车间分会" or "企业工会". */
    @Override
    public String labelKey() {
        return switch (unit.tier()) {
            case PLANT -> "union.body.PLANT";
            case WORKSHOP -> "union.body.WORKSHOP";
            case TEAM, POST -> "union.body.TEAM";
        };
    }
}
