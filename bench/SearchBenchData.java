import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A province-sized catalogue made from the seeded one (fixed seed): each seeded item again under county names,
 * departments and variants (长安区公安局居民身份证换领（补办）), with its own code, keywords and a trimmed guide.
 * Written as a fourth catalogue file beside the seeded three, so the platform loads it the way it loads them.
 */
final class SearchBenchData {
    static final String[] COUNTIES = ("城关区 雁塔区 碑林区 莲湖区 新城区 灞桥区 未央区 阎良区 临潼区 长安区 高陵区 鄠邑区 蓝田县 "
            + "周至县 宝塔区 安塞区 延长县 延川县 子长市 志丹县 吴起县 甘泉县 富县 洛川县 宜川县 黄龙县 黄陵县 汉台区 南郑区 城固县 "
            + "洋县 西乡县 勉县 宁强县 略阳县 镇巴县 留坝县 佛坪县 榆阳区 横山区 神木市 府谷县 靖边县 定边县 绥德县 米脂县 佳县 吴堡县 "
            + "清涧县 子洲县 汉滨区 汉阴县 石泉县 宁陕县 紫阳县 岚皋县 平利县 镇坪县 旬阳市 白河县 商州区 洛南县 丹凤县 商南县 山阳县 "
            + "镇安县 柞水县").split(" ");
    static final String[] VARIANTS = {"", "", "", "（首次申请）", "（变更）", "（延续）", "（补办）", "（注销）", "（告知承诺制）",
            "（跨省通办）", "（网上办理）", "（容缺受理）"};
    static final String[] DEPTS = "GA WJ YB RS MZ SC SW JT ZJ ZR JY CL SF GJJ SD FY ST WL XF YH SJ FG HG".split(" ");

    private SearchBenchData() {
    }

    /** Writes {@code <dir>/catalogue/index.txt} (seeded files + the generated one) and the generated items. */
    static void write(Path dir, int total, long seed) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> seeded = new ArrayList<>();
        Set<String> used = new HashSet<>();
        String index = resource("catalogue/index.txt");
        for (String name : index.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            json.readTree(resource("catalogue/" + name)).path("items").forEach(seeded::add);
        }
        seeded.forEach(i -> used.add(i.get("code").asText()));
        Random random = new Random(seed);
        Map<String, Integer> next = new HashMap<>();
        ArrayNode items = json.createArrayNode();
        for (int n = seeded.size(); n < total; n++) {
            ObjectNode item = ((ObjectNode) seeded.get(random.nextInt(seeded.size()))).deepCopy();
            String county = COUNTIES[random.nextInt(COUNTIES.length)];
            String variant = VARIANTS[random.nextInt(VARIANTS.length)];
            String name = item.get("name").asText();
            item.put("name", switch (random.nextInt(3)) {
                case 0 -> county + name + variant;
                case 1 -> county + item.get("department").asText() + name + variant;
                default -> name + variant + "（" + county + "）";
            });
            item.put("code", code(item.get("code").asText().split("-")[0], next, used));
            ((ArrayNode) item.withArray("keywords")).add(county.substring(0, county.length() - 1));
            trim(item);
            items.add(item);
        }
        Files.createDirectories(dir.resolve("catalogue"));
        json.writeValue(dir.resolve("catalogue/items-generated.json").toFile(), json.createObjectNode().set("items", items));
        Files.writeString(dir.resolve("catalogue/index.txt"), index + "\nitems-generated.json\n");
    }

    private static String code(String dept, Map<String, Integer> next, Set<String> used) {
        for (int d = List.of(DEPTS).indexOf(dept); ; d = (d + 1) % DEPTS.length) {
            for (int n = next.getOrDefault(DEPTS[d], 5000); n <= 9999; n++) {
                String code = DEPTS[d] + "-" + n;
                next.put(DEPTS[d], n + 1);
                if (used.add(code)) {
                    return code;
                }
            }
        }
    }

    /** One material, two fields, no situations: the guide's bulk is not what search is about. */
    private static void trim(ObjectNode item) {
        for (String list : List.of("materials", "fields")) {
            ArrayNode kept = item.arrayNode();
            item.withArray(list).forEach(e -> {
                if (kept.size() < (list.equals("fields") ? 2 : 1)) {
                    kept.add(((ObjectNode) e).deepCopy().set("requiredWhen", item.arrayNode()));
                }
            });
            item.set(list, kept);
        }
        item.set("situations", item.arrayNode());
    }

    private static String resource(String path) throws Exception {
        try (var in = SearchBenchData.class.getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
    }
}
