package org.drillsim.inventory;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.drillsim.format.io.ScenarioError;
import org.drillsim.format.io.ScenarioException;
import org.drillsim.format.io.ScenarioLoader;
import org.drillsim.format.model.Scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts an inventory into a base scenario. <b>Replace, per sheet</b>: a sheet with data rows replaces the base's
 * whole category — its listed items, and for shelters and hospitals the OSM import too ({@code fromOsm: false}),
 * because a bureau's list is its complete list; a sheet without data rows leaves the base's category as it is.
 * Teams replace {@code teams}, vehicles replace {@code fleets}, 预案条款 replaces {@code plan}. Everything else (map, population, hazards, targets,
 * injects, policy, agreement reserves, fire / police stations) comes from the base unchanged.
 *
 * <p>The merged text is checked by the scenario loader before anything is written; a problem in a row the
 * inventory supplied (a team's home that no facility has) is reported against that row's 编号 cell, a problem in
 * what the base kept (a fleet whose depot the inventory dropped) against the base's field.
 */
public final class InventoryImport {
    private static final Pattern INDEXED = Pattern.compile("^(facilities\\.shelters\\.items|facilities\\.hospitals\\.items|facilities\\.depots"
            + "|facilities\\.helicopterBases|teams|fleets|plan\\.clauses)\\[(\\d+)\\](.*)$");

    private InventoryImport() {
    }

    /** The merged scenario as YAML text and as checked records. */
    public record Result(String yaml, Scenario scenario) {
    }

    /**
     * Merges.
     *
     * @param baseText   the base scenario's text (YAML)
     * @param baseName   its name in messages (file name or built-in id)
     * @param inventory  what the spreadsheet lists
     * @param id         id of the new scenario (lower-case letters, digits, '-')
     * @param header     comment lines put on top of the file (without '#')
     * @throws InventoryException every problem of the merged scenario, located as well as possible
     */
    public static Result merge(String baseText, String baseName, Inventory inventory, String id, List<String> header)
            throws InventoryException {
        return merge(baseText, baseName, inventory, id, header, null);
    }

    /**
     * Merges, and scores the headline targets for {@code district} ({@code scoring.district}; null keeps the base's).
     *
     * @see #merge(String, String, Inventory, String, List)
     */
    public static Result merge(String baseText, String baseName, Inventory inventory, String id, List<String> header,
                               String district) throws InventoryException {
        ObjectNode root;
        try {
            root = (ObjectNode) new YAMLMapper().readTree(baseText);
        } catch (IOException | ClassCastException e) {
            throw new InventoryException(List.of(new InventoryError(baseName, "-", "基础情景无法读取", "cannot read the base scenario: " + e.getMessage())));
        }
        ObjectMapper json = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);
        root.put("id", id);
        ObjectNode name = (ObjectNode) root.get("name");
        if (name != null) {
            name.put("zh", name.path("zh").asText() + "（本单位清单）");
            name.put("en", name.path("en").asText(name.path("zh").asText()) + " (unit inventory)");
        }
        ObjectNode fac = root.has("facilities") ? (ObjectNode) root.get("facilities") : root.putObject("facilities");
        if (!inventory.shelters().isEmpty()) {
            ObjectNode g = fac.has("shelters") ? (ObjectNode) fac.get("shelters") : fac.putObject("shelters");
            g.put("fromOsm", false);
            g.remove("osmFilter");
            g.set("items", json.valueToTree(inventory.shelters()));
        }
        if (!inventory.hospitals().isEmpty()) {
            ObjectNode g = fac.has("hospitals") ? (ObjectNode) fac.get("hospitals") : fac.putObject("hospitals");
            g.put("fromOsm", false);
            g.remove("osmFilter");
            g.remove("osmDefaults");
            g.set("items", json.valueToTree(inventory.hospitals()));
        }
        if (!inventory.depots().isEmpty()) {
            fac.set("depots", json.valueToTree(inventory.depots()));
        }
        if (!inventory.helipads().isEmpty()) {
            fac.set("helicopterBases", json.valueToTree(inventory.helipads()));
        }
        List<String> notes = new ArrayList<>(header);
        if (!inventory.teams().isEmpty()) {
            root.set("teams", json.valueToTree(inventory.teams()));
            dropMobilisedTeamsNotIn(root, inventory, notes);
        }
        if (!inventory.fleets().isEmpty()) {
            root.set("fleets", json.valueToTree(inventory.fleets()));
        }
        if (inventory.plan() != null) {
            root.set("plan", json.valueToTree(inventory.plan()));
        }
        if (district != null && !district.isBlank()) {
            ObjectNode scoring = root.has("scoring") ? (ObjectNode) root.get("scoring") : root.putObject("scoring");
            scoring.put("district", district.strip());
        }
        String yaml = toYaml(root, notes);
        try {
            return new Result(yaml, ScenarioLoader.parse(yaml, id + ".yaml"));
        } catch (ScenarioException e) {
            List<InventoryError> out = new ArrayList<>();
            for (ScenarioError se : e.errors()) {
                out.add(locate(se, inventory, baseName));
            }
            throw new InventoryException(out);
        }
    }

    /**
     * The base's graded response mobilises teams by id; when the inventory replaces the teams, ids it no longer has
     * are dropped from {@code policy.responseLevels[].mobiliseTeams} (said in the file's header) rather than making
     * the merged scenario invalid.
     */
    private static void dropMobilisedTeamsNotIn(ObjectNode root, Inventory inventory, List<String> notes) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        inventory.teams().forEach(t -> ids.add(t.id()));
        JsonNode levels = root.path("policy").path("responseLevels");
        java.util.Set<String> dropped = new java.util.TreeSet<>();
        for (JsonNode level : levels) {
            JsonNode teams = level.get("mobiliseTeams");
            if (teams instanceof ArrayNode arr) {
                for (int i = arr.size() - 1; i >= 0; i--) {
                    if (!ids.contains(arr.get(i).asText())) {
                        dropped.add(arr.get(i).asText());
                        arr.remove(i);
                    }
                }
            }
        }
        if (!dropped.isEmpty()) {
            notes.add("分级响应中动员的基础情景队伍已不在清单中，已删除 / teams the base's graded response mobilised that the "
                    + "inventory no longer has were dropped: " + String.join(", ", dropped));
        }
    }

    /** A merged-scenario error against the inventory row it comes from, else against the base's field. */
    static InventoryError locate(ScenarioError e, Inventory inv, String baseName) {
        Matcher m = INDEXED.matcher(e.field());
        if (m.matches()) {
            InventorySheet sheet = switch (m.group(1)) {
                case "facilities.shelters.items" -> InventorySheet.SHELTERS;
                case "facilities.hospitals.items" -> InventorySheet.HOSPITALS;
                case "facilities.depots" -> InventorySheet.DEPOTS;
                case "facilities.helicopterBases" -> InventorySheet.HELIPADS;
                case "teams" -> InventorySheet.TEAMS;
                case "plan.clauses" -> InventorySheet.PLAN;
                default -> InventorySheet.VEHICLES;
            };
            List<Integer> rows = inv.rows().getOrDefault(sheet, List.of());
            int i = Integer.parseInt(m.group(2));
            if (inv.count(sheet) > 0 && i < rows.size()) {
                String field = m.group(3).startsWith(".") ? m.group(3).substring(1) : m.group(3);
                return new InventoryError(sheet.title(), "A" + rows.get(i), "合并后的情景检查未通过（" + field + "）：" + e.message(),
                        "the merged scenario fails its check (" + field + "): " + e.message());
            }
        }
        return new InventoryError(baseName, e.field().isEmpty() ? "-" : e.field(),
                "基础情景中保留的内容与清单不一致：" + e.message(),
                "what the base scenario keeps does not fit the inventory: " + e.message());
    }

    private static String toYaml(JsonNode root, List<String> header) {
        YAMLMapper y = new YAMLMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)   // a clause "4.1" stays text
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build());
        StringBuilder sb = new StringBuilder();
        for (String h : header) {
            sb.append("# ").append(h).append('\n');
        }
        try {
            sb.append(y.writeValueAsString(root));
        } catch (IOException e) {
            throw new IllegalStateException("cannot write YAML", e);
        }
        return sb.toString();
    }
}
