package org.hazardledger.cli;

import java.util.Locale;
import java.util.Map;
import org.hazardledger.model.Tier;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** A tier as typed: POST, TEAM, WORKSHOP, PLANT in any case, or its Chinese name (岗位, 班组, 车间, 厂). */
final class TierConverter implements ITypeConverter<Tier> {

    private static final Map<String, Tier> CHINESE = Map.ofEntries(
            Map.entry("岗位", Tier.POST), Map.entry("岗", Tier.POST),
            Map.entry("班组", Tier.TEAM), Map.entry("班", Tier.TEAM),
            Map.entry("车间", Tier.WORKSHOP), Map.entry("区", Tier.WORKSHOP), Map.entry("队", Tier.WORKSHOP),
            Map.entry("车间（区、队）", Tier.WORKSHOP), Map.entry("车间(区、队)", Tier.WORKSHOP),
            Map.entry("厂", Tier.PLANT), Map.entry("矿", Tier.PLANT), Map.entry("厂（矿）", Tier.PLANT),
            Map.entry("厂(矿)", Tier.PLANT));

    @Override
    public Tier convert(String value) {
        String v = value == null ? "" : value.strip();
        Tier chinese = CHINESE.get(v);
        if (chinese != null) {
            return chinese;
        }
        try {
            return Tier.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(Bilingual.line("cli.tier.unknown", v));
        }
    }
}
