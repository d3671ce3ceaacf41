package com.artinsmartrealty.conversation.slots;

import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.LeadProfile;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the lead wants, slot by slot; unknown slots are null. Goal, transaction, budget and property type
 * are required to qualify; area and bedrooms are kept when the lead offers them.
 */
public record Profile(Goal goal, Transaction transaction, Budget budget, PropertyType propertyType, String area,
                      Integer bedrooms) {

    /** The required slots, in the order the bot asks for them (buy or rent first: it sets the budget's scale). */
    public static final List<Slot> REQUIRED = List.of(Slot.GOAL, Slot.TRANSACTION, Slot.BUDGET, Slot.PROPERTY_TYPE);

    public static Profile empty() {
        return new Profile(null, null, null, null, null, null);
    }

    public boolean isEmpty() {
        return filled().isEmpty();
    }

    public boolean has(Slot slot) {
        return switch (slot) {
            case GOAL -> goal != null;
            case TRANSACTION -> transaction != null;
            case BUDGET -> budget != null;
            case PROPERTY_TYPE -> propertyType != null;
            case AREA -> area != null;
            case BEDROOMS -> bedrooms != null;
        };
    }

    /** The slots that hold a value. */
    public Set<Slot> filled() {
        Set<Slot> filled = EnumSet.noneOf(Slot.class);
        for (Slot slot : Slot.values()) {
            if (has(slot)) {
                filled.add(slot);
            }
        }
        return filled;
    }

    /** The next required slot to ask for, if any is missing. */
    public Optional<Slot> firstMissing() {
        return REQUIRED.stream().filter(slot -> !has(slot)).findFirst();
    }

    public boolean isComplete() {
        return firstMissing().isEmpty();
    }

    /** This profile with every value {@code update} holds written over it. */
    public Profile merge(Profile update) {
        return new Profile(
                update.goal != null ? update.goal : goal,
                update.transaction != null ? update.transaction : transaction,
                update.budget != null ? update.budget : budget,
                update.propertyType != null ? update.propertyType : propertyType,
                update.area != null ? update.area : area,
                update.bedrooms != null ? update.bedrooms : bedrooms);
    }

    /** This profile with {@code slot} emptied, to ask for it again. */
    public Profile without(Slot slot) {
        return new Profile(
                slot == Slot.GOAL ? null : goal,
                slot == Slot.TRANSACTION ? null : transaction,
                slot == Slot.BUDGET ? null : budget,
                slot == Slot.PROPERTY_TYPE ? null : propertyType,
                slot == Slot.AREA ? null : area,
                slot == Slot.BEDROOMS ? null : bedrooms);
    }

    /** The slots whose values differ between this profile and {@code other}. */
    public Set<Slot> differencesFrom(Profile other) {
        Set<Slot> changed = EnumSet.noneOf(Slot.class);
        if (!Objects.equals(goal, other.goal)) {
            changed.add(Slot.GOAL);
        }
        if (!Objects.equals(transaction, other.transaction)) {
            changed.add(Slot.TRANSACTION);
        }
        if (!Objects.equals(budget, other.budget)) {
            changed.add(Slot.BUDGET);
        }
        if (!Objects.equals(propertyType, other.propertyType)) {
            changed.add(Slot.PROPERTY_TYPE);
        }
        if (!Objects.equals(area, other.area)) {
            changed.add(Slot.AREA);
        }
        if (!Objects.equals(bedrooms, other.bedrooms)) {
            changed.add(Slot.BEDROOMS);
        }
        return changed;
    }

    public Profile withGoal(Goal value) {
        return new Profile(value, transaction, budget, propertyType, area, bedrooms);
    }

    public Profile withTransaction(Transaction value) {
        return new Profile(goal, value, budget, propertyType, area, bedrooms);
    }

    public Profile withBudget(Budget value) {
        return new Profile(goal, transaction, value, propertyType, area, bedrooms);
    }

    public Profile withPropertyType(PropertyType value) {
        return new Profile(goal, transaction, budget, value, area, bedrooms);
    }

    /** The profile as other services read it. */
    public LeadProfile toContract() {
        return new LeadProfile(goal, budget == null ? null : budget.min(), budget == null ? null : budget.max(),
                budget == null ? null : budget.currency(), propertyType, transaction, area, bedrooms);
    }
}
