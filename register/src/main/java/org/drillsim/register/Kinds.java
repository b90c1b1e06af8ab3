package org.drillsim.register;

import java.util.Locale;

/** The register's vocabularies: each value with its id (stored), its Chinese and English names. */
public final class Kinds {
    private Kinds() {
    }

    /** A stored vocabulary value. */
    public interface Named {
        String id();

        String zh();

        String en();
    }

    /** Kind of unit (单位类型). */
    public enum UnitKind implements Named {
        DISTRICT("district", "区政府/应急管理局", "district government"),
        DEPARTMENT("department", "部门", "department"),
        SUBDISTRICT("subdistrict", "街道（乡镇）", "sub-district"),
        ENTERPRISE("enterprise", "企业", "enterprise"),
        SCHOOL("school", "学校", "school"),
        VENUE("venue", "人员密集场所", "crowded venue");

        private final String id;
        private final String zh;
        private final String en;

        UnitKind(String id, String zh, String en) {
            this.id = id;
            this.zh = zh;
            this.en = en;
        }

        @Override public String id() { return id; }
        @Override public String zh() { return zh; }
        @Override public String en() { return en; }
    }

    /** Kind of plan (预案类型). */
    public enum PlanKind implements Named {
        OVERALL("overall", "总体预案", "overall plan"),
        SPECIAL("special", "专项预案", "special plan"),
        DEPARTMENT("department", "部门预案", "department plan"),
        UNIT("unit", "单位/基层预案", "unit plan");

        private final String id;
        private final String zh;
        private final String en;

        PlanKind(String id, String zh, String en) {
            this.id = id;
            this.zh = zh;
            this.en = en;
        }

        @Override public String id() { return id; }
        @Override public String zh() { return zh; }
        @Override public String en() { return en; }
    }

    /** Form of a drill (演练形式). */
    public enum Form implements Named {
        LIVE("live", "实战演练", "live drill"),
        TABLETOP("tabletop", "桌面推演", "tabletop exercise"),
        DOUBLE_BLIND("double-blind", "双盲演练", "double-blind drill");

        private final String id;
        private final String zh;
        private final String en;

        Form(String id, String zh, String en) {
            this.id = id;
            this.zh = zh;
            this.en = en;
        }

        /** Live and double-blind drills are held in the field (实战); a tabletop is not. */
        public boolean isLive() {
            return this != TABLETOP;
        }

        @Override public String id() { return id; }
        @Override public String zh() { return zh; }
        @Override public String en() { return en; }
    }

    /** Scope of a drill (演练范围). */
    public enum Scope implements Named {
        COMPREHENSIVE("comprehensive", "综合演练", "comprehensive drill"),
        JOINT("joint", "联合演练（多部门综合）", "joint multi-department drill"),
        SPECIAL("special", "专项演练", "special drill"),
        SINGLE("single", "单项演练", "single-item drill");

        private final String id;
        private final String zh;
        private final String en;

        Scope(String id, String zh, String en) {
            this.id = id;
            this.zh = zh;
            this.en = en;
        }

        /** A joint drill is a comprehensive drill several departments take part in. */
        public boolean isComprehensive() {
            return this == COMPREHENSIVE || this == JOINT;
        }

        @Override public String id() { return id; }
        @Override public String zh() { return zh; }
        @Override public String en() { return en; }
    }

    /** Workflow state of a drill (seed 001: 演练方案制定、演练脚本编制、组织开展演练、演练总结与评估、资料存档备案). */
    public enum State implements Named {
        PLAN("plan", "方案", "plan"),
        SCRIPT("script", "脚本", "script"),
        RUN("run", "实施", "held"),
        EVALUATION("evaluation", "总结评估", "summary and evaluation"),
        ARCHIVE("archive", "存档", "archived");

        private final String id;
        private final String zh;
        private final String en;

        State(String id, String zh, String en) {
            this.id = id;
            this.zh = zh;
            this.en = en;
        }

        /** Whether the drill has been held (counts towards the frequency rules). */
        public boolean held() {
            return ordinal() >= RUN.ordinal();
        }

        @Override public String id() { return id; }
        @Override public String zh() { return zh; }
        @Override public String en() { return en; }
    }

    /** Status of a corrective action. */
    public enum ActionStatus implements Named {
        OPEN("open", "待整改", "open"),
        IN_PROGRESS("in-progress", "整改中", "in progress"),
        CLOSED("closed", "已完成", "closed");

        private final String id;
        private final String zh;
        private final String en;

        ActionStatus(String id, String zh, String en) {
            this.id = id;
            this.zh = zh;
            this.en = en;
        }

        @Override public String id() { return id; }
        @Override public String zh() { return zh; }
        @Override public String en() { return en; }
    }

    /**
     * The value of {@code type} whose id, Chinese name, English name or constant name is {@code text}
     * (case-insensitive; the Chinese name may be given without its suffix, e.g. 实战 for 实战演练).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static <E extends Enum<E> & Named> E parse(Class<E> type, String text, String what) {
        String t = text == null ? "" : text.trim();
        for (E e : type.getEnumConstants()) {
            if (e.id().equalsIgnoreCase(t) || e.en().equalsIgnoreCase(t) || e.zh().equals(t) || e.name().equalsIgnoreCase(t)
                    || (!t.isEmpty() && e.zh().startsWith(t))) {
                return e;
            }
        }
        StringBuilder ok = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            ok.append(ok.length() == 0 ? "" : ", ").append(e.id()).append(" (").append(e.zh()).append(')');
        }
        throw new IllegalArgumentException(what + ": '" + text + "' 不是可用值 / is not one of " + ok);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
