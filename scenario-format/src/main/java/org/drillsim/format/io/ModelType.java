package org.drillsim.format.io;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.drillsim.format.model.Doc;
import org.drillsim.format.model.Opt;
import org.drillsim.format.model.Range;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the scenario model expects at one place of the file, read from the model records by
 * reflection. The structural check and the JSON Schema generator share it, so the file format,
 * the checks and the published schema cannot drift apart.
 */
final class ModelType {
    /** The shape of a value. */
    enum Kind { RECORD, POLYMORPHIC, LIST, MAP, ENUM, STRING, INTEGER, NUMBER, BOOLEAN }

    /** A member of a record: name, type, whether required, range and description. */
    record Member(String name, Type type, boolean required, Range range, String doc) {
    }

    private ModelType() {
    }

    static Class<?> raw(Type t) {
        if (t instanceof Class<?> c) {
            return c;
        }
        if (t instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalArgumentException("unsupported model type " + t);
    }

    static Kind kind(Type t) {
        Class<?> c = raw(t);
        if (c == String.class) {
            return Kind.STRING;
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return Kind.INTEGER;
        }
        if (c == double.class || c == Double.class) {
            return Kind.NUMBER;
        }
        if (c == boolean.class || c == Boolean.class) {
            return Kind.BOOLEAN;
        }
        if (c.isEnum()) {
            return Kind.ENUM;
        }
        if (List.class.isAssignableFrom(c)) {
            return Kind.LIST;
        }
        if (Map.class.isAssignableFrom(c)) {
            return Kind.MAP;
        }
        if (c.isRecord()) {
            return Kind.RECORD;
        }
        if (c.isAnnotationPresent(JsonTypeInfo.class)) {
            return Kind.POLYMORPHIC;
        }
        throw new IllegalArgumentException("unsupported model type " + t);
    }

    /** Element type of a list, value type of a map. */
    static Type elementType(Type t) {
        ParameterizedType p = (ParameterizedType) t;
        Type[] args = p.getActualTypeArguments();
        return args[args.length - 1];
    }

    /** Key type of a map. */
    static Type keyType(Type t) {
        return ((ParameterizedType) t).getActualTypeArguments()[0];
    }

    /** The file names of an enum's constants (their {@code @JsonProperty}), in declaration order. */
    static List<String> enumNames(Class<?> e) {
        List<String> names = new ArrayList<>();
        for (Object constant : e.getEnumConstants()) {
            String name = ((Enum<?>) constant).name();
            try {
                JsonProperty jp = e.getField(name).getAnnotation(JsonProperty.class);
                names.add(jp != null ? jp.value() : name);
            } catch (NoSuchFieldException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return names;
    }

    /** The members of a record in declaration order. */
    static List<Member> members(Class<?> record) {
        List<Member> members = new ArrayList<>();
        for (RecordComponent rc : record.getRecordComponents()) {
            Doc doc = rc.getAnnotation(Doc.class);
            members.add(new Member(rc.getName(), rc.getGenericType(), !rc.isAnnotationPresent(Opt.class),
                    rc.getAnnotation(Range.class), doc == null ? null : doc.value()));
        }
        return members;
    }

    /** The description of a type (its {@code @Doc}), or null. */
    static String doc(Class<?> c) {
        Doc d = c.getAnnotation(Doc.class);
        return d == null ? null : d.value();
    }

    /** Name of the type discriminator key of a polymorphic type ({@code type}). */
    static String typeKey(Class<?> poly) {
        return poly.getAnnotation(JsonTypeInfo.class).property();
    }

    /** Discriminator value → concrete record, in declaration order. */
    static Map<String, Class<?>> subtypes(Class<?> poly) {
        Map<String, Class<?>> m = new LinkedHashMap<>();
        for (JsonSubTypes.Type st : poly.getAnnotation(JsonSubTypes.class).value()) {
            m.put(st.name(), st.value());
        }
        return m;
    }
}
