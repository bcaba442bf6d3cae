package org.hazardledger.ui.hazard;

import java.util.Locale;
import java.util.UUID;

/** A person as the finder list shows them: "王小明（E0001 · 反应釜操作岗）". */
public record PersonOption(UUID id, String name, String employeeNo, String unitName) {

    /** Matches the search box: part of the name or of the employee number. */
    public boolean matches(String text) {
        if (text == null || text.isBlank()) {
            return true;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).contains(t) || employeeNo.toLowerCase(Locale.ROOT).contains(t);
    }

    @Override
    public String toString() {
        return unitName == null || unitName.isBlank() ? name + "（" + employeeNo + "）"
                : name + "（" + employeeNo + " · " + unitName + "）";
    }
}
