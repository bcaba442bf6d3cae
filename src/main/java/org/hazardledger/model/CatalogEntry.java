package org.hazardledger.model;

/** One entry of an enterprise-configurable reference list (hazard categories, sub-grades …). */
public record CatalogEntry(String catalog, String code, String nameZh, String nameEn, int sortOrder) {

    /** Catalog of hazard categories (设备超期使用, 三违 …). */
    public static final String HAZARD_CATEGORY = "HAZARD_CATEGORY";
    /** Catalog of the sub-grades of general hazards (A/B/C by default). */
    public static final String SUB_GRADE = "SUB_GRADE";

    /** The name in the given language ("zh" or anything else for English). */
    public String name(String language) {
        return "zh".equals(language) ? nameZh : nameEn;
    }
}
