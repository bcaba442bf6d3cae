package org.hazardledger.service;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;

import org.hazardledger.model.HazardCommand;

/**
 * The audit payload of a lifecycle action: every field the user entered, nested records (the 五定,
 * the grading) flattened one level, so a history shows exactly what was written.
 */
final class CommandPayload {

    private CommandPayload() {
    }

    static EventPayload of(HazardCommand command) {
        EventPayload p = new EventPayload();
        put(p, "", (Record) command);
        return p;
    }

    private static void put(EventPayload p, String prefix, Record r) {
        for (RecordComponent c : r.getClass().getRecordComponents()) {
            Object value = read(c, r);
            if (value instanceof Record nested) {
                put(p, prefix + c.getName() + ".", nested);
            } else {
                p.put(prefix + c.getName(), value);
            }
        }
    }

    private static Object read(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("a record's accessor is public", e);
        }
    }
}
