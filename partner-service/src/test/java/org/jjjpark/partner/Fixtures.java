package org.jjjpark.partner;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies for tests, each with an identifier no other test uses. */
public final class Fixtures {

    private static final AtomicInteger NEXT_MOE_CODE = new AtomicInteger(10000 + ThreadLocalRandom.current().nextInt(80000));

    private Fixtures() {
    }

    public static String uniqueMoeCode() {
        return String.format("%05d", NEXT_MOE_CODE.getAndIncrement() % 100000);
    }

    /** A unified social credit code with a correct check character: "91" (enterprise) + region + random. */
    public static String uniqueCreditCode() {
        StringBuilder code = new StringBuilder("91110000");
        for (int i = 0; i < 9; i++) {
            code.append(UnifiedSocialCreditCode.CHARSET.charAt(ThreadLocalRandom.current().nextInt(31)));
        }
        return code.append(UnifiedSocialCreditCode.checkCharacter(code.toString())).toString();
    }

    public static Map<String, Object> university() {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "UNIVERSITY");
        body.put("nameZh", "北京理工大学");
        body.put("nameEn", "Beijing Institute of Technology");
        body.put("identifier", uniqueMoeCode());
        body.put("regionCode", "110000");
        body.put("contact", Map.of("name", "Office of Academic Affairs", "email", "park-office@example.edu.cn",
                "phone", "+86 10 6891 0000"));
        return body;
    }

    public static Map<String, Object> enterprise() {
        Map<String, Object> body = new HashMap<>();
        body.put("type", "ENTERPRISE");
        body.put("nameZh", "华为技术有限公司");
        body.put("nameEn", "Huawei Technologies Co., Ltd.");
        body.put("identifier", uniqueCreditCode());
        body.put("regionCode", "440300");
        return body;
    }

    public static Map<String, Object> program(String partnerId) {
        Map<String, Object> body = new HashMap<>();
        body.put("partnerId", partnerId);
        body.put("catalogueCode", "080717T");
        body.put("nameZh", "人工智能");
        body.put("nameEn", "Artificial Intelligence");
        body.put("degree", "ENGINEERING");
        body.put("durationYears", 4);
        body.put("campus", "Gu'an campus");
        body.put("subjectRequirements", List.of("PHYSICS"));
        return body;
    }
}
