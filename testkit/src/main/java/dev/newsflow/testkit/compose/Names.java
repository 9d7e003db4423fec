package dev.newsflow.testkit.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Made-up people, places and papers for composed pages: reporters to credit, editors, photographers, dateline
 * cities, paper and section names. Drawn from common characters, so that no real page's names are needed.
 */
public final class Names {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉建国斌飞宇晨琳雪梅海波"
            + "宁志浩亮凯文婷雯颖倩欣悦晓晖岚峰翔博涵轩睿嘉怡瑶然楠航震坤鑫蕾薇琪琦璐瑞丹阳帆";
    private static final List<String> CITIES = List.of("北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安",
            "重庆", "天津", "长沙", "郑州", "济南", "沈阳", "昆明", "福州", "合肥", "南昌", "兰州", "哈尔滨", "乌鲁木齐");
    private static final List<String> PAPERS = List.of("东江日报", "滨海晚报", "科技时报", "金融导报", "南岭日报", "北原商报",
            "清河都市报", "西川日报");
    private static final List<String> SECTIONS = List.of("要闻", "经济", "社会", "国际", "文化", "科技", "综合", "观点",
            "民生", "财经");

    private final Random random;

    public Names(Random random) {
        this.random = random;
    }

    /** A name of two or three characters. */
    public String person() {
        StringBuilder sb = new StringBuilder();
        sb.append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int given = random.nextDouble() < 0.35 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            sb.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return sb.toString();
    }

    public List<String> people(int count) {
        List<String> names = new ArrayList<>();
        while (names.size() < count) {
            String name = person();
            if (!names.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }

    public String city() {
        return CITIES.get(random.nextInt(CITIES.size()));
    }

    public String paper() {
        return PAPERS.get(random.nextInt(PAPERS.size()));
    }

    public String section() {
        return SECTIONS.get(random.nextInt(SECTIONS.size()));
    }

    /**
     * A name as a byline line prints it: two-character names are often spread to the width of three with a space
     * (王  珏), so that names stand in columns.
     */
    public String spread(String name) {
        if (name.length() == 2 && random.nextDouble() < 0.5) {
            return name.charAt(0) + (random.nextBoolean() ? "　" : "  ") + name.charAt(1);
        }
        return name;
    }
}
