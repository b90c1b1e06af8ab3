package org.drillsim.inventory;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.drillsim.format.model.HospitalCapability;
import org.drillsim.format.model.ShelterKind;
import org.drillsim.format.model.TeamCapability;
import org.drillsim.format.model.TeamType;
import org.drillsim.format.model.VehicleType;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Chinese words a bureau writes in the 类型 / 能力 / 交通工具 columns, mapped to the scenario format's values.
 * The scenario file's own ids (e.g. {@code water-rescue}) are accepted too.
 */
final class Vocabulary {
    static final Map<String, ShelterKind> SHELTER_KIND = words(ShelterKind.class,
            "学校", ShelterKind.SCHOOL, "公园", ShelterKind.PARK, "广场", ShelterKind.SQUARE, "体育场", ShelterKind.STADIUM,
            "体育馆", ShelterKind.STADIUM, "室内", ShelterKind.INDOOR, "其他", ShelterKind.OTHER);
    static final Map<String, TeamType> TEAM_TYPE = words(TeamType.class,
            "医疗救援队", TeamType.MEDICAL, "医疗", TeamType.MEDICAL, "消防救援", TeamType.FIRE_RESCUE, "消防", TeamType.FIRE_RESCUE,
            "森林消防", TeamType.FOREST_FIRE, "危化品处置", TeamType.HAZMAT, "水上救援", TeamType.WATER_RESCUE,
            "道路抢通", TeamType.ROAD_REPAIR, "综合救援队", TeamType.COMPREHENSIVE, "综合", TeamType.COMPREHENSIVE,
            "专业救援队", TeamType.PROFESSIONAL, "专业", TeamType.PROFESSIONAL, "专家队伍", TeamType.EXPERT, "专家", TeamType.EXPERT,
            "志愿者队伍", TeamType.VOLUNTEER, "志愿者", TeamType.VOLUNTEER, "公安", TeamType.POLICE, "物资保障", TeamType.LOGISTICS,
            "通信应急保障", TeamType.COMMUNICATIONS, "通信保障", TeamType.COMMUNICATIONS);
    static final Map<String, TeamCapability> TEAM_CAPABILITY = words(TeamCapability.class,
            "医疗救治", TeamCapability.MEDICAL, "医疗", TeamCapability.MEDICAL, "搜救", TeamCapability.SEARCH_RESCUE,
            "灭火", TeamCapability.FIREFIGHTING, "森林灭火", TeamCapability.FOREST_FIREFIGHTING, "危化品处置", TeamCapability.HAZMAT,
            "水上救援", TeamCapability.WATER_RESCUE, "道路抢通", TeamCapability.ROAD_REPAIR, "物资运输", TeamCapability.LOGISTICS,
            "避难场所管理", TeamCapability.SHELTER_MANAGEMENT, "安置管理", TeamCapability.SHELTER_MANAGEMENT,
            "转移疏散", TeamCapability.EVACUATION, "应急通信", TeamCapability.COMMUNICATIONS, "评估", TeamCapability.ASSESSMENT);
    static final Map<String, VehicleType> VEHICLE = words(VehicleType.class,
            "救护车", VehicleType.AMBULANCE, "货车", VehicleType.TRUCK, "大客车", VehicleType.BUS, "消防车", VehicleType.FIRE_ENGINE,
            "危化品处置车", VehicleType.HAZMAT_VEHICLE, "工程机械", VehicleType.ENGINEERING, "冲锋舟", VehicleType.BOAT,
            "直升机", VehicleType.HELICOPTER, "越野车", VehicleType.CAR, "汽车", VehicleType.CAR, "徒步", VehicleType.ON_FOOT);
    static final Map<String, HospitalCapability> HOSPITAL_CAPABILITY = words(HospitalCapability.class,
            "创伤", HospitalCapability.TRAUMA, "烧伤", HospitalCapability.BURNS, "中毒", HospitalCapability.POISONING,
            "儿科", HospitalCapability.PEDIATRICS, "急诊", HospitalCapability.GENERAL, "综合", HospitalCapability.GENERAL);

    private Vocabulary() {
    }

    /** Chinese words (pairs word, value) plus every value's file id from its {@code @JsonProperty}. */
    @SuppressWarnings("unchecked")
    private static <E extends Enum<E>> Map<String, E> words(Class<E> type, Object... pairs) {
        Map<String, E> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], (E) pairs[i + 1]);
        }
        for (E e : type.getEnumConstants()) {
            try {
                JsonProperty p = type.getField(e.name()).getAnnotation(JsonProperty.class);
                m.putIfAbsent(p != null ? p.value() : e.name().toLowerCase(java.util.Locale.ROOT), e);
            } catch (NoSuchFieldException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return m;
    }

    /** The words, for an error message: the Chinese ones first. */
    static String known(Map<String, ?> m) {
        return String.join("、", m.keySet());
    }
}
