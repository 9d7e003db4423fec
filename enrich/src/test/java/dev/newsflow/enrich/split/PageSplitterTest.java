package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.newsflow.enrich.split.HeadlineAssigner.ZoneLine;
import dev.newsflow.testkit.Seeds;

class PageSplitterTest {

    private final PageSplitter splitter = new PageSplitter();

    private SplitPage split(String... lines) {
        return splitter.split(String.join("\n", lines));
    }

    /** A page of one article: its headline, a line standing apart (a byline, a credit), then its paragraphs. */
    private SplitPage underHeadline(String headline, String line, String... paragraphs) {
        List<String> lines = new ArrayList<>(List.of(headline, "", line));
        for (String paragraph : paragraphs) {
            lines.add("");
            lines.add(paragraph);
        }
        return split(lines.toArray(String[]::new));
    }

    /** The article's headline as one text, "" for none. */
    private static String headlineText(Article a) {
        return a.headline() == null ? "" : a.headline().text();
    }

    private static String flat(String s) {
        return s.replaceAll("\\s", "");
    }

    @Test
    void joinsColumnLinesAcrossBlankLinesInTheMiddleOfASentence() {
        SplitPage page = split(
                "本报讯 3月8日，市文化馆举办非遗",
                "展演活动，来自各区的二十余支队",
                "",
                "伍参加演出，吸引市民近两千人次",
                "观看。",
                "",
                "活动现场设置了互动体验区，市民",
                "可亲手制作泥人。 （李明）");
        assertThat(page.articles()).hasSize(1);
        Article a = page.articles().get(0);
        assertThat(a.paragraphs()).containsExactly(
                "本报讯 3月8日，市文化馆举办非遗展演活动，来自各区的二十余支队伍参加演出，吸引市民近两千人次观看。",
                "活动现场设置了互动体验区，市民可亲手制作泥人。");
        assertThat(a.bylines()).containsExactly("李明");
    }

    @Test
    void flowingParagraphsCutByAPageBreakAreJoined() {
        SplitPage page = split(
                "本报讯 5月9日,全市防汛工作会议召开,会议部署了今年汛期各项工作,要求各地加强巡查值守,确保安全度汛,全面提升应急处置能力和",
                "",
                "水平,切实守护人民群众生命财产安全。",
                "",
                "会议指出,要落实责任,完善预案,加强值班值守和信息报送,确保各项措施落实到位。(周强)");
        Article a = page.articles().get(0);
        assertThat(page.layout()).isEqualTo("flowing");
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraphs().get(0)).contains("全面提升应急处置能力和水平,切实守护");
    }

    @Test
    void headlinePrintedAfterTheBylineBelongsToTheArticleAbove() {
        SplitPage page = split(
                "本报讯 近日，市图书馆新馆正式",
                "开馆，新馆藏书逾百万册，设有少",
                "儿阅读区和数字阅览室。 （王芳）",
                "",
                "市图书馆新馆",
                "正式开馆迎客",
                "",
                "本报讯 昨天，全市中小学秋季运",
                "动会开幕，三千余名学生参加田径",
                "等十二个项目的比赛。 （赵磊）",
                "",
                "全市中小学秋季运动会开幕");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).headline().text()).isEqualTo("市图书馆新馆正式开馆迎客");
        assertThat(page.articles().get(1).headline().title()).isEqualTo("全市中小学秋季运动会开幕");
    }

    @Test
    void briefsHeadlineThatSharesNoWordWithItsTextStillHeadsIt() {
        // briefs in a column, each headline right above its text: the last brief's headline repeats none of its words
        SplitPage page = split(
                "市民公园春季花展开幕",
                "本报讯 3月20日，市民公园春季",
                "花展开幕，展出郁金香等花卉三",
                "万余株，将持续至四月底。（王红）",
                "老城区加装电梯提速",
                "本报讯 今年以来，老城区已有四",
                "十余个小区加装电梯，另有二十",
                "个小区正在施工。（李强）",
                "小巷里的暖心食堂",
                "“饭菜热乎，价格实惠。”每天",
                "中午，张大爷都会准时来到社区",
                "的爱心餐桌吃午饭。（刘洋）");
        assertThat(page.articles()).hasSize(3);
        Article last = page.articles().get(2);
        assertThat(last.headline()).isNotNull();
        assertThat(last.headline().title()).isEqualTo("小巷里的暖心食堂");
        assertThat(last.paragraphs()).noneMatch(p -> p.contains("暖心食堂"));
    }

    @Test
    void lineClosingWithAColumnNameHeadsTheTextRightUnderIt() {
        // nearly as wide as the column, no blank line below: only the column's name in brackets sets it apart
        SplitPage page = split(
                "老字号焕新颜（城市观察）",
                "老字号是城市的记忆，也是城市的一",
                "张名片。近年来，我市出台多项措施",
                "扶持老字号企业发展，已有二十余家",
                "企业推出新品，销售额稳步增长。",
                "不少老字号还走进商场和网店，吸引",
                "了更多年轻顾客。（王红）");
        assertThat(page.articles()).hasSize(1);
        Article a = page.articles().get(0);
        assertThat(a.headline()).isNotNull();
        assertThat(a.headline().text()).isEqualTo("老字号焕新颜（城市观察）");
        assertThat(a.paragraphs().get(0)).startsWith("老字号是城市的记忆");
    }

    @Test
    void subtitleThatSharesNoWordWithTheTextStaysInTheHeadline() {
        // a wide kicker over a narrower title: the title's words are not the text's, yet it is no sub-heading
        SplitPage page = split(
                "夜间首次向公众开放，市博物馆古建筑群被点亮",
                "上元月正好 古城灯如昼",
                "",
                "元宵节期间，市博物",
                "馆首次在夜间向公众",
                "开放，古建筑群被较",
                "大规模点亮，数千名",
                "市民前往观灯赏景。",
                "活动将持续三天，市",
                "民可在网上预约参观",
                "名额。（李明）");
        Article a = page.articles().get(0);
        assertThat(flat(a.headline().text())).isEqualTo("夜间首次向公众开放，市博物馆古建筑群被点亮上元月正好古城灯如昼");
        assertThat(a.paragraphs().get(0)).startsWith("元宵节期间");
    }

    @Test
    void aCreditAsWideAsTheColumnUnderAHeadlineIsNoPartOfIt() {
        SplitPage page = split(
                "口袋公园扮靓城区",
                "",
                "本报讯 今年以来，全市",
                "新建口袋公园二十座，",
                "市民出门即可见绿。",
                "（王红）",
                "“村晚”闹起来",
                "王 明 李 华摄影报道",
                "",
                "1月8日，全市乡村春晚",
                "集中展示活动在城西启",
                "动，二十余个村的文艺",
                "队伍登台演出。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(1).headline().text()).isEqualTo("“村晚”闹起来");
        assertThat(page.furniture()).contains("王 明 李 华摄影报道");
    }

    @Test
    void headlinePrintedBeforeTheArticleBelongsToTheArticleBelow() {
        SplitPage page = split(
                "全市春季植树活动启动 市民踊跃参与义务植树",
                "",
                "本报讯 3月12日,全市春季植树活动启动,市领导与干部群众一起参加义务植树,共栽下各类苗木三千余株,为城市增添新绿。(陈晨)",
                "",
                "新建轨道交通线路开通试运营",
                "",
                "本报讯 记者从市轨道交通集团获悉,新建轨道交通线路今天开通试运营,全线设站十八座,将进一步方便市民出行。(刘洋)");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).headline().title()).isEqualTo("全市春季植树活动启动");
        assertThat(page.articles().get(0).headline().subtitle()).isEqualTo("市民踊跃参与义务植树");
        assertThat(page.articles().get(1).headline().title()).isEqualTo("新建轨道交通线路开通试运营");
    }

    @Test
    void stackedHeadlinesAfterTheLastArticleAreSharedOutInOrder() {
        SplitPage page = split(
                "本报讯 昨天，市长调研全市重点",
                "水利工程建设，要求加快进度，确",
                "保工程按期建成发挥效益。 （孙丽）",
                "本报讯 昨天，全市消防安全工作",
                "会议召开，部署冬春火灾防控工作，",
                "要求压实各方责任。 （吴刚）",
                "",
                "市长调研重点水利工程建设",
                "",
                "加快进度 确保按期建成",
                "",
                "全市消防安全工作会议召开",
                "部署冬春火灾防控 压实各方责任",
                "",
                "本报讯 记者昨天获悉，全市",
                "新能源汽车保有量突破十万辆，",
                "公共充电桩数量持续增长。 （郑华）");
        assertThat(page.articles()).hasSize(3);
        assertThat(flat(page.articles().get(0).headline().text())).isEqualTo("市长调研重点水利工程建设加快进度确保按期建成");
        assertThat(flat(page.articles().get(1).headline().text())).isEqualTo("全市消防安全工作会议召开部署冬春火灾防控压实各方责任");
        assertThat(page.articles().get(2).headline()).isNull();
    }

    @Test
    void aStackedHeadlineClosingWithItsColumnsNameIsNoPartOfTheNext() {
        // headlines stacked after their articles; the second shares no words with its article's text, so only the
        // first one's column name closing it tells the two apart
        SplitPage page = split(
                "记者 王芳 通讯员 李华", "",
                "今年68岁的老张是一名长跑爱好者。十几年前，身体状况亮起红灯的老张开始", "跑步锻炼。",
                "记者 刘洋 通讯员 陈静", "",
                "尽管新赛季的比赛仍然困难重重，但球队如果能逐步建立起信心、凝聚成合", "力，就有可能创造奇迹。", "",
                "记者 赵强 通讯员 孙悦", "",
                "据新华社柏林3月4日电　4日，在不来梅进行的公开赛上，中国队选手在男", "单决赛中战胜对手，夺得了全部金牌。", "",
                "我尝到了运动的甜头（我运动 我快乐）", "",
                "改变，从细节开始（体坛观澜）", "",
                "公开赛男单夺冠");
        assertThat(page.articles()).hasSize(3);
        assertThat(flat(page.articles().get(0).headline().text())).isEqualTo("我尝到了运动的甜头（我运动我快乐）");
        assertThat(page.articles().get(1).headline().text()).isEqualTo("改变，从细节开始（体坛观澜）");
        assertThat(page.articles().get(2).headline().text()).isEqualTo("公开赛男单夺冠");
    }

    @Test
    void aBlankLineInAStackOfHeadlinesFallsBetweenTwoOfThem() {
        // headlines stacked after their articles, each wrapped by the column, a blank line between them; the first
        // one's second part (滨江新区…) shares words with both articles, so only the blank line tells where it belongs
        SplitPage page = split(
                "本报滨江3月4日电 记者今天", "获悉：滨江市出台新政，围绕", "数字经济等重点产业引进人才",
                "，来者均可落户。", "（刘峰）", "",
                "本报临川3月4日电 临川新区", "近年实施“零门槛”办事，加强", "社会治理，群众不满意什么就",
                "整治什么，街面秩序明显好转。", "（记者王明）", "",
                "围绕数字经济等重点", "产业", "滨江新区实施“零门槛”", "引才", "",
                "临川加强社会治理", "群众不满意什么就整", "治什么");
        assertThat(page.articles()).hasSize(2);
        assertThat(flat(page.articles().get(0).headline().text())).isEqualTo("围绕数字经济等重点产业滨江新区实施“零门槛”引才");
        assertThat(flat(page.articles().get(1).headline().text())).isEqualTo("临川加强社会治理群众不满意什么就整治什么");
    }

    @Test
    void aColumnsNameWrappedOntoALineOfItsOwnIsNoByline() {
        // a headline set after its article, its column's name alone on the line below: a bracket under a line that
        // finishes no sentence is that line's, and 权威发布 reads as no name
        SplitPage page = split(
                "本报讯 记者从市商务局获悉，节日", "期间全市蔬菜供应充足，价格总体", "保持平稳，主要品种均价与上周基",
                "本持平。", "（孙丽）", "",
                "菜篮子稳 市民心里", "踏实", "（权威发布）", "",
                "本报讯 昨天，全市春季植树活动", "在城北公园启动，上千名市民踊跃", "参与义务植树。", "（吴刚）", "",
                "上千名市民参与义务植树");
        assertThat(page.articles()).hasSize(2);
        assertThat(flat(page.articles().get(0).headline().text())).isEqualTo("菜篮子稳市民心里踏实（权威发布）");
        assertThat(page.articles().get(0).bylines()).containsExactly("孙丽");
        assertThat(page.articles().get(1).bylines()).containsExactly("吴刚");
    }

    @Test
    void eachPartOfAStackedHeadlineSumsUpItsOwnArticle() {
        // two headlines of two lines each stacked after their articles, no blank line between them: the second line
        // repeats a little of the first article and nothing of the second, so it stays with the first, though the
        // first headline's share of repeated wording falls with it
        SplitPage page = split(
                "本报滨江3月4日电 记者今天获悉：滨江市出台新政，围绕数字经济", "等重点产业招揽人才，零门槛落户。", "",
                "本报临川3月4日电 临川市近年加强社会治理，群众不满意什么就整治", "什么，街面秩序明显好转。", "",
                "围绕数字经济等重点产业", "滨江新区实施零门槛引才", "临川市加强社会治理", "群众不满意什么就整治");
        assertThat(page.articles()).hasSize(2);
        assertThat(flat(page.articles().get(0).headline().text())).isEqualTo("围绕数字经济等重点产业滨江新区实施零门槛引才");
        assertThat(flat(page.articles().get(1).headline().text())).isEqualTo("临川市加强社会治理群众不满意什么就整治");
    }

    @Test
    void aKickerWrappedAfterItsCommaOverItsTitleHeadsTheArticleBelowTheByline() {
        SplitPage page = split("老城区改造完成整整三年，", "经过一轮又一轮修缮后——", "老街重现烟火气（城市观察）", "",
                "本报记者  吴  刚", "",
                "周末的老街人头攒动。修缮一新的老宅里", "开起了茶馆和书店，不少居民带着孩子来",
                "逛。“老街又热闹起来了。”在这里住了", "四十年的王阿姨说。改造期间，施工方保",
                "留了街巷原有的格局，老墙老瓦都尽量利", "用，新铺的石板路也按老样子排布。");
        assertThat(page.articles()).hasSize(1);
        Article article = page.articles().get(0);
        assertThat(flat(article.headline().text())).isEqualTo("老城区改造完成整整三年，经过一轮又一轮修缮后——老街重现烟火气（城市观察）");
        assertThat(article.bylines()).containsExactly("吴刚");
        assertThat(article.text()).startsWith("周末的老街人头攒动");
    }

    @Test
    void aKickerWrappedAfterAnEnumerationMarkHeadsTheArticleItStandsAfter() {
        SplitPage page = split("本报讯 老街上的一座老宅修缮完成，雕花门", "窗重现旧日模样，吸引不少游客驻足拍照。",
                "（王芳、李明）", "", "市图书馆五年办二百多场展览、", "四百多场讲座", "书香“流”到村子里", "",
                "本报讯 全市今年新建城市书房二十家，每", "家藏书都在五千册以上，市民刷卡即可进", "入。（张华）", "",
                "城市书房全天开放");
        assertThat(page.articles()).hasSize(2);
        assertThat(flat(page.articles().get(0).headline().text())).isEqualTo("市图书馆五年办二百多场展览、四百多场讲座书香“流”到村子里");
        assertThat(page.articles().get(0).text()).startsWith("本报讯 老街上");
        assertThat(page.articles().get(1).headline().title()).isEqualTo("城市书房全天开放");
    }

    @Test
    void aHeadlineOfTwoLinesJoiningPhrasesWithAnEnumerationMarkBetweenBlankLinesHeadsTheTextBelow() {
        // paragraphs a line each, no dateline or byline: only the headline's shape tells a new article begins
        SplitPage page = split("老街老宅修缮完成", "",
                "　　老街上的一座老宅修缮完成，雕花门窗重现旧日模样，吸引不少游客驻足拍照。",
                "　　修缮期间，施工方保留了老宅原有的格局，老墙老瓦都尽量利用。", "",
                "市图书馆五年办二百多场展览、四百多场讲座", "书香“流”到村子里", "",
                "　　流动书车开进了山村，村民们在家门口就能借到新书，孩子们放学后围着书车看绘本。",
                "　　图书馆馆长说，今年还将新开十条流动书车线路，让更多村子通上书香。");
        assertThat(page.articles()).hasSize(2);
        assertThat(flat(page.articles().get(1).headline().text())).isEqualTo("市图书馆五年办二百多场展览、四百多场讲座书香“流”到村子里");
        assertThat(page.articles().get(0).text()).endsWith("都尽量利用。");
        assertThat(page.articles().get(1).text()).startsWith("流动书车开进了山村");
    }

    @Test
    void linesOfAParagraphBetweenBlankLinesWhoseLastHoldsAnEnumerationMarkStayInTheText() {
        // a column break cut the sentence's opening off between blank lines: no headline, though its lines are short
        SplitPage page = split("城市书房全天开放", "", "本报讯 全市今年新建城市书房二十家，每", "家藏书都在五千册以上，市民刷卡即可进",
                "入，夜里也有人在读书。", "", "多点发力带来的叠加效应，高效", "推动着书房从重藏书、给", "",
                "座位的1.0版本迈向重活动、重服务的2.0", "版本。（张华）");
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).text()).contains("多点发力带来的叠加效应").endsWith("2.0版本。");
    }

    @Test
    void aPictureCreditAsWideAsANarrowColumnOverAnotherCreditIsFurniture() {
        // the title fills the column too, so only the line of furniture under the credit tells it from text going on
        SplitPage page = split("城东老街夜市重新开张", "",
                "本报讯（记者 王", "芳）昨晚，城东老", "街夜市重新开张，", "摊位沿街排开，小", "吃、手作和旧书摊", "前挤满了人。", "",
                "口袋公园全部开放", "本报记者  吴  刚  摄", "制图：陈  静", "",
                "王 芳 李 明摄影报道", "",
                "本报讯（记者 李", "明）今年起，城区", "新建的三座口袋公", "园全部向市民开放", "，每天早六点到晚", "十点都可进园。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.furniture()).contains("本报记者 吴 刚 摄");
        assertThat(page.articles()).allSatisfy(a -> assertThat(a.headline().text()).doesNotContain("摄"));
        assertThat(flat(page.articles().get(1).headline().text())).isEqualTo("口袋公园全部开放");
    }

    @Test
    void aColumnsNameWrappedUnderATitleClosingWithAnExclamationStaysWithIt() {
        SplitPage page = split("新建轨道交通线路月底试运营", "",
                "本报讯 记者从市交通局获悉，新建轨道交通线路将于本月底开通试运营。 （吴刚）", "",
                "返岗工友们，一起看灯去！", "（暖相册）", "",
                "本报讯（记者史芳瑞）在重庆工作多年，周高文和杨华秀两口子从未看过重庆的夜景。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(1).headline().text()).isEqualTo("返岗工友们，一起看灯去！（暖相册）");
    }

    @Test
    void aTitleClosingWithItsColumnsNameAndADashedSubtitleRightUnderTheTextIsCutFromIt() {
        // headlines stacked after their articles, the first set right under the second article's last line
        SplitPage page = split("本报记者  王  芳", "",
                "今年全市新型职业农民培训人数创新高，一批返乡青年成了", "种养能手，带动乡亲们增收致富，新农民走出了新路子。", "",
                "本报记者  李  华", "",
                "推出新政有利于优化营商环境，增强企业抵御风险能力，", "全市出台的新政受到市场主体普遍欢迎。",
                "新农民，打开致富新路子（纵深）", "——来自城郊乡村振兴的调研", "",
                "全市出台新政优化营商环境", "",
                "本报记者  赵  强", "",
                "昨天，全市春季植树活动在城北公园启动，上千名市民踊跃", "参与义务植树，共栽下各类树苗两千余株。", "",
                "上千名市民参与义务植树");
        assertThat(page.articles()).hasSize(3);
        assertThat(flat(page.articles().get(0).headline().text())).isEqualTo("新农民，打开致富新路子（纵深）——来自城郊乡村振兴的调研");
        assertThat(page.articles().get(1).paragraphs()).last().asString().endsWith("普遍欢迎。");
    }

    @Test
    void aSpaceInsideAColumnsNameSplitsNoHeadlineIntoParts() {
        SplitPage page = split("老街夜市重新开张（城市观察 民生实事）", "",
                "本报讯（记者 刘洋）老街夜市昨晚重新开张，吸引大批市民前来。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline().title()).isEqualTo("老街夜市重新开张（城市观察 民生实事）");
            assertThat(a.headline().subtitle()).isNull();
        });
    }

    @Test
    void aColumnsNameGluingARoleToAWordOfNoNameIsNoByline() {
        assertThat(Bylines.isCredit("（评论员观察）")).isFalse();
        assertThat(Bylines.isCredit("（评论员 张明）")).isTrue();
        assertThat(Bylines.isCredit("（记者张明）")).isTrue();
        SplitPage page = split("统筹做好城市更新和民生保障", "（评论员观察）", "",
                "城市更新要坚持以人民为中心，把民生保障放在突出位置。", "",
                "老街改造中，居民的意见得到充分听取，改造方案几易其稿。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline()).extracting(Headline::text).isEqualTo("统筹做好城市更新和民生保障（评论员观察）");
            assertThat(a.bylines()).isEmpty();
        });
    }

    @Test
    void headlineBlockRunningStraightIntoTheNextIsCutWhereTheLineWidthJumps() {
        SplitPage page = split(
                "本报讯 5月20日，全市农业农村",
                "工作推进会召开，部署夏收夏种和",
                "高标准农田建设工作。 （钱伟）",
                "",
                "全市农业农村工作推进会召开",
                "",
                "抓好夏收夏种推进农田建设工作要求",
                "全省首个",
                "智慧农业",
                "示范区获批",
                "",
                "省农业农村厅近日发文，批准",
                "设立全省首个智慧农业示范区，",
                "示范区将建设数字农业平台。 （新华）");
        assertThat(page.articles()).hasSize(2);
        assertThat(flat(page.articles().get(1).headline().text())).isEqualTo("全省首个智慧农业示范区获批");
        assertThat(flat(page.articles().get(0).headline().text())).startsWith("全市农业农村工作推进会召开");
    }

    @Test
    void aWrappedTitlesShortTailIsDearToCutOffButARunOfNarrowLinesIsNot() {
        AssignerWeights w = AssignerWeights.FITTED;
        double[] tail = HeadlineAssigner.cutCosts(List.of(new ZoneLine("各地中小学校迎来春季", true, true, false),
                new ZoneLine("开学", false, false, false)), w);
        assertThat(tail[1]).isEqualTo(w.cutFlat());
        double[] stack = HeadlineAssigner.cutCosts(List.of(new ZoneLine("抓好夏收夏种推进农田建设工作要求", true, true, false),
                new ZoneLine("全省首个", false, false, false), new ZoneLine("智慧农业", false, false, false)), w);
        assertThat(stack[1]).isEqualTo(w.cutAtJump());
        double[] kicker = HeadlineAssigner.cutCosts(List.of(new ZoneLine("全省首个", true, true, false),
                new ZoneLine("智慧农业示范区在我市获批设立", false, false, false)), w);
        assertThat(kicker[1]).isEqualTo(w.cutAtJump());
    }

    @Test
    void titleWrappedOverTwoLinesIsOneTitle() {
        SplitPage page = split(
                "本报讯 日前，市博物馆推出春节",
                "特展，展出馆藏文物二百余件。 （许晴）",
                "",
                "市博物馆推出",
                "春节特展");
        assertThat(page.articles().get(0).headline().title()).isEqualTo("市博物馆推出春节特展");
    }

    @Test
    void readsBylinesSeparatedBySpacesOrCommasAndOnALineOfTheirOwn() {
        assertThat(Bylines.trailing("持续增长。 （高小梅 惠晓晓）").orElseThrow().names()).containsExactly("高小梅", "惠晓晓");
        assertThat(Bylines.trailing("更好结果。(高小梅、惠晓晓)").orElseThrow().names()).containsExactly("高小梅", "惠晓晓");
        assertThat(Bylines.trailing("（朱冬冬）").orElseThrow().names()).containsExactly("朱冬冬");
        assertThat(Bylines.trailing("取得实效。（记者 张三 通讯员 李四）").orElseThrow().names()).containsExactly("张三", "李四");
        SplitPage page = split(
                "本报讯 近期，市民政局开展养老",
                "机构安全检查，覆盖全市机构。",
                "",
                "（周文文）",
                "",
                "养老机构安全检查全覆盖");
        assertThat(page.articles().get(0).bylines()).containsExactly("周文文");
        assertThat(page.articles().get(0).headline().title()).isEqualTo("养老机构安全检查全覆盖");
    }

    @Test
    void aSourceInBracketsIsNoReporterAndWhatReportersDidIsNoName() {
        assertThat(Bylines.trailing("（新华社）")).isEmpty();
        assertThat(Bylines.trailing("取得实效。（据人民网）")).isEmpty();
        assertThat(Bylines.trailing("取得实效。（本报综合）")).isEmpty();
        assertThat(Bylines.trailing("（本报记者 张三 摄影报道）").orElseThrow().names()).containsExactly("张三");
        assertThat(Bylines.trailing("（记者 李四 综合报道）").orElseThrow().names()).containsExactly("李四");
        SplitPage page = split(
                "本报讯 近期，市民政局开展养老",
                "机构安全检查，覆盖全市机构。",
                "（新华社）",
                "",
                "养老机构安全检查全覆盖");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.bylines()).isEmpty();
            assertThat(a.headline().title()).isEqualTo("养老机构安全检查全覆盖");
        });
    }

    @Test
    void aPicturesSourceInBracketsIsNoReporter() {
        assertThat(Bylines.trailing("图为改造后的街巷。 （资料图片）")).isEmpty();
        assertThat(Bylines.trailing("（网络图片）")).isEmpty();
        assertThat(Bylines.trailing("（资料照片）")).isEmpty();
        SplitPage page = split(
                "本报讯 近期，市民政局开展养老",
                "机构安全检查，覆盖全市机构。",
                "图为检查现场。 （资料图片）",
                "",
                "养老机构安全检查全覆盖");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.bylines()).isEmpty();
            assertThat(a.headline().title()).isEqualTo("养老机构安全检查全覆盖");
        });
    }

    @Test
    void aCaptionsPictureCreditIsFurnitureNotTextOrByline() {
        assertThat(Bylines.trailing("图为检查现场。（本报记者 张三 摄）")).isEmpty();
        SplitPage page = split(
                "养老机构安全检查全覆盖",
                "",
                "本报讯（记者 李四）近期，市民政局开展养老",
                "机构安全检查，覆盖全市机构。",
                "",
                "▲检查人员在查看消防设施。 本报记者 张三 摄",
                "",
                "　　检查将持续到月底。",
                "",
                "　　图为检查现场。（本报记者 李四 摄）");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.bylines()).containsExactly("李四");
            assertThat(a.paragraphs()).contains("检查将持续到月底。").doesNotContain("▲检查人员在查看消防设施。", "图为检查现场。");
            assertThat(a.text()).doesNotContain("摄");
        });
        assertThat(page.furniture()).contains("本报记者 张三 摄", "（本报记者 李四 摄）", "▲检查人员在查看消防设施。", "图为检查现场。");
    }

    @Test
    void aCaptionNamingItsPictureKeepsTheCreditOnItsLineAndClosesTheText() {
        assertThat(Furniture.creditAfterCaption("老城墙修缮后的东门 本报记者 张三 摄")).isEqualTo(10);
        assertThat(Furniture.creditAfterCaption("画家李四作品《春山》（局部）　市美术馆供图".replace('　', ' '))).isEqualTo(15);
        assertThat(Furniture.creditAfterCaption("新华社记者 王五 摄")).isEqualTo(-1);
        assertThat(Furniture.creditAfterCaption("他在会上说， 张三 摄")).isEqualTo(-1);
        assertThat(Furniture.creditAfterCaption("两位老人在公园里练习太极拳")).isEqualTo(-1);
        // a signed review ends with its picture's caption; a titled note under it closes with its own writer
        SplitPage page = split("在山水之间寻找笔墨的温度", "",
                "文/周文",
                "　　走进市美术馆二楼展厅，一幅幅山水长卷依次展开，画家们用不同的笔墨讲述着家乡的四季。",
                "　　展览将持续到下月中旬，每周一闭馆，市民可免费参观。",
                "画家李四作品《春山》（局部）　市美术馆供图",
                "",
                "《河边的小镇》：一条老街的往事",
                "　　作家赵明的新书《河边的小镇》近日出版，书中写了一条老街几代人的生活。",
                "　　书的最后写道：“街还在，人都走远了。”读来令人感慨。（陈东）");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).bylines()).containsExactly("周文");
        assertThat(page.articles().get(0).paragraphs()).last().isEqualTo("画家李四作品《春山》（局部）");
        assertThat(page.articles().get(1).headline().title()).isEqualTo("《河边的小镇》：一条老街的往事");
        assertThat(page.articles().get(1).bylines()).containsExactly("陈东");
        assertThat(page.furniture()).contains("市美术馆供图");
    }

    @Test
    void headingLinesOverATextOpeningWithTheSourceItReportsAfterHeadAnArticle() {
        assertThat(Markers.opensWithReportedSource("据某国媒体报道，连日来")).isTrue();
        assertThat(Markers.opensWithReportedSource("据某某新闻报道，")).isTrue();
        assertThat(Markers.opensWithReportedSource("据某国《某某时报》报道，")).isTrue();
        assertThat(Markers.opensWithReportedSource("据某国媒体17日报道，")).isTrue();
        assertThat(Markers.opensWithReportedSource("据了解，")).isFalse();
        assertThat(Markers.opensWithReportedSource("据他介绍，")).isFalse();
        // an agency's item, then one of a roundup: two stories from abroad share the words of such news
        SplitPage page = split("某国央行宣布下调基准利率",
                "据新华社电\u3000某国中央银行12日宣布，将基准",
                "利率下调0.25个百分点至3.5%，这是该行今年",
                "以来第二次降息。",
                "该行在声明中说，近几个月来该国通胀压力有",
                "所缓解，但经济增长动能偏弱，一季度国内生",
                "产总值环比仅增长0.1%。",
                "分析人士认为，该行年内可能继续降息，但降",
                "息能否有效提振消费和投资仍有待观察。",
                "关注沿海强降雨",
                "洪灾已致数万人转移",
                "据某国媒体报道，连日来，该国东部地区遭遇",
                "持续强降雨，多条河流水位超过警戒线。灾害",
                "管理部门13日说，洪水已造成至少17人死亡，",
                "超过4万人被紧急转移至安置点。",
                "当地政府已调派军队协助救援，并在受灾地区",
                "设立了43个临时安置点。据气象部门预测，未",
                "来一周东部地区仍将有较强降雨。");
        assertThat(page.articles()).extracting(a -> a.headline().title())
                .containsExactly("某国央行宣布下调基准利率", "关注沿海强降雨");
        assertThat(page.articles().get(1).text()).startsWith("据某国媒体报道");
    }

    @Test
    void aTableOfResultsSetSolidBetweenTwoArticlesIsFurniture() {
        SplitPage page = split("江城队主场逆转取胜",
                "本报讯（记者 王芳）昨晚，江城队在主场以2:1",
                "逆转战胜海港队，取得三连胜。",
                "赛后，主教练说，球队下半场打出了气势。",
                "联赛第5轮赛果",
                "江城队\u30002:1\u3000海港队",
                "山城队\u30000:0\u3000河谷队",
                "平原队\u30003:2\u3000湖畔队",
                "积分榜（前三）",
                "1.江城队\u300013分",
                "2.河谷队\u300011分",
                "3.平原队\u300010分",
                "全市中学生篮球赛开幕",
                "本报讯（记者 李明）昨天下午，全市中学生篮球",
                "赛在市体育馆开幕，四十支球队参赛。");
        assertThat(page.articles()).extracting(a -> a.headline().title())
                .containsExactly("江城队主场逆转取胜", "全市中学生篮球赛开幕");
        assertThat(page.articles()).allSatisfy(a -> assertThat(a.text()).doesNotContain("积分榜", "海港队\u3000"));
        assertThat(page.furniture()).anySatisfy(f -> assertThat(f).startsWith("联赛第5轮赛果").endsWith("3.平原队 10分"));
    }

    @Test
    void aNameAloneUnderAColumnsLastSentenceOverACreditSignsIt() {
        // a comment page set solid: each piece credits its writer above or below its text
        SplitPage page = split("江城时评",
                "“一网通办”别成了“一网难办”",
                "□ 周文",
                "近日有市民反映，到某区政务中心办事，要先",
                "下载应用、注册账号，再排队取号，比过去还",
                "麻烦。便民的初衷，不能变成添堵的结果。",
                "衡量一项便民举措的成效，不在于上线了多少",
                "应用，而在于群众办事是否真正方便了。",
                "今日谈",
                "社区里的“小账本”",
                "在城南街道，每个社区都有一本“小账本”：哪",
                "条路灯坏了、哪户老人需要助餐，都一笔笔记",
                "在上面，办结一件划掉一件。",
                "账本虽小，记的是民情，连的是民心。把一件",
                "件小事办好了，就是在做大事。",
                "赵明远",
                "漫画：《层层加码》\u3000张三 作",
                "观点·争鸣",
                "县城“留人”关键在“留心”",
                "文/ 李思远",
                "每逢春节假期结束，不少县城都会迎来返乡人",
                "员的离开潮。留住年轻人，既要有好的岗位，",
                "也要有好的公共服务和生活环境。");
        assertThat(page.articles()).extracting(Article::bylines)
                .containsExactly(List.of("周文"), List.of("赵明远"), List.of("李思远"));
        assertThat(page.articles().get(2).text()).startsWith("每逢春节假期结束");
        assertThat(page.articles().get(1).text()).doesNotContain("赵明远");
    }

    @Test
    void aTitleUnderThePictureCreditClosingAPictureStoryHeadsTheNext() {
        // two picture stories of one page share their words; each closes with its picture's credit
        SplitPage page = split("某某日报",
                "2025年10月9日\u3000星期四",
                "青峰山红叶正当时",
                "10月7日，游客在青峰山景区观赏红叶。随着气温逐渐下降，青峰山两万亩枫林陆续进入最佳观赏期，景区每天"
                        + "接待游客超过一万人次。为缓解停车压力，景区在山脚开设临时停车场三处，并开通免费接驳车，游客可提前通过"
                        + "线上平台预约入园。景区提醒游客错峰出行，登山时注意安全，不要在山间吸烟和使用明火，共同守护红叶美景。"
                        + "景区还推出了红叶摄影大赛和登山健身活动，吸引不少游客参与。前来参赛的摄影爱好者说，青峰山的红叶层次分"
                        + "明，从山脚到山顶由绿转黄再转红，每年这个时候都要来拍上几天。当地民宿的预订量也明显上升，不少村民在家"
                        + "门口办起了农家乐，售卖板栗、柿饼等山货，增加了收入。",
                "本报记者 张三 摄",
                "古城墙下过假日",
                "国庆假期，古城墙景区推出汉服巡游、非遗市集、夜游灯会等系列活动，假期累计接待游客三十多万人次，同比增"
                        + "长18%。图为10月5日，游客在城墙根下观看皮影戏表演。景区还开设了非遗体验区，游客可以亲手制作剪纸"
                        + "、糖画和泥塑。景区提醒游客错峰出行，通过线上平台预约入园，登山时注意安全。景区还推出了摄影大赛，吸引"
                        + "不少游客参与。",
                "通讯员 李四 摄");
        assertThat(page.articles()).extracting(a -> a.headline().title())
                .containsExactly("青峰山红叶正当时", "古城墙下过假日");
        assertThat(page.furniture()).contains("本报记者 张三 摄", "通讯员 李四 摄");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"赵明远（78岁）|赵明远", "乔\u3000木|乔木", "乔 木|乔木"})
    void aSignerWithTheirAgeOrASpreadTwoCharacterNameSignsTheEssayAbove(String signature, String name) {
        SplitPage page = split("粮站里的那把算盘", "", "那把算盘挂在我家书房的墙上，孙子来了总爱拨弄几下。",
                "算盘珠子一颗颗，拨的是数字，也是做人的分寸。", signature, "", "秋冬泡脚要记牢", "",
                "本报讯 天气转凉，不少老年人喜欢睡前用热水泡脚，医生提醒水温不宜过高。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).bylines()).containsExactly(name);
        assertThat(page.articles().get(0).text()).doesNotContain("岁").endsWith("做人的分寸。");
        assertThat(page.articles().get(1).headline().text()).isEqualTo("秋冬泡脚要记牢");
    }

    @ParameterizedTest
    @ValueSource(strings = {"图为市民在新馆阅览区读书。", "张明（左）在田间查看秧苗长势。", "6月9日，农机手在田间抢收小麦。", "修缮后的老桥夜景。"})
    void aCaptionRightOverItsPicturesCreditIsFurnitureNotTheTextAbove(String caption) {
        SplitPage page = split("市图书馆新馆开放", "", "本报讯 市图书馆新馆昨日正式开放，首日接待读者三千余人次。",
                "新馆设有少儿阅读区、古籍修复展示区和自习区，开放时间延长至每晚九时。", "", caption, "本报记者 王芳 摄", "",
                "城南公园完成改造", "", "本报讯 城南公园改造工程日前完工，新增步道两公里。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).text()).doesNotContain(caption).endsWith("延长至每晚九时。");
        assertThat(page.furniture()).contains(caption);
    }

    @Test
    void anAgencysNameSendingThePictureAfterItsCaptionOnTheSameLineIsFurniture() {
        String caption = "图为农民在田间晾晒新收的小麦。";
        assertThat(Furniture.creditAfterSentence(caption + "　　新华社发".replace('　', ' '))).isEqualTo(caption.length());
        // a column's line break may fall after the same words inside a sentence (新华社发 / 布的数据显示…)
        assertThat(Furniture.creditAfterSentence("今年以来出口稳中有升。新华社发")).isEqualTo(-1);
        SplitPage page = split("市图书馆新馆开放", "", "本报讯 市图书馆新馆昨日正式开放，首日接待读者三千余人次。",
                "新馆设有少儿阅读区和自习区，开放时间延长至每晚九时。", "", caption + "　新华社发", "", "城南公园完成改造", "",
                "本报讯 城南公园改造工程日前完工，新增步道两公里。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles()).allSatisfy(a -> assertThat(a.text()).doesNotContain("新华社发", "晾晒"));
        assertThat(page.furniture()).contains(caption, "新华社发");
    }

    @Test
    void aCaptionsFirstLinePointingAtItsPictureIsNoHeadline() {
        assertThat(Headlines.pointsAtPicture("图为“银杏角”")).isTrue();
        assertThat(Headlines.pointsAtPicture("上图书馆借阅量创新高")).isFalse();
        // the column cut the caption after its pointer and a name: the short first line looks like a headline
        SplitPage page = split("市区新建口袋公园六座", "", "　　本报讯　今年以来，市", "区新建口袋公园六座，让",
                "市民出门就能见绿。", "（通讯员 李明）", "", "图为“银杏角”", "口袋公园一角。", "李明 摄", "",
                "城南公园", "完成改造", "", "　　本报讯　城南公园改造", "工程日前完工，新增步道", "两公里。");
        assertThat(page.articles()).extracting(PageSplitterTest::headlineText)
                .containsExactly("市区新建口袋公园六座", "城南公园完成改造");
        assertThat(page.articles()).allSatisfy(a -> assertThat(a.text()).doesNotContain("银杏角", "口袋公园一角"));
    }

    /** A notice names itself by its title's last word (启事, 预告): printed whole under it, never a report's section. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "“金秋晚晴”老年书画摄影作品征集启事|　　为庆祝重阳佳节，市老年人协会与本报联合举办老年书画摄影作品征集活动，现面向全市征集作品。",
        "城西社区免费义诊预告|　　十二月一日上午，市第二医院专家将在城西社区服务中心开展免费义诊，提供血压测量和健康咨询。"})
    void aNoticeUnderItsTitleAfterABriefIsAnArticleOfItsOwn(String title, String text) {
        String brief = "　　本报讯（通讯员 李明）“点这个图标，就能和孙女视频了！”昨天下午，在城南社区活动室里，八十二岁的"
                + "居民孙大妈举着手机，高兴得像个孩子。社区开设“银发课堂”以来，已开课四十余次，累计服务老人六百多人次。";
        SplitPage page = split("社区“银发课堂”教老人用手机", brief, "", title, text,
                "　　一、对象：年满六十周岁的本市常住居民。", "　　二、时间：即日起至十一月十日。");
        assertThat(page.articles()).extracting(PageSplitterTest::headlineText)
                .containsExactly("社区“银发课堂”教老人用手机", title);
    }

    @Test
    void aCaptionUnderAnArticleItsBylineClosedIsFurnitureToo() {
        SplitPage page = split("市图书馆新馆开放", "", "本报讯 市图书馆新馆昨日正式开放，首日接待读者三千余人次。（王芳）", "",
                "图为市民在新馆阅览区读书。", "本报记者 李华 摄", "", "城南公园完成改造", "",
                "本报讯 城南公园改造工程日前完工，新增步道两公里。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles()).allSatisfy(a -> assertThat(a.text()).doesNotContain("阅览区"));
        assertThat(page.furniture()).contains("图为市民在新馆阅览区读书。");
    }

    @Test
    void aLastParagraphSayingMoreThanACaptionStaysInTheTextOverACredit() {
        String last = "据介绍，新馆还将开设夜间讲座。首场讲座将于本周六举行，欢迎市民参加。";
        SplitPage page = split("市图书馆新馆开放", "", "本报讯 市图书馆新馆昨日正式开放，首日接待读者三千余人次。", "", last,
                "本报记者 王芳 摄", "", "城南公园完成改造", "", "本报讯 城南公园改造工程日前完工，新增步道两公里。");
        assertThat(page.articles().get(0).text()).endsWith(last);
    }

    @ParameterizedTest
    @ValueSource(strings = {"邴书华\n（作者单位：某某省委党校）", "邴书华　（作者单位：某某省委党校）", "（作者：邴书华，系某某党校副教授）",
        "作者单位：某某省委党校\n邴书华"})
    void anEssaysAuthorSignsWithANoteOfWhoTheyAreUnderItsLastSentence(String signature) {
        SplitPage page = split("以党建引领基层治理", "", "基层是党的执政之基、力量之源。推进基层治理，关键在党。",
                "只有把基层党组织建设成为坚强战斗堡垒，才能夯实党的执政根基。", "", signature, "", "在调查研究中练就过硬本领", "",
                "调查研究是谋事之基、成事之道。党员干部要走出机关，深入一线。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).bylines()).containsExactly("邴书华");
        assertThat(page.articles().get(1).headline().text()).isEqualTo("在调查研究中练就过硬本领");
        assertThat(page.articles().get(1).bylines()).isEmpty();
    }

    @Test
    void anAuthorsNoteOverTheNextArticlesBylineLineCreditsNoOneOfIt() {
        SplitPage page = split("以党建引领基层治理", "", "基层是党的执政之基、力量之源。推进基层治理，关键在党。",
                "（作者为某某大学教授）", "筑牢根基 行稳致远", "本报记者 邓婷", "筑牢根基非一朝一夕之功，需要一代代音乐人勤力赓续，在专业性上不断提高。");
        assertThat(page.articles()).extracting(Article::bylines).containsExactly(List.of(), List.of("邓婷"));
    }

    @Test
    void aColumnBreakInsideAClosingBracketOfNamesEndsNoArticle() {
        // headlines after their articles; the blank line falls inside the bracket, in the middle of a role
        SplitPage page = split("　　运营公司提醒，延时运营期间，", "部分换乘站的换乘通道将在零时前", "关闭，乘客出行前可通过App查",
                "询末班车时刻，合理安排行程。（记者　邹岩　通讯", "", "员　范晓琪）", "地铁三条线路周末延时运营", "",
                "　　每天上午11点，家住柳浪街道", "的老人沈桂兰都会准时来到社区长", "者食堂吃午饭。（记者　郁晨）", "社区长者食堂新增28家");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles()).extracting(Article::bylines)
                .containsExactly(List.of("邹岩", "范晓琪"), List.of("郁晨"));
        assertThat(page.articles()).extracting(a -> a.headline().text())
                .containsExactly("地铁三条线路周末延时运营", "社区长者食堂新增28家");
    }

    @Test
    void thePapersAndTheWeeklysNamesOverTheEditionLineAreTheMasthead() {
        SplitPage page = split("临湖晚报", "健康周刊", "第B05版　2024年7月16日　星期二", "", "“空调病”找上门，怎么防？",
                "本报记者　闻湘宁", "　　入伏以来，临湖持续高温，室外气温多日超过35℃，不少市民出现了头痛、咽喉不适等症状。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline().text()).isEqualTo("“空调病”找上门，怎么防？");
            assertThat(a.text()).startsWith("入伏以来");
        });
        assertThat(String.join("\n", page.furniture())).contains("临湖晚报", "健康周刊");
    }

    @Test
    void aTeaserClosingWithAPointerToItsPageEndsThere() {
        // a front page's teasers: each closes with the page its story is on, the next teaser's title under it
        SplitPage page = split("菱湖夜市扩容", "新增摊位180个", "　　菱湖夜市扩容改造完成，", "新增摊位180个，划分小吃、",
                "文创、夜游三大区域，周末", "营业时间延长至24点。（详", "见A6版）", "", "城际铁路暑运", "加开12对列车",
                "　　暑运期间，岚城至枫港", "城际铁路将加开列车12对，", "其中4对为夜间列车，最晚", "一班22点40分从岚城站发车。",
                "（详见A8版）", "", "千亩荷花", "进入盛花期", "　　连日来，市民公园的千亩", "荷塘陆续进入盛花期，吸引", "大批市民前往赏荷拍照，花",
                "期将持续到7月中旬。（详见", "A11版）");
        assertThat(page.articles()).extracting(a -> a.headline().text())
                .containsExactly("菱湖夜市扩容新增摊位180个", "城际铁路暑运加开12对列车", "千亩荷花进入盛花期");
    }

    @Test
    void aReaderSigningALetterWithWhereTheyLiveIsItsWriterAndTheReplyUnderItStaysWithIt() {
        assertThat(Bylines.letterSignature("某某区某某小区 读者 张三")).containsExactly("张三");
        assertThat(Bylines.letterSignature("某某县 李四")).containsExactly("李四");
        assertThat(Bylines.letterSignature("某某学院学生 王五")).containsExactly("王五");
        assertThat(Bylines.letterSignature("市委书记 张三")).isNull();
        assertThat(Bylines.letterSignature("某某小区 三号楼")).isNull();
        // a reader's question put to a column is answered below it: no credit of the item
        assertThat(Bylines.trailing("该怎么办？（某某县某某镇 读者 张三）")).isEmpty();
        // two letters on one matter, each signed by its reader, the reporter's follow-up printed under the first
        SplitPage page = split("某某日报\u30002025年9月12日\u3000星期五",
                "7\u3000读者来信",
                "老旧小区加装电梯，卡在“最后一票”",
                "编辑同志：",
                "我家住在河西区某某小区3号楼6楼，今年73岁，老伴腿脚不好，每次上下楼都要歇好几回。楼里大多数住户都"
                        + "同意加装电梯，只有一户一直不签字，事情就这样拖了两年。",
                "为了这件事，我们找社区协调了好几次，也提出给一楼住户适当的补偿，可对方还是不同意。眼看着楼里的老人一"
                        + "年比一年多，上下楼成了大家最发愁的事。",
                "我们不是不体谅低层住户的难处，只是希望有关部门能出面协调，找到一个都能接受的方案。",
                "河西区某某小区 读者 张秀芬",
                "记者追访",
                "接到来信后，记者联系了河西区住房和城乡建设局。该局工作人员表示，将组织社区召开协调会，听取低层住户的"
                        + "意见，今年以来全区已加装电梯两百多部。",
                "加装电梯后维护谁来管",
                "我家住的小区去年加装了电梯，楼里住户都很高兴。可最近电梯坏了好几回，住户联系社区，社区说要找加装电梯"
                        + "的公司，公司又说维护费用该由住户分摊，事情就这样拖着。楼里的老人上下楼又成了难题，有的老人已经一个多"
                        + "星期没下过楼了。希望河西区住房和城乡建设局出面协调，组织社区召开协调会，明确加装电梯后的维护责任，别"
                        + "让加装电梯的好事变成烦心事。（某某市滨湖区 程守义）",
                "希望夜班公交多开几趟",
                "我是某某职业技术学院的一名学生，周末在市中心一家餐厅兼职，下班一般在晚上10点半以后，这时回学校的公"
                        + "交车已经很少了。希望公交公司在周末延长夜班公交的运营时间，或者增开一条直达线路。",
                "某某职业技术学院学生 温若溪",
                "部门回复",
                "某某市公交集团：感谢读者的关注和建议。经客流调查，集团计划自10月1日起延长周末夜班公交的运营时间，"
                        + "具体时刻表将通过官方公众号发布。",
                "责任编辑：芮晴\u3000校对：许文");
        assertThat(page.articles()).extracting(Article::bylines)
                .containsExactly(List.of("张秀芬"), List.of("程守义"), List.of("温若溪"));
        assertThat(page.articles().get(0).text()).contains("接到来信后");
        assertThat(page.articles().get(2).text()).contains("感谢读者的关注和建议");
        assertThat(page.articles().get(1).headline().title()).isEqualTo("加装电梯后维护谁来管");
    }

    @Test
    void anExpertsWorkplaceTitleAndNameAfterAnAuthorsMarkCreditTheText() {
        assertThat(Bylines.line("□某某市农业技术推广站 高级农艺师 张明")).containsExactly("张明");
        assertThat(Bylines.line("□ 某某医院心内科 主任医师 李华")).containsExactly("李华");
        assertThat(Bylines.line("□某某市农业技术推广站")).isNull();
        // the author's workplace or title in brackets after the name
        assertThat(Bylines.line("□ 张明（某某师范学院副教授）")).containsExactly("张明");
        // or the name first, the workplace and its title after it
        assertThat(Bylines.line("□　张明　某某省人民医院神经内科主任医师")).containsExactly("张明");
        assertThat(Bylines.line("□ 李华 某某大学 教授")).containsExactly("李华");
        assertThat(Bylines.line("□ 李华 某某大学校园开放日")).isNull();
        // the author's line wrapped between the workplace and the title
        SplitPage page = split("春菜集中上市\u3000菜价稳中有降",
                "本报记者\u3000王芳",
                "4月14日凌晨4点，市农产品批发市场蔬菜交易区已是车来车往。来自各县的运菜车排起长队，刚从地里采收的"
                        + "莴笋、蒜苗一捆捆卸下，很快就被超市采购员订走。",
                "市场监测数据显示，上周该市场主要蔬菜加权平均批发价为每公斤3.62元，环比下降6.4%。",
                "农技指导",
                "春玉米播种要把好“四关”",
                "□某某市农业技术推广站",
                "高级农艺师\u3000张明",
                "当前，我省大部分地区春玉米进入播种期。播种质量直接关系到出苗和产量，广大农户要重点把好以下“四关”。",
                "一是选种关，二是整地关，三是播期关，四是密度关。");
        assertThat(page.articles()).extracting(Article::bylines).containsExactly(List.of("王芳"), List.of("张明"));
        assertThat(page.articles().get(1).text()).startsWith("当前，我省大部分地区");
    }

    @Test
    void aTitleOverOneParagraphItsPictureCreditClosesHeadsAPictureStory() {
        // a feature closing with its box, then picture stories sharing its places and words
        SplitPage page = split("某某晚报·悦游周刊",
                "2025年4月18日\u3000星期五",
                "青峰山里赏红叶",
                "文/图 本报记者 张三",
                "10月7日，游客在青峰山景区观赏红叶。随着气温逐渐下降，青峰山两万亩枫林陆续进入最佳观赏期，景区每天"
                        + "接待游客超过一万人次。",
                "为缓解停车压力，景区在山脚开设临时停车场三处，并开通免费接驳车，游客可提前通过线上平台预约入园。",
                "■出行贴士",
                "交通：市汽车南站每天两班直达景区的旅游班车。门票：景区门票60元，周三半价，游客可通过线上平台预约入园。",
                "古城墙下过假日",
                "国庆假期，古城墙景区推出汉服巡游、非遗市集、夜游灯会等系列活动，假期累计接待游客三十多万人次。游客在"
                        + "城墙根下观看皮影戏表演，景区还开设了非遗体验区，游客可通过线上平台预约入园。",
                "通讯员 李四 摄",
                "古镇夜游人气旺",
                "夜幕降临，桐溪古镇华灯初上，游客在古街上观看非遗打铁花表演。景区延长了开放时间，并开通了夜间接驳车，"
                        + "方便游客返回市区，游客可通过线上平台预约入园。",
                "特约摄影 王五");
        assertThat(page.articles()).extracting(a -> a.headline().title())
                .containsExactly("青峰山里赏红叶", "古城墙下过假日", "古镇夜游人气旺");
        assertThat(page.articles().get(0).text()).contains("出行贴士");
    }

    @Test
    void anAuthorNamedAloneAfterAHollowMarkIsTheByline() {
        assertThat(Bylines.line("□ 周文")).containsExactly("周文");
        assertThat(Bylines.line("◎ 张三  李四")).containsExactly("张三", "李四");
        assertThat(Bylines.line("○ 陈静")).containsExactly("陈静");
        assertThat(Bylines.line("◇ 王小明")).containsExactly("王小明");
        assertThat(Bylines.line("■ 高效")).isNull();
        assertThat(Bylines.line("□ 让文化走进社区")).isNull();
        SplitPage page = underHeadline("让公共文化服务更贴近群众", "□ 周  文",
                "　　公共文化服务办得好不好，群众最有发言权。", "　　文化服务贴近群众，还要在内容上下功夫。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.bylines()).containsExactly("周文");
            assertThat(a.text()).startsWith("公共文化服务");
        });
    }

    @Test
    void aNameSpreadWideUnderAHeadlineIsItsAuthorButASpreadLabelAboveNoHeadlineIsNot() {
        SplitPage page = split("要 闻", "", "让绿色成为发展的底色（时评）", "", "张 明", "",
                "推动绿色发展，是一场深刻的变革。", "实践证明，保护生态环境就是保护生产力。", "",
                "老街夜市重新开张", "", "本报讯（记者 刘洋）老街夜市昨晚重新开张，吸引大批市民前来。");
        assertThat(page.articles()).hasSize(2);
        Article commentary = page.articles().get(0);
        assertThat(commentary.bylines()).containsExactly("张明");
        assertThat(commentary.text()).startsWith("推动绿色发展");
        assertThat(page.articles()).noneSatisfy(a -> assertThat(a.bylines()).contains("要闻"));
    }

    @Test
    void aNameSpreadWideRightUnderItsHeadlinesLinesIsItsAuthorToo() {
        // no blank line between the title, its column's name and the author: the author is no line of the headline
        SplitPage page = split("让口袋公园成为幸福“加油站”", "（城市观察）", "张 明", "",
                "口袋公园虽小，却连着千家万户。", "建成只是第一步，更要建立长效管护机制。", "",
                "■快评", "", "夜市重开 烟火更浓", "李 华", "",
                "老街夜市重新开张，市民和游客纷至沓来。", "夜市重开，考验的是管理智慧。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).headline()).extracting(Headline::text)
                .isEqualTo("让口袋公园成为幸福“加油站”（城市观察）");
        assertThat(page.articles().get(0).bylines()).containsExactly("张明");
        assertThat(page.articles().get(1).bylines()).containsExactly("李华");
        assertThat(page.articles().get(1).text()).startsWith("老街夜市");
    }

    @Test
    void aBoxSummingUpTheArticleAboveItsBylineLineOrDatelineIsPartOfIt() {
        // the report under the box opens with a byline line, or with a dateline crediting the same reporters
        List<List<String>> reports = List.of(
                List.of("", "本报记者 王芳 通讯员 赵强", "", "清晨，不少市民沿着新建的绿道骑行、跑步。"),
                List.of("　　本报讯（记者 王芳 通讯员 赵强）清晨，不少市民沿着新建的绿道骑行、跑步。"));
        for (String box : List.of("核心提示\n\n今年以来，全市新增城市绿道一百公里，市民出行更加便捷。",
                "　　编者按：今年以来，全市新增城市绿道一百公里。本报今起推出系列报道。",
                "■ 今年以来，全市新增城市绿道一百公里，市民出行更加便捷。")) {
            for (List<String> report : reports) {
                List<String> lines = new ArrayList<>(List.of("绿道串起城市风景", "", box));
                lines.addAll(report);
                lines.addAll(List.of("　　市园林局相关负责人介绍，绿道建设将继续推进。", "",
                        "老街夜市重新开张", "", "本报记者 刘洋", "", "老街夜市昨晚重新开张，吸引大批市民前来。"));
                SplitPage page = split(lines.toArray(String[]::new));
                assertThat(page.articles()).hasSize(2);
                Article first = page.articles().get(0);
                assertThat(first.headline().title()).isEqualTo("绿道串起城市风景");
                assertThat(first.bylines()).containsExactly("王芳", "赵强");
                assertThat(first.text()).contains("今年以来").contains("清晨");
                assertThat(page.articles().get(1).bylines()).containsExactly("刘洋");
            }
        }
    }

    @Test
    void anEssaySignedUnderItsTitleIsCreditedWhereItClosesWithANoteOfItsAuthor() {
        SplitPage page = split(
                "以基层治理夯实发展根基",
                "钟立新",
                "　　基层是社会治理的“最后一公里”，也是服务群众的第一线。",
                "　　推进基层治理，要坚持以人民为中心，把群众的需求放在首位。",
                "　　（作者单位：江城师范大学）",
                "",
                "让数字技术更好服务民生",
                "许恒之  韩婧",
                "　　数字技术正在深刻改变人们的生产生活方式。",
                "　　要从群众最关心的问题入手，推动数据互联互通。",
                "　　（作者系江城社会科学院研究员）");
        assertThat(page.articles()).extracting(a -> a.headline().text(), Article::bylines).containsExactly(
                tuple("以基层治理夯实发展根基", List.of("钟立新")), tuple("让数字技术更好服务民生", List.of("许恒之", "韩婧")));
        assertThat(page.articles().get(1).text()).startsWith("数字技术");
        // without the note, a line under the title that reads as a name is no credit
        SplitPage unsigned = split(
                "时代楷模",
                "张桂兰",
                "　　她扎根山区四十年，帮助上千名孩子走出大山。",
                "　　如今，她仍每天坚持到学校给孩子们上课。");
        assertThat(unsigned.articles()).singleElement().satisfies(a -> assertThat(a.bylines()).isEmpty());
    }

    @Test
    void aCaptionUnderTheHeadlineOfTheArticleAboveIsFurnitureAndHeadsNothing() {
        // headlines follow their articles; the extraction put a picture's caption and credit after one headline
        SplitPage page = split(
                "本报讯 全市老旧小区改造工程近日全",
                "面完工，惠及居民一万二千余户。",
                "改造后的小区新增停车位八百个，加装",
                "电梯四十部。（记者 王芳）",
                "老旧小区换新颜",
                "全市改造工程全面完工",
                "",
                "本报讯 十二月五日，全市第二届乡村",
                "厨艺大赛在城北落幕，六十名农家厨师",
                "同台竞技，地方特色菜品轮番登场。",
                "比赛现场还设置了农产品展销区，销售",
                "额超过二十万元。（记者 赵强）",
                "巧手烹出乡土味",
                "第二届乡村厨艺大赛落幕",
                "参赛厨师在制作菜品。　通讯员 李明 摄",
                "",
                "本报讯 为保障冬季用水安全，市供水公",
                "司近日启动管网防冻专项行动，对室外",
                "裸露管道进行排查，并加装保温层。",
                "市民发现管道破裂，可拨打供水服务热",
                "线报修。（记者 陈晨）",
                "供水公司为管网“穿棉衣”");
        assertThat(page.articles()).hasSize(3);
        assertThat(page.articles().get(1).bylines()).containsExactly("赵强");
        assertThat(page.articles().get(1).text()).endsWith("销售额超过二十万元。");
        assertThat(page.articles().get(2).text()).startsWith("本报讯 为保障冬季用水安全");
        assertThat(page.furniture()).contains("通讯员 李明 摄", "参赛厨师在制作菜品。");
    }

    @Test
    void aBoxsLabelReadAsItsFirstParagraphKeepsTheBylineLineInTheArticle() {
        // no blank line sets the label apart from the headline: it is read as the text's first paragraph
        SplitPage page = split(
                "城事·民生  A06",
                "",
                "城北十二条断头路年内打通",
                "涉及道路总长约九公里，缓解三所学校上下学拥堵",
                "核心提示",
                "  城北片区因历史原因留下的十二条断头路，今年将全部打通。",
                "首席记者 王芳  见习记者 李明",
                "  从城北片区的地图上看，十几条道路走到一半就断了。",
                "  市住建局相关负责人介绍，这些断头路大多卡在拆迁上。",
                "",
                "社区共享工具箱受欢迎",
                "首席记者 王芳",
                "  电钻、梯子、扳手……在社区服务站都能免费借到。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).bylines()).containsExactly("王芳", "李明");
        assertThat(page.articles().get(0).text()).contains("今年将全部打通").contains("走到一半就断了");
    }

    @Test
    void aHeadingOverATextCreditingOtherReportersHeadsANewArticle() {
        // the first text is credited by its byline line, the second by a bracket closing it: two articles, however
        // much the second shares with the first and the page's marked articles suggest a sub-heading
        SplitPage page = split(
                "法治周刊  2026年8月22日  星期四",
                "",
                "虚报冒领惠农补贴  村会计终获刑罚",
                "——县里查处一起基层“微腐败”案件",
                "□ 本报记者 祁  峰",
                "",
                "　　近日，县人民法院对一起贪污案作出一审判决，被告人郝某犯贪污罪被判处有期徒刑，追缴全部违法所得。",
                "　　经查，郝某利用担任村会计的便利，通过虚增补贴面积、冒用村民名义等手段，虚报冒领惠农补贴共计十余万元。",
                "　　案件线索源于一次常规巡察。巡察组在查阅村级账目时发现，部分农户领取的补贴面积与实际种植面积明显不符。",
                "　　案发后，县纪委监委督促相关部门在全县开展惠农补贴专项清查，推动建立补贴信息公开和交叉核对机制，堵塞管理漏洞。",
                "",
                "石桥镇开展普法进村活动",
                "",
                "　　近日，石桥镇纪委联合司法所开展普法宣传活动，工作人员走进田间地头，结合身边典型案例向群众讲解惠农政策和监督举报渠道。",
                "　　活动中，工作人员现场发放宣传资料一千二百余份，解答群众咨询六十余人次。（方晓）",
                "",
                "“一案一整改”推动堵塞监管漏洞",
                "□ 本报记者 聂文涛",
                "",
                "　　查处一案、警示一片、治理一域。今年以来，县纪委监委针对查办案件中暴露出的问题，向有关单位发出纪检监察建议书。",
                "　　截至目前，相关单位已根据建议书完善制度十余项，一批群众反映强烈的突出问题得到解决。",
                "",
                "法官提醒：网购维权注意保存证据",
                "□ 本报记者 甘  露",
                "",
                "　　近年来，网络购物纠纷案件数量持续上升。法官提醒，消费者网购时要注意保存聊天记录、订单截图等证据。",
                "　　一旦发生纠纷，消费者应及时与商家和平台沟通，必要时可向法院起诉。");
        assertThat(page.articles()).extracting(a -> a.headline().title(), Article::bylines).containsExactly(
                tuple("虚报冒领惠农补贴", List.of("祁峰")), tuple("石桥镇开展普法进村活动", List.of("方晓")),
                tuple("“一案一整改”推动堵塞监管漏洞", List.of("聂文涛")), tuple("法官提醒：网购维权注意保存证据", List.of("甘露")));
    }

    @Test
    void aHeadingBetweenTwoBriefsHeadsTheSecond() {
        // two briefs of a column after a reporter's article, neither opened by a dateline or byline line, the second
        // sharing the first's venue and words: a sub-heading divides a text long enough to have sections, so the
        // heading between them heads the second brief
        SplitPage page = split(
                "江城晚报  2026年5月12日  星期二",
                "A07  文体",
                "",
                "全民健身月活动启动",
                "本报记者 林  舟",
                "　　本月起，全市各级体育场馆在每周二、周四晚间向市民免费开放，市民凭身份证预约即可入场。",
                "　　市体育局工作人员介绍，健身月期间各场馆还将安排教练现场指导，并举办公益讲座。",
                "　　据了解，今年全市已新建社区健身场地四十余处，一批口袋公园也配上了健身器材。",
                "",
                "社区篮球赛下周开打",
                "　　首届社区篮球赛将于下周六在城东体育馆开打，共有三十支社区代表队报名参赛。",
                "　　比赛采用小组循环赛制，决赛将于六月中旬在城东体育馆举行。",
                "",
                "老年门球邀请赛落幕",
                "　　市老年门球邀请赛日前在城东体育馆落幕，来自各区的十六支代表队参加了比赛。",
                "　　经过三天的角逐，城东区代表队获得冠军。",
                "",
                "责任编辑：林  枫");
        assertThat(page.articles()).extracting(a -> a.headline().title())
                .containsExactly("全民健身月活动启动", "社区篮球赛下周开打", "老年门球邀请赛落幕");
    }

    @Test
    void briefsAtThePagesTopAreArticlesOfTheirOwn() {
        // the page opens with a column of two briefs sharing their place and words, no dateline or byline line
        SplitPage page = split(
                "江城晚报  2026年5月12日  星期二",
                "A08  社区",
                "",
                "社区食堂推出夜间套餐",
                "　　城东街道社区食堂本周起推出夜间套餐，每份十二元，两荤一素一汤，晚上九点前供应，附近的上班族下班后就能吃上热饭。",
                "　　食堂负责人介绍，套餐菜品每天更换，周末还会增加面点。",
                "",
                "社区图书角扩容",
                "　　城东街道社区图书角近日完成扩容，新增图书两千册，阅读座位增加到四十个，每天开放到晚上八点。",
                "　　居民可凭借阅卡借书，每次最多借五本，借期一个月。",
                "",
                "责任编辑：林  枫");
        assertThat(page.articles()).extracting(a -> a.headline().title())
                .containsExactly("社区食堂推出夜间套餐", "社区图书角扩容");
    }

    @Test
    void aTitleNamingItsSubjectBeforeAColonHeadsTheBriefThatOpensWithIt() {
        // a column of announcements set solid, no blank lines: each title a few characters short of the column, over
        // a text opening with the company it names
        SplitPage page = split(
                "临川商报　2026年3月5日　星期四",
                "B3　公司新闻",
                "",
                "江岸科技：中标城市轨道信号系统项目",
                "江岸科技（300001）公告，公司近日收到中标通知",
                "书，确认公司为某市轨道交通三号线信号系统项目",
                "的中标单位，中标金额约2.6亿元，约占公司上年",
                "度营业收入的百分之十一。",
                "北陵股份：拟八亿元投资建设新生产基地",
                "北陵股份（600002）公告，公司拟投资不超过八亿",
                "元在临川经济开发区建设新生产基地，项目建成后",
                "将新增年产十万套精密零部件的产能，建设周期约",
                "两年。",
                "南浦银行：新任行长任职资格获得核准",
                "南浦银行（601003）公告，近日收到监管部门批复，",
                "核准史明远担任公司行长的任职资格。史明远此前",
                "曾任公司副行长，分管零售业务。",
                "责任编辑：韩　雪");
        assertThat(page.articles()).extracting(a -> a.headline() == null ? null : a.headline().title()).containsExactly(
                "江岸科技：中标城市轨道信号系统项目", "北陵股份：拟八亿元投资建设新生产基地", "南浦银行：新任行长任职资格获得核准");
    }

    @Test
    void aSourceClosingAnItemsLastSentenceEndsTheItemThoughTheColumnWrapsIt() {
        // a digest's items in narrow columns, each closing with the paper it was taken from; the first note wrapped
        SplitPage page = split(
                "拾遗周刊",
                "2026年6月3日",
                "第8版　人间",
                "",
                "楼道里的图书架",
                "城南一栋老居民楼的楼",
                "道里，多了一个小小的",
                "图书架。书架是住在三",
                "楼的退休教师做的，书",
                "是邻居们从家里拿来的。",
                "如今，楼里的孩子放学",
                "后常在书架前看书，老",
                "人们也爱来翻翻报纸。",
                "“书架不大，可楼道里",
                "热闹了。”一位居民说。",
                "邻居们还约定，每月底",
                "把看完的书互相交换。（摘",
                "自《城南晚报》）",
                "旧物换新颜",
                "城北社区开设的旧物改",
                "造课，教居民把旧衣服、",
                "旧瓶子做成收纳袋、花",
                "盆等小物件。课程每周",
                "一次，报名的居民越来",
                "越多，还有年轻人专门",
                "带着孩子来参加。社区",
                "负责人说，这门课让旧",
                "物有了新用处，也让居",
                "民们多了交流的机会。",
                "（据《城北日报》）");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).text()).endsWith("（摘自《城南晚报》）");
        assertThat(page.articles().get(1).headline().title()).isEqualTo("旧物换新颜");
        assertThat(page.articles().get(1).paragraphs().get(0)).startsWith("城北社区");
    }

    @Test
    void headingLinesRightUnderTheEditionLinesHeadTheFirstArticleWithNoBlankLineBetween() {
        // a county paper set solid in narrow columns: masthead, sponsor line, date and issue, then the headline over
        // its dateline, which the column wrapped
        SplitPage page = split(
                "临川报",
                "中共临川县委主办　临川报社出版",
                "2026年3月18日　星期三",
                "第3120期　今日四版",
                "春耕备耕正当时",
                "全县早稻种植面积稳中有增",
                "本报讯（记者 方明",
                "远 通讯员 黎晓）",
                "连日来，我县抢抓晴",
                "好天气，组织农户翻",
                "耕整地、育秧备播，",
                "田间地头一派繁忙景",
                "象。",
                "据县农业农村局统计，",
                "今年全县计划种植早",
                "稻十二万亩，已落实",
                "种子、化肥等农资储",
                "备一万余吨。");
        assertThat(page.articles()).hasSize(1);
        Article article = page.articles().get(0);
        assertThat(article.headline()).isNotNull();
        assertThat(flat(article.headline().text())).isEqualTo("春耕备耕正当时全县早稻种植面积稳中有增");
        assertThat(article.bylines()).containsExactly("方明远", "黎晓");
        assertThat(page.furniture()).anyMatch(f -> f.contains("临川报社出版"));
    }

    @Test
    void aClosingBracketOfNamesTheColumnWrappedCreditsTheText() {
        // columns of 11 characters: each brief's closing credit broken inside a name, or between two names
        SplitPage page = split(
                "城东社区开设夜间门诊",
                "本报讯 城东社区医院自本",
                "月起开设夜间门诊，方便上",
                "班族下班后就医。（通讯员 李",
                "华）",
                "",
                "城西药店送药上门",
                "本报讯 城西多家药店推出",
                "送药上门服务，老人下单后",
                "一小时内即可送达。（张明海",
                "李雪）");
        assertThat(page.articles()).extracting(Article::bylines)
                .containsExactly(List.of("李华"), List.of("张明海", "李雪"));
        assertThat(page.articles().get(0).text()).endsWith("下班后就医。");
        // the extraction kept the space the break fell on: no paragraph's indent
        SplitPage spaced = split("城西药店送药上门", "本报讯 城西多家药店推出", "送药上门服务，老人下单后", "一小时内即可送达。（通讯员",
                " 王  芳）");
        assertThat(spaced.articles().get(0).bylines()).containsExactly("王芳");
    }

    @Test
    void aSectionsNameOverTheHeadlineIsNoKicker() {
        // the weekly's name right over the first headline, the literary supplement's over a later one, set solid
        SplitPage page = split(
                "临川日报  2026年3月28日  星期六  第11版",
                "文化周刊",
                "老城墙下的书声",
                "　　本报讯（记者 方明远）临川市老城墙下的城市书房本周开放，首批藏书八千册，市民刷卡即可借阅。",
                "　　书房每周举办一场读书会，邀请本地作家与读者交流。",
                "临川·副刊",
                "外婆的菜园",
                "□ 周  文",
                "　　外婆家的屋后有一块菜园，一年四季都不空着。春天种豆，夏天种瓜，秋天收了稻子，又种上萝卜白菜。",
                "　　如今外婆老了，菜园交给了舅舅，可每次回去，我总要先到菜园里看一看。");
        assertThat(page.articles()).extracting(a -> a.headline().kicker(), a -> a.headline().title())
                .containsExactly(tuple(null, "老城墙下的书声"), tuple(null, "外婆的菜园"));
        assertThat(page.furniture()).contains("文化周刊", "临川·副刊");
    }

    @Test
    void aTitleBrokenAfterItsCommaUnderItsKickerStaysInTheHeadline() {
        // kicker, a title the column broke after its comma, a dashed subtitle, the byline line: all set solid
        SplitPage page = split(
                "临川日报  2026年9月26日  星期六",
                "",
                "行走临川·秋日寻踪",
                "到古镇去，",
                "赴一场千年之约",
                "——青石板路与一碗油茶里的慢时光",
                "文/图　本报记者 林  舟",
                "从临川市区出发，沿着盘山公路驱车",
                "两个多小时，古镇便在一片云雾中显露",
                "出来。古镇依溪而建，至今保存着明清",
                "时期的民居建筑两百余栋。",
                "古镇的老茶馆里，茶馆主人正在生火烧",
                "水。他说，以前来喝茶的多是赶集的山",
                "民，现在一大半是外地游客。");
        assertThat(page.articles()).hasSize(1);
        Article article = page.articles().get(0);
        assertThat(flat(article.headline().text())).isEqualTo(
                "行走临川·秋日寻踪到古镇去，赴一场千年之约——青石板路与一碗油茶里的慢时光");
        assertThat(article.bylines()).containsExactly("林舟");
        assertThat(article.paragraphs().get(0)).startsWith("从临川市区出发");
    }

    @Test
    void whereEachBylineLineStandsUnderItsTextItCreditsTheTextAbove() {
        // headlines stacked after their texts; each text's byline line printed under it, none over the first
        SplitPage page = split(
                "江城晚报  2026年8月14日  星期五  A05  民生",
                "",
                "晚上7点，家住滨江街道的居民把车停进了",
                "马路对面的机关大院。今年起，城区机关单",
                "位在夜间向周边居民开放内部停车位。",
                "记者 林  舟 实习生 陈小雨",
                "连日来，江城持续高温。记者从市人社局获",
                "悉，今年高温津贴标准为每人每月三百元，",
                "用人单位不得以防暑降温饮料代替津贴。",
                "通讯员 李  华 记者 周  明",
                "",
                "夜间停车难 机关车位来帮忙",
                "",
                "高温津贴每月三百元");
        assertThat(page.articles()).extracting(Article::bylines)
                .containsExactly(List.of("林舟", "陈小雨"), List.of("李华", "周明"));
        assertThat(page.articles().get(1).paragraphs().get(0)).startsWith("连日来");
    }

    @Test
    void aBylineLineTheColumnBrokeInsideANameOrARoleIsOneByline() {
        SplitPage inName = split(
                "老小区加装电梯",
                "晚报记者 林  舟 实习生 蓝",
                "嘉懿",
                "“以前爬六楼要歇三回，现在",
                "按一下按钮就到家了。”家住",
                "江北街道的居民第一次乘着新",
                "装的电梯回家，高兴得合不拢嘴。");
        assertThat(inName.articles()).hasSize(1);
        assertThat(inName.articles().get(0).bylines()).containsExactly("林舟", "蓝嘉懿");
        assertThat(inName.articles().get(0).paragraphs().get(0)).startsWith("“以前爬六楼");
        SplitPage inRole = split(
                "茶园里建起共富工坊",
                "通讯员 李  华 某某县融媒",
                "体记者 王  芳",
                "秋茶采摘正当时。在云岭镇白",
                "岩村的工坊里，十几名村民围",
                "坐在长桌旁，熟练地分拣茶青。");
        assertThat(inRole.articles().get(0).bylines()).containsExactly("李华", "王芳");
        assertThat(inRole.articles().get(0).paragraphs().get(0)).startsWith("秋茶采摘");
    }

    /** A sports page: an article with the lines given, then a column of two briefs under the label given. */
    private SplitPage briefsUnder(String label, String... article) {
        List<String> lines = new ArrayList<>(List.of("江城晚报  2026年5月12日  星期二", "A07  文体", ""));
        lines.addAll(List.of(article));
        lines.addAll(List.of("",
                label,
                "社区篮球赛下周开打",
                "　　首届社区篮球赛将于下周六在市体育中心篮球馆开打，共有三十支社区代表队报名参赛。",
                "　　比赛采用小组循环赛制，决赛将于六月中旬在市体育中心举行。",
                "",
                "青少年游泳培训班开始报名",
                "　　暑期青少年游泳培训班将于七月在市体育中心游泳馆开班，每期十天，由专业教练授课。",
                "　　家长可通过市体育中心公众号报名，名额有限，报满即止。",
                "",
                "责任编辑：林  枫"));
        return split(lines.toArray(String[]::new));
    }

    @Test
    void aColumnsLabelSetOffByOrnamentsHeadsItsItemsAndIsFurniture() {
        // a column of briefs under its label after a reporter's article on the same venue: the label is the column's,
        // and the title under it heads the first brief, no sub-heading of the article above
        SplitPage page = briefsUnder("体坛速递  ●●●\n",
                "全民健身月活动启动",
                "本报记者 林  舟",
                "　　本月起，市体育中心游泳馆和羽毛球馆在每周二、周四晚间向市民免费开放，市民凭身份证预约即可入场。",
                "　　市体育中心工作人员介绍，健身月期间场馆还将安排教练现场指导，并举办游泳、羽毛球等项目的公益讲座。",
                "　　据了解，今年全市已新建社区健身场地四十余处，一批口袋公园也配上了健身器材。");
        assertThat(page.articles()).extracting(a -> a.headline().text())
                .containsExactly("全民健身月活动启动", "社区篮球赛下周开打", "青少年游泳培训班开始报名");
        assertThat(page.furniture()).contains("体坛速递 ●●●");
    }

    @Test
    void aColumnNamedAsBriefsHeadsItsItemsUnderADatedArticle() {
        // the article above opens with its dateline and closes with no mark; the briefs column's name, over the first
        // brief's title, says a column of other news begins: its items are no sections of that article
        SplitPage page = briefsUnder("体坛速递",
                "全民健身月活动启动",
                "　　本报讯　本月起，市体育中心游泳馆和羽毛球馆在每周二、周四晚间向市民免费开放，市民凭身份证预约即可入场。",
                "　　市体育中心工作人员介绍，健身月期间场馆还将安排教练现场指导，并举办游泳、羽毛球等项目的公益讲座。");
        assertThat(page.articles()).extracting(a -> a.headline().text())
                .containsExactly("全民健身月活动启动", "社区篮球赛下周开打", "青少年游泳培训班开始报名");
        assertThat(page.furniture()).contains("体坛速递");
    }

    @ParameterizedTest
    @ValueSource(strings = {"体坛速递", "科技快讯", "【财经简讯】", "快讯", "警情快报", "【乡镇传真】", "部门动态", "工作简报"})
    void aColumnNamedForNewsInShortIsABriefsColumnsLabel(String line) {
        assertThat(Headlines.isBriefsColumnLabel(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"社区篮球赛下周开打", "交通快报发布新规", "我市发布首份健康城市建设年度快报", "密切关注市场最新变化动态"})
    void aTitleIsNoBriefsColumnsLabel(String line) {
        assertThat(Headlines.isBriefsColumnLabel(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"体坛速递  ●●●", "◆◆ 城事 ◆◆", "★★★财经速览"})
    void aLabelSetOffByARunOfOrnamentsIsAColumnsLabel(String line) {
        assertThat(Headlines.isOrnamentedLabel(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"■ 体坛速递", "●社区篮球赛下周开打", "体坛速递", "●● 市民凭身份证预约即可入场 ●●"})
    void aTitleWithOneDeviceOrNoneIsNoColumnsLabel(String line) {
        assertThat(Headlines.isOrnamentedLabel(line)).isFalse();
    }

    @Test
    void linesFinishingNoSentenceAtThePagesTopOverABylineLineHeadItsArticle() {
        // a dashed subtitle wrapped after an enumeration's mark, both lines as wide as the narrow column: shaped like a
        // paragraph's lines, but a page's text does not begin with a sentence it leaves unfinished over a byline line
        SplitPage page = split("江城日报", "2026年3月14日　星期六", "",
                "聚焦城市更新　加快项目建设", "",
                "全市重大项目集中开工", "总投资逾两百亿元", "——一百二十个项目覆盖制造、", "新能源和城市更新等领域", "",
                "本报记者　林　舟　王　芳", "",
                "　　3月13日上午，全市", "第一季度重大项目集中开工", "活动在高新区主会场举行，", "各区同步设立分会场。此次",
                "集中开工项目共120个，", "总投资215亿元。",
                "　　市委副书记、市长出席", "主会场活动并宣布开工。他", "指出，项目是经济发展的压", "舱石，要紧盯年度目标，倒",
                "排工期，确保项目早建成、", "早投产、早见效。");
        assertThat(page.articles()).hasSize(1);
        assertThat(flat(page.articles().get(0).headline().text())).endsWith("——一百二十个项目覆盖制造、新能源和城市更新等领域");
        assertThat(page.articles().get(0).paragraphs().get(0)).startsWith("3月13日上午");
        assertThat(page.articles().get(0).bylines()).containsExactly("林舟", "王芳");
    }

    @Test
    void aCaptionUnderAnArticleThatJumpsToAnotherPageIsFurniture() {
        // the front page's lead jumps to page 2 above its photograph: the caption and its credit are no article
        SplitPage page = split("江城日报  2026年3月14日  星期六", "",
                "全市重大项目集中开工", "",
                "本报记者　林　舟", "",
                "　　3月13日上午，全市第一季度重大项目集中开工活动在高新区主会场举行，各区同步设立分会场。",
                "　　此次集中开工项目共120个，总投资215亿元，对进度滞后的项目实行挂牌督办。（下转第2版）", "",
                "3月13日，高新区主会场开工现场。", "本报记者　王　芳　摄", "",
                "地铁6号线全线轨通", "",
                "　　本报讯　昨日15时，随着最后一根长轨精准落位，地铁6号线实现全线轨通。",
                "　　6号线全长21.6公里，设站18座，预计年内开通初期运营。");
        assertThat(page.articles()).extracting(PageSplitterTest::headlineText)
                .containsExactly("全市重大项目集中开工", "地铁6号线全线轨通");
        assertThat(page.furniture()).contains("3月13日，高新区主会场开工现场。");
    }

    @Test
    void aTeasersPointerRightAboveTheImprintClosesTheTeaser() {
        // a front page's last teaser, its pointer to the page inside wrapped onto a line of its own over the imprint
        SplitPage page = split("江城晚报  2026年7月2日  星期四", "",
                "中考成绩今天中午公布", "",
                "今年全市中考成绩将于今天中午12点公布，考生可通过市教育考试院官网查询。（详见A3版）", "",
                "千亩荷花进入盛花期", "",
                "连日来，市民公园的千亩荷塘陆续进入盛花期，预计最佳观赏期将持续到7月中旬。",
                "（详见A11版）", "",
                "A01　今日头版　值班主任：陆景行　责任编辑：潘晓月",
                "新闻热线：96811234　广告热线：96811500");
        assertThat(page.articles()).hasSize(2);
        assertThat(flat(page.articles().get(1).text())).endsWith("7月中旬。（详见A11版）");
    }

    @Test
    void aPictureStorysLabelHeadsItsStoryNeverASubHeadingOfTheArticleAbove() {
        // a picture story under its label and title, between two dated reports in narrow columns
        SplitPage page = split("乡村振兴　5", "江城日报　2026年10月17日　星期六", "",
                "稻田里养出“致富鱼”", "——石桥镇稻渔综合种养面积", "突破两万亩",
                "　　本报讯（记者　林　舟　", "通讯员　王　芳）金秋时节，", "走进石桥镇，连片稻田里稻穗",
                "低垂，田沟里鱼儿穿梭。", "", "　　近年来，石桥镇依托山区",
                "溪水资源丰富的优势，推广综", "合种养模式，由镇农技站统一", "提供技术指导。", "",
                "图片新闻", "山村晒秋“晒”出新风景", "　　10月15日，桃岭乡云台村", "的村民在屋顶和晒架上晾晒辣",
                "椒、玉米、南瓜等农作物。近", "年来，云台村将晒秋习俗与乡", "村旅游结合，带动农家乐和民", "宿增收。",
                "李　华　摄", "",
                "首批名师工作室挂牌", "　　本报讯（记者　赵　明）10", "月16日，全市首批10个名师工", "作室在桃岭乡挂牌成立，涵盖",
                "竹编、木雕等技艺门类。");
        assertThat(page.articles()).hasSize(3);
        assertThat(page.articles().get(1).headline()).isNotNull();
        assertThat(page.articles().get(1).headline().text()).startsWith("图片新闻");
        assertThat(page.articles().get(1).paragraphs()).anyMatch(p -> p.startsWith("10月15日"));
    }

    @Test
    void everyItemTitledAfterTheMarkUnderAColumnsLabelIsAnArticle() {
        // a reporter's article, then a column of briefs under its label, each titled after ■, set in narrow columns
        SplitPage page = split("江城经济报　财经　B2", "2026年4月17日　星期五", "",
                "一季度全市企业融资", "规模同比增长一成", "本报记者　林　舟",
                "　　今年一季度，全市企业通过首发、", "再融资和发行债券等方式累计募集资金", "四十多亿元，同比增长一成。",
                "　　值得关注的是，科技型企业融资活", "跃度明显提升，研发投入强度平均达到", "百分之七。", "",
                "公司速递", "",
                "■甲科技拟回购股份", "　　甲科技昨晚公告，公司拟以自有资", "金回购公司股份，用于员工持股计划。", "",
                "■乙药业新药获批临床", "　　乙药业公告，公司自主研发的创新", "药近日获得临床试验批准通知书。", "",
                "■丙重工中标城轨项目", "　　丙重工披露，公司近日中标轨道交", "通车辆采购项目，将分批交付。", "",
                "■丁农牧一季度扭亏", "　　丁农牧发布一季报，公司一季度实", "现营业收入四十多亿元，扭亏为盈。");
        assertThat(page.articles()).extracting(a -> flat(headlineText(a)))
                .containsExactly("一季度全市企业融资规模同比增长一成", "甲科技拟回购股份", "乙药业新药获批临床",
                        "丙重工中标城轨项目", "丁农牧一季度扭亏");
        assertThat(page.furniture()).contains("公司速递");
    }

    @Test
    void bylineLinesOneUnderTheOtherCreditTheTextBelowTogether() {
        // a profile's reporter and correspondent, each on a line of their own opening with a solid mark
        SplitPage page = split("江城日报　2026年5月8日　星期五", "",
                "守望星空的“追光人”", "——记天文台青年科研团队",
                "■本报记者　林　舟", "■通讯员　王　芳",
                "　　海拔四千多米的天文台，夜间气温常常降到零下十几摄氏度。每当夜幕降临，年轻的博士后便要钻进观测室。",
                "　　“星空不会等人。”团队负责人说，这些年大家守着望远镜，记下了许多难得的天象。");
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).bylines()).containsExactly("林舟", "王芳");
    }

    @Test
    void aNameAloneBetweenBlankLinesUnderACommentarySignsIt() {
        // headlines after their texts: a commentary, its author's name set apart, then its headline; then a brief
        SplitPage page = split("江城日报　2026年9月6日　星期日　教育周刊", "",
                "　　暑假刚过，不少家长在朋友圈晒出孩子的假期成绩单：三个培训班、两门竞赛课、一沓练习册。",
                "　　假期本是孩子亲近自然、发展兴趣的宝贵时间，只有各方合力，才能让孩子拥有一个快乐而充实的假期。", "",
                "林青禾", "",
                "别让减负在假期反弹", "",
                "　　近日，市职业技术学院新增三个专业，今年秋季共招收新生两百多人。（王　芳）", "",
                "市职院新增3个专业");
        assertThat(page.articles()).extracting(PageSplitterTest::headlineText)
                .containsExactly("别让减负在假期反弹", "市职院新增3个专业");
        assertThat(page.articles().get(0).bylines()).containsExactly("林青禾");
        // over text, a name alone heads a section of a feature about several people: no one's credit
        SplitPage feature = split("基层干部的一天", "",
                "　　疫情防控一线，三位基层干部的一天从清晨开始，到深夜才结束。他们说，守住防线，苦点累点也值。", "",
                "林青禾", "",
                "　　天还没亮，社区书记林青禾已经来到小区门口，和志愿者一起为居民测量体温、登记信息。");
        assertThat(feature.articles()).allMatch(a -> a.bylines().isEmpty());
    }

    @Test
    void aBylineClosingAnAttributionEndsTheArticleAndACompilersNoteStaysWithIt() {
        SplitPage page = split(
                "两会代表谈民生",
                "",
                "　　“民生无小事，枝叶总关情。要把群众的",
                "急难愁盼放在心上。”",
                "——市政协委员张三在小组讨论时",
                "说 （李四）",
                "（本报记者 王五 整理）",
                "",
                "春季招聘会下周举行",
                "",
                "　　本市春季招聘会将于下周举行，",
                "四十余家企业提供岗位。");
        assertQuoteCreditedThenNextArticle(page);
        assertThat(page.articles().get(0).text()).endsWith("（本报记者 王五 整理）");
    }

    @Test
    void anAttributionStandingApartMayCloseWithTheByline() {
        SplitPage page = split(
                "两会代表谈民生",
                "",
                "　　“民生无小事，枝叶总关情。要把群众的急难愁盼放在心上。”",
                "",
                "——市政协委员张三在小组讨论时说 （李四）",
                "",
                "春季招聘会下周举行",
                "",
                "　　本市春季招聘会将于下周举行，四十余家企业提供岗位。");
        assertQuoteCreditedThenNextArticle(page);
    }

    /** The quote's article credits the byline closing its attribution, and the next article keeps its headline. */
    private static void assertQuoteCreditedThenNextArticle(SplitPage page) {
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).bylines()).containsExactly("李四");
        assertThat(page.articles().get(1).headline().title()).isEqualTo("春季招聘会下周举行");
    }

    @Test
    void aDashedListItemClosingWithABracketHasNoByline() {
        SplitPage page = split(
                "交易体系日益完善",
                "",
                "　　各地稳步推进市场建设，交易",
                "规模不断扩大，服务水平逐年提",
                "高。",
                "——健全完善交易体系。搭建了",
                "统一的交易平台，覆盖各省（区、市）",
                "交易平台，服务功能不断提升。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.bylines()).isEmpty();
            assertThat(a.text()).contains("各省（区、市）交易平台");
        });
    }

    @Test
    void aHeadlineClosingWithAColumnsNameMayJoinPhrasesAndNeedNotBeShort() {
        assertThat(Headlines.isHeadingLine("守护初心、践行使命（声音）", 0)).isTrue();
        assertThat(Headlines.isHeadingLine("守护初心、践行使命", 0)).isFalse();
        assertThat(Headlines.isHeadingLine("新华社发（张三、李四）", 0)).isFalse();
        SplitPage page = split(
                "让文化服务走进社区（评论员观察）",
                "",
                "　　公共文化服务办得好不好，群众最有发言",
                "权。不少地方把图书馆开到社区，受到居民",
                "欢迎，也方便了社区里的老人和孩子们。",
                "守护初心、践行使命办事（声音）",
                "",
                "　　为群众办实事，要从群众最关心的事情",
                "做起，一件接着一件办，久久为功，善作善",
                "成。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(1).headline().title()).isEqualTo("守护初心、践行使命办事（声音）");
        assertThat(page.articles().get(0).text()).doesNotContain("声音");
    }

    @Test
    void aRoleTheColumnGluedToTheNameBeforeItSeparatesTwoNames() {
        assertThat(Bylines.names("通讯员 周明记者 吴刚")).containsExactly("周明", "吴刚");
        assertThat(Bylines.names("通讯员周明记者吴刚")).containsExactly("周明", "吴刚");
        SplitPage page = split(
                "义务植树两千人参加",
                "",
                "本报讯（通讯员 周明",
                "记者 吴刚）7日上午，",
                "全市春季植树活动在",
                "西山举行。");
        assertThat(page.articles()).singleElement()
                .satisfies(a -> assertThat(a.bylines()).containsExactly("周明", "吴刚"));
    }

    @Test
    void aCaptionsCreditTheColumnBrokeOverTwoLinesIsFurniture() {
        SplitPage page = split(
                "养老机构安全检查全覆盖",
                "",
                "本报讯 近期，市民政局开展养老",
                "机构安全检查，覆盖全市机构。",
                "",
                "　　图为检查现场。（本报记者",
                "李四 摄）",
                "",
                "　　检查将持续到月底。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.paragraphs()).contains("检查将持续到月底。").doesNotContain("图为检查现场。");
            assertThat(a.text()).doesNotContain("摄");
        });
        assertThat(page.furniture()).contains("（本报记者李四 摄）", "图为检查现场。");
    }

    @Test
    void aBriefsTitleRunInBeforeItsDatelineIsItsHeadline() {
        assertThat(Markers.runInDateline("西山公园花期提前　本报讯　受气温偏高影响，花期提前。")).isEqualTo(9);
        assertThat(Markers.runInDateline("本报讯　受气温偏高影响，花期提前。")).isEqualTo(-1);
        assertThat(Markers.runInDateline("本报记者 张三　本报讯　受气温偏高影响，花期提前。")).isEqualTo(-1);
        SplitPage page = split(
                "　　东湖社区开设老年课堂　本报讯　东湖社区本周起开设老年课堂，每周二授课。（张小红）",
                "",
                "　　西山公园花期提前　本报讯　受气温偏高影响，西山公园樱花花期提前一周。（王芳）");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).headline().title()).isEqualTo("东湖社区开设老年课堂");
        assertThat(page.articles().get(1).headline().title()).isEqualTo("西山公园花期提前");
        assertThat(page.articles().get(1).text()).startsWith("本报讯");
        assertThat(page.articles().get(1).bylines()).containsExactly("王芳");
    }

    @Test
    void aReporterCreditedTwiceIsNamedOnce() {
        SplitPage page = split(
                "养老机构安全检查全覆盖",
                "",
                "本报讯（记者 李四）近期，市民政局开展养老",
                "机构安全检查，覆盖全市机构。（李四）");
        assertThat(page.articles()).singleElement().satisfies(a -> assertThat(a.bylines()).containsExactly("李四"));
    }

    @Test
    void bodyParenthesesAreNotBylines() {
        assertThat(Bylines.trailing("汽车及零部件（含新能源")).isEmpty();
        assertThat(Bylines.trailing("市工业和信息化局（产业集群")).isEmpty();
        assertThat(Bylines.trailing("产线投产150MW（兆瓦）")).isEmpty();
        assertThat(Bylines.trailing("印发了《规划（2021—2035年）》")).isEmpty();
        assertThat(Bylines.trailing("印发了《行动方案（试行）》。（草案）")).isEmpty();
        SplitPage page = split(
                "本报讯 会议印发了《汽车及零部件",
                "（含新能源汽车）产业工作要点》，",
                "市工业和信息化局（产业集群专班）",
                "通报有关情况。 （王怡）");
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).bylines()).containsExactly("王怡");
        assertThat(page.articles().get(0).text()).contains("（含新能源汽车）", "（产业集群专班）");
    }

    @Test
    void kickerTitleAndSubtitleAreToldApartByWhatTheLeadRepeats() {
        SplitPage page = split(
                "本报讯 昨天，全市重大项目集中开工，",
                "总投资超过三百亿元，涉及先进制造",
                "等领域。 （钱进）",
                "",
                "奋力冲刺全年目标",
                "全市重大项目集中开工",
                "",
                "总投资超三百亿元");
        Headline h = page.articles().get(0).headline();
        assertThat(h.kicker()).isEqualTo("奋力冲刺全年目标");
        assertThat(h.title()).isEqualTo("全市重大项目集中开工");
        assertThat(h.subtitle()).isEqualTo("总投资超三百亿元");
    }

    @Test
    void aUnitOpeningWithADashIsTheSubtitleHoweverMuchOfTheLeadItRepeats() {
        SplitPage page = split(
                "本报讯 昨天，全市重大项目集中开工，",
                "总投资超过三百亿元，涉及先进制造",
                "等领域。 （钱进）",
                "",
                "奋力冲刺",
                "——全市重大项目集中开工总投资超三百亿元");
        Headline h = page.articles().get(0).headline();
        assertThat(h.kicker()).isNull();
        assertThat(h.title()).isEqualTo("奋力冲刺");
        assertThat(h.subtitle()).isEqualTo("——全市重大项目集中开工总投资超三百亿元");
    }

    @Test
    void aLocalTimeDatelineAfterAClosedArticleStartsOneButInsideAReportItDoesNot() {
        SplitPage page = split(
                "本报讯 昨天，市政府召开常务会",
                "议，研究部署近期重点工作。 （陈明）",
                "",
                "当地时间6月2日，市代表团抵达",
                "德国，拜访多家跨国企业。",
                "",
                "当地时间6月3日，代表团还考察了",
                "当地的研究机构。 （高美）");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(1).text()).startsWith("当地时间6月2日").contains("当地时间6月3日");
        assertThat(page.articles().get(1).bylines()).containsExactly("高美");
    }

    @Test
    void noticesAndBriefsGetTheirKind() {
        SplitPage page = split(
                "本报讯 昨天，市图书馆新馆开放，",
                "市民可凭证免费入馆。 （丁一）",
                "",
                "市图书馆新馆开放",
                "",
                "根据有关规定，现将我市部分道路",
                "施工期间交通管制事项公告如下：",
                "一、管制时间为12月1日至12月31日。",
                "",
                "交通管制公告");
        assertThat(page.articles()).extracting(Article::kind).contains(ArticleKind.BRIEF);
        assertThat(page.articles().stream().filter(a -> a.text().contains("管制")).findFirst().orElseThrow().kind())
                .isEqualTo(ArticleKind.NOTICE);
    }

    @Test
    void aNewsHeadlineNamingANoticeOnTheWayIsNoNotice() {
        SplitPage page = split("春季招聘会下周六举行", "",
                "本报讯（记者 王芳）2026年春季大型招聘会将于3月14日在市会展中心举行，届时将有200余家企业提供岗位。");
        assertThat(page.articles()).singleElement().extracting(Article::kind).isNotEqualTo(ArticleKind.NOTICE);
        SplitPage notice = split("遗失声明", "", "某某物流公司遗失营业执照副本一份，声明作废。");
        assertThat(notice.articles()).singleElement().extracting(Article::kind).isEqualTo(ArticleKind.NOTICE);
    }

    @Test
    void agencyArticleWithoutBenbaoxunStartsAfterTheArticleBeforeEnds() {
        SplitPage page = split(
                "本报讯 昨天，市政府召开常务会",
                "议，研究部署近期重点工作。 （陈明）",
                "",
                "新华社北京6月1日电 国家统计局",
                "今天发布数据，5月份制造业采购经",
                "理指数为50.2%。",
                "",
                "数据显示，制造业继续保持扩张。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(1).text()).startsWith("新华社北京6月1日电").contains("制造业继续保持扩张");
    }

    /** In brackets, or as papers also print them, bare and after an arrow. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"（上接第1版）|（下转第3版）", "'上接A1版 '|>>下转A3版"})
    void continuationMarkersAreReadAndKeptOutOfTheBody(String from, String to) {
        SplitPage page = split(
                from + "要进一步优化营商",
                "环境，持续激发市场活力。 （韩雪）",
                "",
                "优化营商环境激发市场活力",
                "",
                "本报讯 昨天，全市教育工作会议",
                "召开，部署新学期各项工作，要求",
                to);
        assertThat(page.articles()).hasSize(2);
        Article continued = page.articles().get(0);
        assertThat(continued.continuedFrom()).isEqualTo(1);
        assertThat(continued.kind()).isEqualTo(ArticleKind.CONTINUATION);
        assertThat(continued.text()).startsWith("要进一步优化营商环境");
        assertThat(page.articles().get(1).continuedTo()).isEqualTo(3);
        assertThat(page.articles().get(1).text()).doesNotContain("下转");
    }

    @Test
    void aContinuationMarkerTheColumnWrappedEndsTheArticle() {
        // the marker's bracket opens at the end of one line and closes on the next, a column break in between or not
        for (String between : List.of("转第3版）", "\n转第3版）")) {
            SplitPage page = split(("本报讯 昨天，全市教育工作会议召开，\n部署新学期各项工作。（下\n" + between
                    + "\n城东新建三座口袋公园\n\n区园林局相关负责人表示，明年还将再建五座口袋公园。").split("\n", -1));
            assertThat(page.articles()).hasSize(2);
            assertThat(page.articles().get(0).continuedTo()).isEqualTo(3);
            assertThat(page.articles().get(0).text()).endsWith("部署新学期各项工作。");
            assertThat(page.articles().get(1).headline().title()).isEqualTo("城东新建三座口袋公园");
        }
    }

    @Test
    void aNoteClosingTheArticleIsNoFurnitureThoughTheEditorsLineStandsUnderIt() {
        SplitPage page = split(
                "城东新建三座口袋公园",
                "",
                "本报讯 区园林局相关负责人表示，明年还将在各街道再建五座口袋公园，方便居民就近休闲健身。",
                "",
                "（王晓明参与采写）",
                "责任编辑：王芳");
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).paragraphs()).last().isEqualTo("（王晓明参与采写）");
        assertThat(page.furniture()).contains("责任编辑：王芳").doesNotContain("（王晓明参与采写）");
    }

    @Test
    void aBoxsLabelRightUnderTheHeadlineOpensTheTextNotTheHeadline() {
        SplitPage page = split(
                "城东新建三座口袋公园",
                "居民出门就能休闲健身",
                "核心阅读",
                "",
                "区园林局今年在城东新建三座口袋公园，居民出门五百米就能走进一座公园，休闲健身更加方便了。");
        Article article = page.articles().get(0);
        assertThat(flat(article.headline().text())).isEqualTo("城东新建三座口袋公园居民出门就能休闲健身");
        assertThat(article.text()).startsWith("核心阅读");
    }

    @Test
    void aPlaceSpreadOverTheTitlesWidthIsItsKickerBoundToIt() {
        // headlines after their articles, each a place set with spaces between its characters over its title
        SplitPage page = split(
                "几百亩农田平整完毕，工人们在田里播种，当地农业部门组织农技人员下乡，指导农户科学施肥。",
                "",
                "海 南",
                "多举措抓好春耕",
                "",
                "春阳暖照下的村庄里，蛰伏了一冬的农田被唤醒，农资通过绿色通道发送到各乡镇农资配送点。",
                "",
                "四 川",
                "春耕物资配到位");
        assertThat(page.articles()).extracting(Article::headline)
                .extracting(Headline::kicker, Headline::title)
                .containsExactly(tuple("海 南", "多举措抓好春耕"), tuple("四 川", "春耕物资配到位"));
        assertThat(HeadlineAssigner.isBound("四 川", "春耕物资配到位")).isTrue();
        assertThat(HeadlineAssigner.isBound("春耕物资配到位", "海 南")).isFalse();
    }

    @Test
    void aPlaceSpreadOnItsTitlesLineIsItsKicker() {
        // each headline on one line after its article: the spread place, a space, the title
        SplitPage page = split(
                "几百亩农田平整完毕，工人们在田里播种，当地农业部门组织农技人员下乡，指导农户科学施肥。",
                "",
                "海 南 多举措抓好春耕",
                "",
                "春阳暖照下的村庄里，蛰伏了一冬的农田被唤醒，农资通过绿色通道发送到各乡镇农资配送点。",
                "",
                "四 川 春耕物资配到位");
        assertThat(page.articles()).extracting(Article::headline)
                .extracting(Headline::kicker, Headline::title, Headline::subtitle)
                .containsExactly(tuple("海 南", "多举措抓好春耕", null), tuple("四 川", "春耕物资配到位", null));
    }

    @Test
    void aShortLineRightUnderAFinishedParagraphOfFlowingTextIsAHeading() {
        // flowing text: a picture story's title set right under the last paragraph above, its credit apart below
        SplitPage page = split(
                "城东湿地公园",
                "",
                "本报讯 城东湿地公园昨天正式开园，首日接待游客两万余人次。园区管理方表示，将根据客流情况适时调整开放时间，"
                        + "并在周末增派志愿者引导游客有序游览。",
                "湿地观鸟季开幕",
                "",
                "张明摄",
                "",
                "昨天，城西森林公园观鸟季开幕，数十种候鸟在林间栖息，吸引大批摄影爱好者前来拍摄。市民李女士说，每年这个时候"
                        + "都会带孩子来看鸟。");
        assertThat(page.articles()).extracting(a -> a.headline().title()).containsExactly("城东湿地公园", "湿地观鸟季开幕");
        assertThat(page.articles().get(0).text()).endsWith("引导游客有序游览。");
    }

    @Test
    void aHeadingRightAboveAShortFinishedParagraphOfFlowingTextIsCutFromIt() {
        // flowing text, headlines stacked after two briefs; the second sits right above the next article's first
        // paragraph, one short sentence: a line closing with a full stop is text, the heading above it none of it
        SplitPage page = split(
                "本报讯 城南老街夜市昨晚开市，小吃摊位和文创摊位沿街排开，吸引了众多市民前来逛街消费。（王小明）",
                "本报讯 市图书馆新馆昨天对外开放，馆内设有自习区、儿童阅读区和数字体验区，首日接待读者三千余人次。（李华）",
                "",
                "老街夜市开市",
                "",
                "图书馆新馆开放",
                "城东公园改造工程昨天完工。",
                "改造后的公园新增步道两公里、健身器材三十余件，园内还增设了儿童游乐区和休息亭，附近居民纷纷前来锻炼。");
        assertThat(page.articles()).hasSize(3);
        assertThat(page.articles().get(2).text()).startsWith("城东公园改造工程昨天完工。");
    }

    @Test
    void aParagraphOfFlowingTextCutByABlankLineAfterALongerStretchStaysText() {
        // the blank line falls in the middle of the second paragraph's sentence, sixteen characters in
        SplitPage page = split(
                "城东湿地公园",
                "",
                "本报讯 城东湿地公园昨天正式开园，首日接待游客两万余人次。园区管理方表示，将根据客流情况适时调整开放时间，"
                        + "并在周末增派志愿者引导游客有序游览。",
                "附近居民和周边学校的师生们纷纷表示",
                "",
                "，家门口有了这样一座公园，休闲健身和自然课堂都有了好去处。");
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).text()).contains("纷纷表示，家门口有了这样一座公园");
    }

    @Test
    void aBoxsLabelRightUnderAHeadlineAfterItsArticleOpensTheNextArticle() {
        // flowing text, headlines after their articles: the first is set right under its article's closing note, the
        // next article's summary box right under it, its label first
        SplitPage page = split(
                "本报讯 城东湿地公园昨天正式开园，首日接待游客两万余人次。园区管理方表示，将根据客流情况适时调整开放时间。",
                "（作者为市园林局局长）",
                "城东湿地公园正式开园",
                "核心阅读",
                "全市今年新建口袋公园三十座，居民出门五百米就能走进一座公园，休闲健身更方便了，城区公园服务半径覆盖率超过九成。",
                "",
                "记者从市园林局获悉，今年全市新建口袋公园三十座，新增绿地一百公顷，城区公园服务半径覆盖率超过九成。",
                "（李华）",
                "",
                "全市新建三十座口袋公园");
        assertThat(page.articles()).extracting(a -> a.headline().title())
                .containsExactly("城东湿地公园正式开园", "全市新建三十座口袋公园");
        assertThat(page.articles().get(1).text()).startsWith("核心阅读");
    }

    @Test
    void aJumpToAPageOfASectionEndsTheArticleAndAJumpFromOneOpensTheNext() {
        SplitPage page = split("老街夜市重新开张", "",
                "本报讯（记者 刘洋）老街夜市昨晚重新开张，吸引大批市民前来。（下转A3版）", "",
                "城东新建三座口袋公园", "", "（上接第A1版）区园林局相关负责人表示，明年还将再建五座口袋公园。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).continuedTo()).isEqualTo(3);
        assertThat(page.articles().get(0).text()).doesNotContain("下转");
        Article continued = page.articles().get(1);
        assertThat(continued.continuedFrom()).isEqualTo(1);
        assertThat(continued.text()).startsWith("区园林局");
    }

    @Test
    void aBoxAboutTheArticleUnderItsLabelStaysInIt() {
        for (String label : List.of("相关链接", "编后", "■延伸阅读")) {
            SplitPage page = split("老街夜市重新开张", "",
                    "本报讯（记者 刘洋）老街夜市昨晚重新开张，吸引大批市民前来。", "商户们说，今年夜市的营业额增长了三成。", "",
                    label, "", "始建于明代的这条街全长八百米，现存古建筑四十余处。", "",
                    "城东新建三座口袋公园", "", "本报讯（记者 王芳）昨日，城东区三座口袋公园同时开放。");
            assertThat(page.articles()).hasSize(2);
            assertThat(page.articles().get(0).text()).contains(label).endsWith("现存古建筑四十余处。");
        }
    }

    @Test
    void aSectionsNameUnderTheEditionLineIsNoPartOfTheFirstHeadlineButAKickerIs() {
        for (String above : List.of("要闻", "国内新闻", "春运首日特别报道")) {
            SplitPage page = split("2026年12月4日 星期五", "", above, "", "让绿色成为发展的底色", "",
                    "本报讯（记者 张明）推动绿色发展，是一场深刻的变革。", "实践证明，保护生态环境就是保护生产力。");
            String headline = page.articles().get(0).headline().text();
            assertThat(headline.contains(above)).isEqualTo(above.length() > 4);
        }
    }

    @Test
    void aSectionsNameOverThePagesEditorsLineIsNoPartOfTheFirstHeadline() {
        SplitPage page = split("A08  2026年12月4日  星期五", "城市·民生", "责任编辑 钱文  美术编辑 吴静", "",
                "让绿色成为发展的底色", "", "本报讯（记者 张明）推动绿色发展，是一场深刻的变革。", "实践证明，保护生态环境就是保护生产力。");
        assertThat(page.articles()).singleElement()
                .satisfies(a -> assertThat(a.headline().text()).isEqualTo("让绿色成为发展的底色"));
    }

    @Test
    void namesRunningOnUnderABylineLineAreItsNames() {
        SplitPage page = split("深化改革 激发活力", "", "本报记者  王  芳  李  华", "张  明  赵小强", "",
                "记者从有关部门获悉：今年以来，各地持续深化改革，市场主体活力不断增强。", "有关负责人表示，将继续推出一批改革举措。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.bylines()).containsExactly("王芳", "李华", "张明", "赵小强");
            assertThat(a.text()).startsWith("记者从有关部门获悉");
        });
    }

    @Test
    void aDispatchsTitleAfterItsDatelineAndTheBylineLineUnderItAreOneArticle() {
        SplitPage page = split("老街夜市重新开张", "", "新华社北京12月4日电 题：老街夜市重新开张——城市烟火气回归记", "",
                "新华社记者 刘洋 王芳", "", "夜幕降临，老街上的小吃摊陆续亮灯，游客络绎不绝。", "",
                "城东新建三座口袋公园", "", "本报讯（记者 陈静）昨日，城东区三座口袋公园同时开放。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).bylines()).containsExactly("刘洋", "王芳");
        assertThat(page.articles().get(0).text()).contains("夜幕降临");
    }

    @Test
    void aShortLineClosingTheBlockAfterAFinishedSentenceIsTheHeadlineAfterIt() {
        // columns of 17 characters; headlines follow their articles; the last one right under the text's last line
        SplitPage page = split(
                "本报讯（记者 刘洋）老街夜市昨晚重新",
                "开张，吸引了大批市民和游客前来品尝小",
                "吃。商户们说，营业额增长了三成。",
                "老街夜市重新开张迎客",
                "",
                "本报讯（记者 王芳）城东区三座口袋公",
                "园昨日同时开放，附近居民纷纷前来散步",
                "和下棋，区园林局表示明年还将再建五座。",
                "城东三座口袋公园昨日齐开放",
                "",
                "责任编辑：张伟");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(1).headline()).extracting(Headline::text).isEqualTo("城东三座口袋公园昨日齐开放");
        assertThat(page.articles().get(1).text()).endsWith("明年还将再建五座。");
    }

    @Test
    void aNumberedListIsTheTextOfItsArticleAnItemAParagraph() {
        SplitPage page = split("老街夜市重新开张", "", "本报讯（记者 刘洋）老街夜市昨晚重新开张，吸引大批市民前来。", "",
                "市人大常委会第五次会议议程", "", "1.审议市人民政府关于城市更新工作情况的报告",
                "2.审议市人民政府关于生态环境保护工作情况的报告", "3.审议有关人事任免事项", "",
                "城东新建三座口袋公园", "", "本报讯（记者 王芳）昨日，城东区三座口袋公园同时开放。");
        assertThat(page.articles()).hasSize(3);
        Article agenda = page.articles().get(1);
        assertThat(agenda.headline()).extracting(Headline::text).isEqualTo("市人大常委会第五次会议议程");
        assertThat(agenda.paragraphs()).containsExactly("1.审议市人民政府关于城市更新工作情况的报告",
                "2.审议市人民政府关于生态环境保护工作情况的报告", "3.审议有关人事任免事项");
        assertThat(page.articles().get(2).headline()).extracting(Headline::text).isEqualTo("城东新建三座口袋公园");
    }

    @Test
    void aDesignersCreditBetweenHeadlineAndBylineLineHidesNeitherFromTheArticle() {
        SplitPage page = split(
                "老街夜市重新开张",
                "商户营业额增长三成",
                "版式设计：张伟",
                "记者 刘洋 通讯员 王芳",
                "",
                "（上接第1版）老街夜市昨晚重新开张，吸引了大批市民和游客前来品尝小吃。商户们说，营业额增长了三成。",
                "",
                "夜市管理方表示，今后将每周五至周日开放，并增设停车位和公共卫生间。");
        assertThat(page.articles()).hasSize(1);
        Article article = page.articles().get(0);
        assertThat(article.headline()).extracting(Headline::text).isEqualTo("老街夜市重新开张商户营业额增长三成");
        assertThat(article.bylines()).containsExactly("刘洋", "王芳");
        assertThat(article.continuedFrom()).isEqualTo(1);
        assertThat(page.furniture()).containsExactly("版式设计：张伟");
    }

    @Test
    void shortLinesRightAfterAClosingBylineAreAHeadlineThoughNotFarShorterThanTheColumn() {
        // columns of 11 characters, not indented; headlines follow their articles, the first set right above the
        // next article's text, which opens with no dateline; each title line is a few characters short of the column
        SplitPage page = split(
                "本报讯 老街夜市昨晚重",
                "新开张，吸引了大批市民",
                "和游客前来品尝小吃。商",
                "户们说，营业额增长了三",
                "成。（刘洋）",
                "",
                "老街夜市重新开张",
                "商户营业额增长三成",
                "昨日，城东区三座口袋公",
                "园同时开放，附近居民纷",
                "纷前来散步下棋。区园林",
                "局表示明年还将再建五座",
                "。（王芳）",
                "",
                "城东口袋公园开放",
                "",
                "责任编辑：张伟");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).headline()).extracting(Headline::text)
                .isEqualTo("老街夜市重新开张商户营业额增长三成");
        assertThat(page.articles().get(1).text()).startsWith("昨日").endsWith("再建五座。");
        assertThat(page.articles().get(1).headline()).extracting(Headline::text).isEqualTo("城东口袋公园开放");
    }

    @Test
    void unpunctuatedLinesRightAboveASummarysDeviceAreItsHeadlineThoughAsWideAsTheColumn() {
        // columns of 14 characters; the headline's lines fill the column, its column tag wrapped onto a third line
        SplitPage page = split(
                "城东三座口袋公园同时开放迎客",
                "（城市更新·民生实事系列报道之",
                "三）",
                "■城东区三座口袋公园昨日同时开",
                "放，附近居民纷纷前来散步下棋。",
                "区园林局表示，明年还将再建五座",
                "口袋公园，方便居民就近休闲。",
                "公园内设有儿童游乐区、健身步道",
                "和休息长廊，全天免费对外开放。");
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).headline()).extracting(Headline::text)
                .isEqualTo("城东三座口袋公园同时开放迎客 （城市更新·民生实事系列报道之三）");
        assertThat(page.articles().get(0).text()).startsWith("■城东区");
    }

    @Test
    void linesRightUnderTheTextClosingWithAColumnsNameWrappedApartAreAHeadline() {
        // columns of 11 characters; the title is as wide as the column, its column's name wrapped onto the next line
        SplitPage page = split(
                "城东区三座口袋公园昨日",
                "同时开放，附近居民纷纷",
                "前来散步和下棋。区园林",
                "局表示明年还将再建五座",
                "口袋公园。",
                "让口袋公园成为幸福“加油站”（",
                "城市观察）",
                "",
                "口袋公园虽小，却连着千",
                "家万户。建成只是第一步",
                "，更要建立长效管护机制",
                "，让公园常用常新。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).text()).endsWith("口袋公园。");
        assertThat(page.articles()).anySatisfy(a -> assertThat(a.headline()).extracting(Headline::text)
                .isEqualTo("让口袋公园成为幸福“加油站”（城市观察）"));
    }

    @Test
    void aLineClosingWithAColumnsNameRightAfterAClosingBylineHeadsTheNextArticleThoughAsWideAsTheColumn() {
        // columns of 11 characters, not indented; the second headline, closing with its column's name, is as wide as
        // the column and stands right under the first article's closing byline, the next text right under it
        SplitPage page = split(
                "老街夜市重新开张",
                "",
                "本报讯 老街夜市昨晚重",
                "新开张，吸引了大批市民",
                "和游客前来品尝小吃。商",
                "户们说，营业额增长了三",
                "成。（刘洋）",
                "城东添五座公园（城事）",
                "昨日，城东区三座口袋公",
                "园同时开放，附近居民纷",
                "纷前来散步下棋。区园林",
                "局表示明年还将再建五座",
                "。（王芳）");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(1).headline()).extracting(Headline::text).isEqualTo("城东添五座公园（城事）");
        assertThat(page.articles().get(1).text()).startsWith("昨日");
    }

    @Test
    void whereTheExtractionKeepsIndentsAnUnindentedLineAsWideAsAFirstLineIsAHeadline() {
        // columns of 13 characters; each paragraph's first line keeps its indent as two spaces; headlines follow
        // their articles, each set right under the text's last line, about as wide as an indented first line
        SplitPage page = split(
                "\u3000\u3000老街夜市昨晚重新开张，",
                "吸引了大批市民和游客前来品",
                "尝小吃。商户们说营业额增长",
                "了三成，人气比去年更旺。",
                "老街夜市重新开张人气旺",
                "",
                "\u3000\u3000昨日，城东区三座口袋公",
                "园同时开放，附近居民纷纷前",
                "来散步下棋，孩子们在草地上",
                "追逐嬉戏，十分热闹。",
                "\u3000\u3000区园林局表示，明年还将",
                "在各街道再建五座口袋公园，",
                "方便居民就近休闲健身。",
                "城东三座口袋公园开放");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).headline()).extracting(Headline::text).isEqualTo("老街夜市重新开张人气旺");
        assertThat(page.articles().get(0).text()).endsWith("人气比去年更旺。");
        assertThat(page.articles().get(1).text()).startsWith("昨日");
    }

    @Test
    void whereTheExtractionKeepsIndentsAnIndentedBlockIsTextNeverAHeadline() {
        // columns of 16 characters, headlines after their articles: a chronicle's short entries keep their indents,
        // one of them alone after a column break, with no full stop anywhere
        SplitPage page = split(
                "\u3000\u3000本报记者 王晓明",
                "",
                "\u3000\u3000这座城市的地铁建设已经走过十",
                "年。十年来，线路从一条增加到六",
                "条，日均客流超过两百万人次。",
                "\u3000\u30002015年",
                "\u3000\u3000一号线开通运营，全长二十九公",
                "里，设站二十四座",
                "\u3000\u30002023年",
                "",
                "\u3000\u3000六号线通车运营",
                "\u3000\u3000资料来源：市交通运输局",
                "",
                "地铁十年织密城市交通网",
                "",
                "\u3000\u3000本报记者 张小红",
                "",
                "\u3000\u3000昨天上午，全市首个社区养老服",
                "务综合体在城东街道投入使用。",
                "",
                "社区养老综合体投用");
        assertThat(page.articles()).hasSize(2);
        Article first = page.articles().get(0);
        assertThat(first.headline()).extracting(Headline::text).isEqualTo("地铁十年织密城市交通网");
        assertThat(first.paragraphs()).contains("2015年", "六号线通车运营", "资料来源：市交通运输局");
    }

    /** A report on the city's parks in columns of 11 characters under its title, its second paragraph apart. */
    private static final List<String> PARKS_REPORT = List.of(
            "全市公园绿地面积再创新高",
            "",
            "\u3000\u3000记者昨天从市园林局",
            "获悉，今年全市新建公园",
            "十二座，新增公园绿地三",
            "百公顷，全市公园绿地面",
            "积再创新高。");
    private static final List<String> PARKS_REPORT_CLOSE = List.of(
            "\u3000\u3000市园林局表示，明年",
            "全市将继续推进公园建设，",
            "让更多公园绿地走进社",
            "区，方便市民休闲健身。");
    /** A text under a second title, on the same parks: the two share their words. */
    private static final List<String> PARKS_OPENING = List.of(
            "\u3000\u3000市园林局昨天发布全",
            "市公园开放时间表，今年",
            "新建的十二座公园将于本",
            "周六起陆续开园，市民可",
            "免费入园休闲健身。");
    private static final String ACROSS_TITLE = "城东湿地公园本周六起免费开园迎客";

    @Test
    void aHeadingWiderThanTheColumnsHeadsANewArticleThoughTheTextsShareWords() {
        // no marks: the second title is set across columns, over a text on the same parks as the first
        SplitPage page = split(page(PARKS_REPORT, PARKS_REPORT_CLOSE, List.of("", ACROSS_TITLE, ""), PARKS_OPENING));
        assertThat(page.articles()).extracting(a -> a.headline().title())
                .containsExactly("全市公园绿地面积再创新高", ACROSS_TITLE);
    }

    @Test
    void aLineWiderThanTheColumnsRightUnderAFinishedSentenceIsAHeadline() {
        // as above, the title set right under the text's last line with no blank line between
        SplitPage page = split(page(PARKS_REPORT, PARKS_REPORT_CLOSE, List.of(ACROSS_TITLE, ""), PARKS_OPENING));
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).text()).endsWith("方便市民休闲健身。");
        assertThat(page.articles().get(1).headline().title()).isEqualTo(ACROSS_TITLE);
    }

    @Test
    void aHeadlineSetAcrossColumnsMayHoldALineAsWideAsTheColumn() {
        // the title fills a line of the column; the subtitle under it is wider than any line of the column
        SplitPage page = split(page(PARKS_REPORT, PARKS_REPORT_CLOSE, List.of("城东湿地公园本周六开园", "——市民可免费入园观鸟赏景", ""),
                PARKS_OPENING));
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(1).headline().title()).isEqualTo("城东湿地公园本周六开园");
        assertThat(page.articles().get(1).headline().subtitle()).isEqualTo("——市民可免费入园观鸟赏景");
    }

    @Test
    void aHeadlineSetAcrossColumnsMayHoldAKickerWithCommasAndEnumerations() {
        // the kicker joins its phrases with 、 and a comma, as a sentence would; its title is set across columns too
        SplitPage page = split(page(PARKS_REPORT, PARKS_REPORT_CLOSE,
                List.of("", "新建公园、新增绿地，市民休闲有了好去处——", ACROSS_TITLE, ""), PARKS_OPENING));
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).text()).endsWith("方便市民休闲健身。");
        assertThat(page.articles().get(1).headline().text()).isEqualTo("新建公园、新增绿地，市民休闲有了好去处——" + ACROSS_TITLE);
    }

    @Test
    void aParagraphsLinesKeptWiderThanTheColumnStayTextThoughOneHoldsNoComma() {
        // a paragraph's first two lines kept wider than the column and cut by a blank line: the wider line without a
        // comma parts an enumeration, as a headline's phrase does not
        SplitPage page = split(page(PARKS_REPORT, List.of("", "公园建设带来的好处很多，市民", "休闲健身有了去处、城市环境", "",
                "也更加宜居。"), PARKS_REPORT_CLOSE));
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).text()).contains("城市环境").endsWith("方便市民休闲健身。");
    }

    @Test
    void aQuoteWhoseClosingMarksHangPastTheColumnStaysText() {
        // columns of 11 characters: a quote after a blank line, right above an indented paragraph, its last line wider
        // by the marks that finish it
        SplitPage page = split(page(PARKS_REPORT, List.of("", "“公园就在家门口，每", "天天都来走走真是太方便！”"),
                PARKS_REPORT_CLOSE));
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).headline().title()).isEqualTo("全市公园绿地面积再创新高");
    }

    @Test
    void aWideLineCutInsideItsBracketsByABlankLineStaysText() {
        // a paragraph's first line kept wider than the column, the column break falling inside a title in 《》
        SplitPage page = split(page(PARKS_REPORT, List.of("\u3000\u3000会议审议通过《关于加快建设城市公园", "",
                "体系的实施意见》，明年"), PARKS_REPORT_CLOSE.subList(1, PARKS_REPORT_CLOSE.size())));
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).text()).contains("会议审议通过《关于加快建设城市公园体系的实施意见》");
    }

    @SafeVarargs
    private static String[] page(List<String>... parts) {
        return Arrays.stream(parts).flatMap(List::stream).toArray(String[]::new);
    }

    @Test
    void aCentredHeadlineIsNoIndentedParagraph() {
        // columns of 18 characters that keep their paragraphs' indents; each headline is centred over its column,
        // set in further than an indent
        SplitPage page = split(
                "      社区养老综合体投用",
                "",
                "\u3000\u3000本报讯 昨天上午，全市首个社区养老",
                "服务综合体在城东街道投入使用。综合体",
                "设有日间照料、助餐、康复等功能区。",
                "\u3000\u3000据介绍，到今年年底，全市将再建成",
                "十个同类综合体。",
                "",
                "       地铁六号线通车",
                "",
                "\u3000\u3000本报讯 昨天，地铁六号线正式通车运",
                "营。六号线全长三十一公里，设站二十六",
                "座，连接城东和城西两个新区。",
                "",
                "      老城区改造启动",
                "",
                "\u3000\u3000本报讯 老城区改造工程昨天启动，首",
                "批涉及十二个街巷、三千余户居民。");
        assertThat(page.articles()).extracting(a -> a.headline().title())
                .containsExactly("社区养老综合体投用", "地铁六号线通车", "老城区改造启动");
    }

    @Test
    void headingLinesOverAPicturesCreditHeadAPictureStoryThoughItsTextSharesTheArticleAbovesWords() {
        // a picture story about the report above it: its title, the photographer's credit, then its text, with no
        // dateline; the two texts share their words as a feature's sections do
        SplitPage page = split(
                "老街夜市重新开张",
                "",
                "本报讯 老街夜市昨晚重新开张，吸引了大批市民和游客前来品尝小吃。",
                "商户们说，老街夜市的营业额比去年增长了三成，小吃摊位也增加了一倍。",
                "老街夜市管理方表示，今年还将延长营业时间，方便市民游客。",
                "",
                "夜市灯火映老街",
                "",
                "王芳摄",
                "",
                "老街夜市的小吃摊位前排起长队，市民游客品尝小吃，老街夜市灯火通明。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(1).headline()).extracting(Headline::text).isEqualTo("夜市灯火映老街");
        assertThat(page.articles().get(1).text()).startsWith("老街夜市的小吃摊位");
        assertThat(page.furniture()).contains("王芳摄");
    }

    @Test
    void aDatelineWrappedInsideItsPlaceNameOpensOneArticle() {
        // columns of 10 characters: the agency's dateline breaks inside the place's name, and the line's tail reads as
        // a dateline of its own (尔摩10月14日电), with no source
        SplitPage page = split(
                "三名学者获经济学奖",
                "",
                "新华社记者  王芳",
                "\u3000\u3000据新华社斯德哥",
                "尔摩10月14日电 瑞典",
                "皇家科学院14日宣布，",
                "将今年的经济学奖授予",
                "三名学者，以表彰他们",
                "在减贫研究中的贡献。");
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).text()).startsWith("据新华社斯德哥尔摩10月14日电");
        assertThat(page.articles().get(0).bylines()).containsExactly("王芳");
    }

    @Test
    void subheadingsInsideAnArticleStayInIt() {
        SplitPage page = split(
                "本报讯 今年以来，我市外贸进出",
                "口总额稳步增长，外贸企业在新兴",
                "市场不断拓展，外贸订单持续增加。",
                "",
                "稳订单，拓市场",
                "",
                "各地积极组织外贸企业参加境外展",
                "会，争取外贸订单，拓展新兴市场。",
                "",
                "强服务，优环境",
                "",
                "口岸为外贸企业优化服务，通关效",
                "率持续提升。 （沈洁）");
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).paragraphs()).contains("稳订单，拓市场", "强服务，优环境");
        assertThat(page.articles().get(0).headline()).isNull();
    }

    @Test
    void pageFurnitureIsKeptOutOfEveryArticle() {
        SplitPage page = split(
                "全市文明城市创建推进会召开",
                "",
                "本报讯 3月2日,全市文明城市创建推进会召开,会议总结去年工作,部署今年重点任务,要求全力以赴巩固创建成果。(孙悦)",
                "",
                "某某晚报",
                "",
                "某某日报报业集团主办",
                "国内统一连续出版物号:",
                "CN00-0000",
                "值班编委:张三 李四",
                "",
                "联系我们",
                "",
                "新闻热线:12345678",
                "地址:某某路1号",
                "",
                "版权声明",
                "",
                "本报刊载的所有内容,未经本报授权和许可,任何单位和个人不得转载、摘编或以其他任何形式使用。",
                "",
                "零售价1.5元");
        assertThat(page.articles()).hasSize(1);
        Article a = page.articles().get(0);
        assertThat(a.text()).doesNotContain("主办", "热线", "版权", "零售价", "晚报");
        assertThat(a.headline().title()).isEqualTo("全市文明城市创建推进会召开");
        assertThat(String.join("\n", page.furniture())).contains("值班编委", "新闻热线", "不得转载", "零售价1.5元", "某某晚报");
    }

    @Test
    void headlineSpanningSeveralColumnsIsStillAHeadlineOnAColumnPage() {
        SplitPage page = split(
                "市政府召开全市安全生产工作会议 压紧压实各方责任 坚决遏制重特大事故发生",
                "",
                "本报讯 4月2日，市政府召开全",
                "市安全生产工作会议，分析当前",
                "安全生产形势，部署下阶段重点",
                "工作。会议要求，各地各部门要",
                "压紧压实各方责任，坚决遏制重",
                "特大事故发生。 （许婷）");
        assertThat(page.layout()).isEqualTo("columns");
        assertThat(page.articles()).hasSize(1);
        Article a = page.articles().get(0);
        assertThat(a.headline()).isNotNull();
        assertThat(flat(a.headline().text())).isEqualTo("市政府召开全市安全生产工作会议压紧压实各方责任坚决遏制重特大事故发生");
        assertThat(a.text()).startsWith("本报讯 4月2日");
    }

    @Test
    void imprintWhoseLinesTheExtractionRanTogetherIsFurniture() {
        SplitPage page = split(
                "本报讯 5月6日，全市春季招聘会举行，两百余家企业提供岗位四千余个，吸引求职者近万人次。(韩雪)",
                "",
                "某某日报报业集团主办国内统一连续出版物号:CN00-0000邮发代号:00-00值班编委:张三 李四责编:王五美编:赵六");
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).text()).doesNotContain("主办", "值班编委");
        assertThat(String.join("\n", page.furniture())).contains("邮发代号");
    }

    @Test
    void obituaryHeadlinePrintedBeforeItIsItsOwnEvenOnAPageOfHeadlinesAfter() {
        SplitPage page = split(
                "本报讯 昨天，市科协举办科普",
                "讲座，邀请专家讲解人工智能知",
                "识。 （顾敏）",
                "",
                "科普讲座走进社区",
                "",
                "张某某同志逝世",
                "",
                "本报讯 原市农业局副局长、离休",
                "干部张某某同志，于2022年12月",
                "8日不幸逝世，享年九十岁。",
                "",
                "张某某同志遗体定于12月10日火化。",
                "",
                "本报讯 昨天，全市首座氢能源",
                "加氢站建成投用，日加氢能力达",
                "一千公斤。 （马骏）",
                "",
                "全市首座加氢站",
                "建成投用");
        assertThat(page.articles()).hasSize(3);
        assertThat(page.articles().get(0).headline().title()).isEqualTo("科普讲座走进社区");
        assertThat(page.articles().get(1).headline().title()).isEqualTo("张某某同志逝世");
        assertThat(page.articles().get(1).kind()).isEqualTo(ArticleKind.OBITUARY);
        assertThat(page.articles().get(1).bylines()).isEmpty();
        assertThat(flat(page.articles().get(2).headline().text())).isEqualTo("全市首座加氢站建成投用");
    }

    @Test
    void featureSubheadingPrintedRightAfterAnotherArticlesHeadlineStaysInTheFeature() {
        SplitPage page = split(
                "本报讯 昨天，市公安局开展交通",
                "安全宣传，发放资料五千余份。 （韦华）",
                "",
                "交通安全宣传进社区",
                "",
                "多措并举，稳岗扩岗",
                "",
                "今年以来，我市多措并举促就业，",
                "城镇新增就业持续增长，就业局势",
                "总体稳定。",
                "",
                "精准服务，暖心帮扶",
                "",
                "各地开展精准就业服务，帮助困难",
                "群体实现就业。 （韦华）",
                "",
                "我市就业局势总体稳定");
        assertThat(page.articles()).hasSize(2);
        Article feature = page.articles().get(1);
        assertThat(feature.text()).startsWith("多措并举，稳岗扩岗");
        assertThat(feature.headline().title()).isEqualTo("我市就业局势总体稳定");
        assertThat(feature.kind()).isEqualTo(ArticleKind.FEATURE);
    }

    @Test
    void seedPagesSplitIntoTheirArticles() {
        assertThat(splitter.split(Seeds.text("000")).articles()).hasSize(4)
                .allSatisfy(a -> assertThat(a.bylines()).hasSize(1));
        SplitPage p002 = splitter.split(Seeds.text("002"));
        assertThat(p002.articles()).hasSize(12);
        assertThat(p002.articles()).filteredOn(a -> a.kind() == ArticleKind.CONTINUATION).hasSize(4);
        SplitPage p003 = splitter.split(Seeds.text("003"));
        assertThat(p003.articles()).hasSize(2);
        assertThat(p003.furniture()).isNotEmpty();
        assertThat(p003.articles()).allSatisfy(a -> assertThat(a.headline()).isNotNull());
        List<Article> p004 = splitter.split(Seeds.text("004")).articles();
        assertThat(p004).hasSize(3).allSatisfy(a -> assertThat(a.headline()).isNotNull());
        assertThat(Seeds.pages()).allSatisfy(p -> assertThat(splitter.split(Seeds.text(
                p.getFileName().toString().substring(0, 3))).doubtful()).isFalse());
    }

    @Test
    void bylineLineBeforeTheBodyStartsTheArticleAndSpreadNamesPair() {
        SplitPage page = split(
                "人民日报  2024年6月7日  星期五  第4版  要闻",
                "",
                "城市更新让老街区焕发新活力",
                "",
                "本报记者  王  珏  李明华",
                "",
                "本报北京6月6日电  记者从住房和城乡建设部获悉，今年以来，",
                "各地推进城市更新，改造老旧小区和街区。",
                "老街区焕发新活力，居民生活更便利。",
                "",
                "夏粮收购有序推进",
                "",
                "新华社郑州6月6日电（记者 张三 李四）",
                "河南夏粮收购有序推进，收购进度快于去年。",
                "",
                "责任编辑：赵五");
        assertThat(page.articles()).hasSize(2);
        Article first = page.articles().get(0);
        assertThat(first.headline().title()).isEqualTo("城市更新让老街区焕发新活力");
        assertThat(first.bylines()).containsExactly("王珏", "李明华");
        assertThat(first.text()).startsWith("本报北京6月6日电").contains("老街区焕发新活力");
        Article second = page.articles().get(1);
        assertThat(second.headline().title()).isEqualTo("夏粮收购有序推进");
        assertThat(second.bylines()).containsExactly("张三", "李四");
        assertThat(page.furniture()).anyMatch(f -> f.contains("第4版")).anyMatch(f -> f.contains("责任编辑"));
        assertThat(page.articles()).noneMatch(a -> a.text().contains("责任编辑") || a.text().contains("星期五"));
    }

    @Test
    void reportersOfAllMediaDesksAndBylinesOpeningWithAMarkAreCredited() {
        SplitPage page = split(
                "城市书房遍布街巷",
                "",
                "本报全媒体记者  王  珏  通讯员  李小明",
                "",
                "城市书房遍布街巷，市民读书借书更方便了。",
                "书房实行二十四小时开放，夜里也有人来。",
                "",
                "老宅重现旧模样",
                "",
                "□融媒体记者 赵晓雨",
                "",
                "老街上的一座老宅修缮完成，雕花门窗重现旧日模样。",
                "",
                "老店新开迎客来",
                "",
                "本报讯（全媒体首席记者 孙大伟）老字号承载着几代匠心，老店新开吸引了不少年轻顾客。");
        assertThat(page.articles()).extracting(a -> a.headline().title())
                .containsExactly("城市书房遍布街巷", "老宅重现旧模样", "老店新开迎客来");
        assertThat(page.articles()).extracting(Article::bylines)
                .containsExactly(List.of("王珏", "李小明"), List.of("赵晓雨"), List.of("孙大伟"));
        // a byline line is no part of the text; a dateline's bracket stays in it, as the dateline does
        assertThat(page.articles().subList(0, 2)).noneMatch(a -> a.text().contains("记者"));
        // a desk's name in a sentence is no byline
        assertThat(Bylines.line("全媒体时代来临")).isNull();
    }

    @Test
    void reportersNamedAfterTheDatelineWithoutABracketAreCredited() {
        SplitPage page = split(
                "城市书房遍布街巷",
                "",
                "本报讯 记者 王  珏 通讯员 李小明 报道：城市书房遍布街巷，市民读书借书更方便了。",
                "",
                "老宅重现旧模样",
                "",
                "本报讯 记者从市住建局获悉，老街上的一座老宅修缮完成，各方纷纷报道。");
        assertThat(page.articles()).extracting(Article::bylines)
                .containsExactly(List.of("王珏", "李小明"), List.of());
    }

    @Test
    void aDatelineInBlackBracketsOpensAnArticle() {
        assertThat(Markers.dateline("【本报讯】（记者 张三）昨天")).isEqualTo("【本报讯】");
        assertThat(Markers.dateline("【喜讯】项目获批")).isNull();
        SplitPage page = split(
                "城市书房遍布街巷，市民读书借书更方便了。书房实行二十四小时开放。",
                "【本报讯】（记者 王珏）老街上的一座老宅修缮完成，雕花门窗重现旧日模样。",
                "【本报讯 记者 李小明 报道】老字号承载着几代匠心，老店新开吸引了不少年轻顾客。");
        assertThat(page.articles()).extracting(Article::bylines)
                .containsExactly(List.of(), List.of("王珏"), List.of("李小明"));
    }

    @Test
    void aBylineLineBelowAHeadlineHeadsItsArticleThoughALabelFollowsIt() {
        SplitPage page = split(
                "老街区里的新书房",
                "",
                "书房开进老街区，居民读书更方便了。",
                "",
                "湖畔湿地迎来候鸟",
                "",
                "本报记者  王  珏  李明华",
                "",
                "核心阅读",
                "",
                "入冬以来，湖畔湿地迎来大批候鸟，",
                "观鸟的市民也多了起来。",
                "保护区工作人员每天巡护湿地。");
        assertThat(page.articles()).hasSize(2);
        Article second = page.articles().get(1);
        assertThat(second.headline().title()).isEqualTo("湖畔湿地迎来候鸟");
        assertThat(second.bylines()).containsExactly("王珏", "李明华");
        assertThat(second.text()).startsWith("核心阅读").contains("候鸟");
        assertThat(page.articles().get(0).bylines()).isEmpty();
    }

    @Test
    void twoNamesAfterARoleWhoseSpaceWasLostAreTwoBylines() {
        SplitPage page = split(
                "湖畔讯（记者王芳赵晖）入冬以来，湖畔湿地迎来大批候鸟。",
                "观鸟的市民也多了起来。");
        assertThat(page.articles()).singleElement()
                .satisfies(a -> assertThat(a.bylines()).containsExactly("王芳", "赵晖"));
    }

    @Test
    void aHeadlineJoiningTwoPhrasesWithAnEnumerationMarkStillHeadsAnArticle() {
        SplitPage page = split(
                "书房开进老街区",
                "",
                "书房开进老街区，居民读书更方便了。社区还请来志愿者，",
                "每周为孩子们讲故事。",
                "",
                "守护湿地、迎接候鸟",
                "",
                "入冬以来，湖畔湿地迎来大批候鸟，观鸟的市民也多了起来。",
                "保护区工作人员每天巡护湿地，记录候鸟的数量。");
        assertThat(page.articles()).extracting(a -> a.headline() == null ? null : a.headline().title())
                .containsExactly("书房开进老街区", "守护湿地、迎接候鸟");
    }

    @Test
    void datelinesAreReadByTheirGrammarNotByTheNamesOfPapers() {
        assertThat(Markers.dateline("本报北京6月6日电  记者从")).isEqualTo("本报北京6月6日电");
        assertThat(Markers.dateline("新华社华盛顿6月5日电（记者 张三）")).isEqualTo("新华社华盛顿6月5日电");
        assertThat(Markers.dateline("据新华社电 近日")).isEqualTo("据新华社电");
        assertThat(Markers.dateline("滨海讯（记者 张三）昨天")).isEqualTo("滨海讯");
        assertThat(Markers.dateline("本报讯 3月8日")).isEqualTo("本报讯");
        assertThat(Markers.dateline("6月5日电话会议召开")).isNull();
        assertThat(Markers.dateline("传来喜讯：项目获批")).isNull();
        assertThat(Markers.dateline("又电（记者 张三）")).isNull();
        assertThat(Bylines.line("本报记者  王  珏  李明华")).containsExactly("王珏", "李明华");
        assertThat(Bylines.line("记者 张三 通讯员 李四")).containsExactly("张三", "李四");
        assertThat(Bylines.line("记者了解到")).isNull();
        assertThat(Bylines.line("新华社记者 王五摄")).isNull();
    }

    @Test
    void theAgencysEndOfCopyMarkClosesTheArticle() {
        SplitPage page = split(
                "新华社北京6月6日电  河南夏粮收购有序推进，收购进度快于去年。",
                "粮食部门已做好收购准备工作。（完）",
                "",
                "相关链接",
                "",
                "去年全省夏粮收购量创下新高。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).text()).endsWith("（完）");
        assertThat(page.articles().get(1).text()).isEqualTo("去年全省夏粮收购量创下新高。");
    }

    @Test
    void aPictureAnAgencySentIsCreditedAsFurniture() {
        assertThat(Furniture.isCreditLine("新华社发（李华 摄）")).isTrue();
        assertThat(Furniture.isCreditLine("某某日报发（王五摄）")).isTrue();
        assertThat(Furniture.isCreditLine("会议发（通知）")).isFalse();
        assertThat(Furniture.isCreditLine("新华社发 李华 摄")).isTrue();
        assertThat(Furniture.isCreditLine("日报社 在当地拍摄")).isFalse();
        SplitPage page = underHeadline("老人乘公交刷脸即可", "新华社发（李华 摄）",
                "本报讯 从下月起，本市老人乘坐公交车可刷脸乘车。");
        assertThat(page.articles()).singleElement()
                .satisfies(a -> assertThat(a.headline().title()).isEqualTo("老人乘公交刷脸即可"));
        assertThat(page.furniture()).contains("新华社发（李华 摄）");
    }

    @Test
    void thePlaceAReportWasFiledFromIsNoReportersName() {
        assertThat(Bylines.line("本报记者 张三 李四 上海报道")).containsExactly("张三", "李四");
        assertThat(Bylines.line("本报驻京记者 王五 北京报道")).containsExactly("王五");
        assertThat(Bylines.line("本报记者 张三报道")).containsExactly("张三");
        assertThat(Bylines.trailing("取得实效。（记者 赵六 武汉报道）").orElseThrow().names()).containsExactly("赵六");
    }

    @Test
    void aReporterWhoWroteAndPhotographedIsABylineNotAPictureCredit() {
        assertThat(Bylines.line("■本报记者 周 明 文/摄")).containsExactly("周明");
        assertThat(Bylines.line("新华社记者 王五摄")).isNull();
    }

    @Test
    void aBylineNamingWriterAndPhotographerIsNoPictureCredit() {
        assertThat(Bylines.line("本报记者 张三/文 李四/摄")).containsExactly("张三", "李四");
        assertThat(Furniture.isCreditLine("本报记者 张三/文 李四/摄")).isFalse();
        assertThat(Furniture.isCreditLine("本报记者 周明 文/摄")).isFalse();
        assertThat(Furniture.isCreditLine("新华社记者 王五摄")).isTrue();
        SplitPage page = underHeadline("全市重点项目集中开工", "本报记者 张三/文 李四/摄",
                "　　3月7日，全市一季度重点项目集中开工，共有四十二个项目。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline().title()).isEqualTo("全市重点项目集中开工");
            assertThat(a.bylines()).containsExactly("张三", "李四");
        });
    }

    @Test
    void aWriterWhoAlsoTookThePicturesIsCreditedByPicturesAndText() {
        assertThat(Bylines.line("图文/张三")).containsExactly("张三");
        assertThat(Bylines.line("图文/本报记者 张三")).containsExactly("张三");
        assertThat(Bylines.line("文图/李四 王五")).containsExactly("李四", "王五");
        assertThat(Bylines.line("图文并茂的展览吸引市民")).isNull();
        SplitPage page = underHeadline("春季花市周末开张", "图文/本报记者 林小河", "　　本周六起，城东花卉市场将开放夜间摊位。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.bylines()).containsExactly("林小河");
            assertThat(a.text()).startsWith("本周六起");
        });
    }

    @Test
    void aFrontPagesPointersToPagesInsideAreFurniture() {
        assertThat(Furniture.isFurnitureLine("▶ 城东花市周末开张  A3")).isTrue();
        assertThat(Furniture.isFurnitureLine("春季招聘会下周举行  详见A6版")).isTrue();
        assertThat(Furniture.isFurnitureLine("今日导读")).isTrue();
        assertThat(Furniture.isFurnitureLine("城东新建三座口袋公园 ▶2版")).isTrue();
        assertThat(Furniture.isFurnitureLine("公积金提取可“掌上办” >>A5")).isTrue();
        // the page set apart after the headline with 见 before it
        assertThat(Furniture.isFurnitureLine("■ 城东花市周末开张　　　　见第2版")).isTrue();
        assertThat(Furniture.isFurnitureLine("■ 城东花市周末开张　　　　见第12版")).isTrue();
        assertThat(Furniture.isFurnitureLine("▶ 奥迪A3")).isFalse();
        assertThat(Furniture.isFurnitureLine("新车型▶奥迪A3")).isFalse();
        assertThat(Furniture.isFurnitureLine("据介绍，详见第3版")).isFalse();
        // the page first after the mark, in figures or Han numerals
        assertThat(Furniture.isFurnitureLine("▲第三版　深化改革看基层")).isTrue();
        assertThat(Furniture.isFurnitureLine("▶A5版：公积金提取可“掌上办”")).isTrue();
        assertThat(Furniture.isFurnitureLine("▲第三版面全新改版，内容更丰富。")).isFalse();
        SplitPage page = split(
                "全市重点项目集中开工",
                "",
                "　　本报讯 3月7日，全市一季度重点项目集中开工，共有四十二个项目。",
                "",
                "今日导读",
                "",
                "▶ 城东花市周末开张  A3",
                "▶ 公积金提取可“掌上办”  A5");
        assertThat(page.articles()).singleElement()
                .satisfies(a -> assertThat(a.headline().title()).isEqualTo("全市重点项目集中开工"));
        assertThat(page.furniture()).contains("今日导读", "▶ 城东花市周末开张 A3");
    }

    @Test
    void aSectionsPageNextToTheEditionLineIsFurnitureWithNoBlankLineBetween() {
        SplitPage page = split(
                "东江晨报　2026年1月15日　星期四",
                "A04　本地新闻",
                "记者 王芳",
                "受寒潮影响，本周以来全市气温骤降，最低气温跌至零下九摄氏度。",
                "供热服务热线的来电量随之猛增，一天接听市民来电两千余个。",
                "供热热线一天接听两千余个",
                "",
                "G20 峰会开幕",
                "记者 李明",
                "峰会当天，各国领导人围绕全球经济复苏等议题深入交流。");
        assertThat(page.furniture()).contains("A04 本地新闻");
        assertThat(page.articles()).extracting(a -> a.headline().title())
                .containsExactly("供热热线一天接听两千余个", "G20 峰会开幕");
    }

    @Test
    void aMastheadOverTheEditionLineIsFurnitureNotTheFirstHeadline() {
        // the paper's name, its name in Latin letters, the date with its lunar date, the issue's number, its pages
        SplitPage page = split(
                "东江日报",
                "DONGJIANG DAILY",
                "2026年3月5日 星期四",
                "",
                "农历丙午年正月十七",
                "第12345期  今日8版",
                "",
                "市政府召开常务会议",
                "",
                "本报讯（记者 刘洋）3月4日，市长王明主持召开市政府常务会议，研究部署春季农业生产等工作。");
        assertThat(page.articles()).singleElement()
                .satisfies(a -> assertThat(a.headline()).extracting(Headline::text).isEqualTo("市政府召开常务会议"));
        assertThat(String.join("\n", page.furniture())).contains("东江日报", "DONGJIANG DAILY", "农历丙午年正月十七",
                "第12345期");
    }

    @Test
    void aPageNumberedBySectionMarksAnEditionLine() {
        assertThat(Furniture.isFurnitureLine("第A03版：要闻")).isTrue();
        assertThat(Furniture.isFurnitureLine("B2版  城事")).isTrue();
        assertThat(Furniture.isFurnitureLine("第二版教材已出版")).isFalse();
        assertThat(Furniture.isFurnitureLine("新版本A3版上线了")).isFalse();
    }

    @Test
    void editionLinesAndPictureCreditsAreFurniture() {
        assertThat(Furniture.isFurnitureLine("2024年6月7日 星期五")).isTrue();
        assertThat(Furniture.isFurnitureLine("第4版 要闻")).isTrue();
        assertThat(Furniture.isFurnitureLine("新华社记者 王五摄")).isTrue();
        assertThat(Furniture.isFurnitureLine("李四绘")).isTrue();
        assertThat(Furniture.isFurnitureLine("制图：张三")).isTrue();
        // what the page's title picture shows, printed with the credits
        assertThat(Furniture.isFurnitureLine("题图：城南秋色")).isTrue();
        assertThat(Furniture.isFurnitureLine("头图：城南秋色")).isTrue();
        assertThat(Furniture.isFurnitureLine("这些照片均在当地拍摄")).isFalse();
        assertThat(Furniture.isFurnitureLine("在当地拍摄")).isFalse();
    }

    @Test
    void closingNotesEndTheArticleAndStayInItsBody() {
        SplitPage page = split(
                "深化改革开放的三点启示",
                "",
                "改革开放是决定当代中国命运的关键一招，要以更大",
                "的勇气和智慧推进改革。",
                "（作者为某大学经济学院院长）",
                "",
                "让文物活起来",
                "",
                "博物馆里的文物正在走出展柜，走进百姓生活，讲述",
                "历史故事。");
        assertClosedThenHeaded(page, "（作者为某大学经济学院院长）", "让文物活起来");
    }

    /** Two articles: the first ending with its closing note, the second headed by its title. */
    private static void assertClosedThenHeaded(SplitPage page, String note, String title) {
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).text()).endsWith(note);
        assertThat(page.articles().get(1).headline().title()).isEqualTo(title);
    }

    /**
     * A kicker naming who speaks before a colon (专访某某：) over a quoted title and a byline line, right under the text
     * above: all heading lines of the interview, none of them the text above's.
     */
    @Test
    void aKickerClosingWithAColonOverATitleAndBylineHeadsTheTextBelow() {
        SplitPage page = split(
                "本报讯（记者 李明）城南体育馆昨日",
                "完成改造，将于下月起向市民开放，",
                "馆内新增羽毛球场八片。",
                "专访教练周海燕：",
                "“每一场训练都是新起点”",
                "记者 王芳",
                "刚带队夺得全省青少年游泳赛团体冠",
                "军的周海燕，昨日接受了本报专访，",
                "谈到队员们一年来的成长。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).text()).endsWith("羽毛球场八片。");
        Article interview = page.articles().get(1);
        assertThat(interview.headline().text()).isEqualTo("专访教练周海燕： “每一场训练都是新起点”");
        assertThat(interview.bylines()).containsExactly("王芳");
    }

    /** A section's name alone between the edition line and the editors' line is the page's, no headline. */
    @Test
    void aSectionsNameBetweenTheEditionAndEditorsLinesIsFurniture() {
        SplitPage page = split("江城晚报　2026年3月14日　星期六　第A10版", "消费", "编辑：林舟　美编：王芳", "",
                "　　本报讯（记者 李明）年底将至，不少健身房推出“充值送礼”活动，市场监管部门提醒消费者理性办卡。");
        assertThat(page.articles()).hasSize(1);
        assertThat(page.articles().get(0).headline()).isNull();
        assertThat(page.furniture()).contains("消费");
        // under the section's name a date alone, as a notice's signer is dated: both the page's furniture
        SplitPage dated = split("江城晚报　2026年3月14日　星期六　第A10版", "消费", "2026年3月14日", "",
                "　　本报讯（记者 李明）年底将至，市场监管部门提醒消费者理性办卡。");
        assertThat(String.join("\n", dated.furniture())).contains("消费");
        assertThat(dated.articles()).singleElement().satisfies(a -> assertThat(a.headline()).isNull());
    }

    @Test
    void aRoundUpsDatelineNamingManyCitiesAndReportersClosesItsArticle() {
        SplitPage page = split(
                "本报讯 黄金周期间，各地景区游客",
                "明显增多，夜游、研学等新玩法受到",
                "欢迎，旅游消费持续升温。",
                "",
                "（本报东京、巴黎、柏林、伦敦、罗",
                "马、马德里、开罗、悉尼、首尔、曼",
                "谷、雅加达、内罗毕10月8日电 记",
                "者王一、李二、张三、赵四、钱五、",
                "孙六、周七、吴八、郑九、冯十、陈",
                "十一、褚十二）",
                "",
                "夜市点亮街巷烟火",
                "",
                "入夜，老街夜市的摊位次第亮灯，街",
                "巷里的烟火气引来不少游客。");
        assertClosedThenHeaded(page, "褚十二）", "夜市点亮街巷烟火");
    }

    @Test
    void aColumnBreakInsideAClosingNoteDoesNotMakeItsTailAHeadline() {
        SplitPage page = split(
                "本报讯 全市今年新建改建公园",
                "二十座，市民出门即可见绿。",
                "（新华社南京3月1",
                "",
                "2日电）",
                "",
                "夜市点亮街巷烟火",
                "",
                "入夜，老街夜市的摊位次第亮灯，街巷里的烟火气",
                "引来不少游客。");
        assertClosedThenHeaded(page, "（新华社南京3月12日电）", "夜市点亮街巷烟火");
    }

    @Test
    void aTitleAsWideAsANarrowColumnStartsTheNextUnsignedArticle() {
        SplitPage page = split(
                "城市书房开到家门口",
                "",
                "家门口的城市书房越",
                "来越多，市民读书借",
                "书更方便了。书房里",
                "灯光明亮，座位舒适",
                "，周末常常一座难求",
                "。阅读正在成为许多",
                "人的生活方式。",
                "",
                "让老字号焕发新活力",
                "",
                "老字号承载着几代匠",
                "心。老店新开，传统",
                "技艺与现代设计相结",
                "合，吸引了不少年轻",
                "顾客前来品尝和打卡",
                "。");
        assertThat(page.articles()).extracting(a -> a.headline() == null ? null : a.headline().title())
                .containsExactly("城市书房开到家门口", "让老字号焕发新活力");
    }

    @Test
    void aClosingNoteOfManyNamesWrappedByANarrowColumnStaysOneNote() {
        SplitPage page = split(
                "各地元宵灯会精彩纷",
                "呈，游人如织。",
                "（孙悦）",
                "",
                "（综合本报记者张明、",
                "王芳、李强、赵磊、",
                "陈静、刘洋、杨帆、",
                "周杰、吴敏、郑华报",
                "道）",
                "",
                "春耕备耕忙",
                "",
                "本报讯 立春以来，各地",
                "春耕备耕有序展开。");
        assertClosedThenHeaded(page, "郑华报道）", "春耕备耕忙");
        assertThat(page.articles().get(0).bylines()).containsExactly("孙悦");
    }

    @Test
    void inFlowingTextAHeadlinePrintedRightAboveItsFirstParagraphStandsApart() {
        SplitPage page = split(
                "乡村振兴要靠人才",
                "",
                "乡村振兴，人才是关键。要让更多年轻人愿意回到乡村、留在乡村，在广阔天地里施展才华，为家乡发展贡献力量。",
                "（作者为某县县委书记）",
                "",
                "从历史中汲取前行智慧",
                "我们要从丰富的历史经验中汲取智慧，坚定信心，把今天的事情办好，让明天的日子更加美好，这需要久久为功。",
                "",
                "历史是最好的老师，总结经验、把握规律，才能走得更稳更远，这是无数事实反复证明了的道理。");
        assertThat(page.articles()).extracting(a -> a.headline() == null ? null : a.headline().title())
                .containsExactly("乡村振兴要靠人才", "从历史中汲取前行智慧");
    }

    @Test
    void aColumnTagWrappedOntoTheNextLineStaysInItsTitle() {
        SplitPage page = split(
                "不少市民反映，公园",
                "里可供歇脚的长椅越",
                "来越少了。管理方表",
                "示，将在主要步道旁",
                "增设一批长椅。",
                "",
                "长椅为何少了（民",
                "生观察·城市里的小事③）",
                "",
                "记者 周明 通讯员 王强",
                "",
                "立春过后，城郊的农",
                "田里一派繁忙景象，",
                "农机手们抢抓农时，",
                "翻耕土地准备播种。",
                "",
                "城郊春耕正当时");
        assertThat(page.articles()).hasSize(2);
        Article first = page.articles().get(0);
        assertThat(first.headline().title()).isEqualTo("长椅为何少了（民生观察·城市里的小事③）");
        assertThat(first.headline().subtitle()).isNull();
        assertThat(page.articles().get(1).text()).doesNotContain("小事");
        assertThat(HeadlineAssigner.isBound("开着暖气，为啥还吹冷气？（", "说道）")).isTrue();
        assertThat(HeadlineAssigner.isBound("开着暖气，为啥还吹冷气？", "说道")).isFalse();
    }

    @Test
    void aKickerNamingTheSpeakerBeforeAColonStaysWithItsTitle() {
        SplitPage page = split(
                "本报讯 春运首日，各地车站秩序井然。",
                "（孙悦）",
                "",
                "返乡创业青年：",
                "家乡的天地同样广阔",
                "",
                "本报讯 越来越多的年轻人回到家乡创业，开网店、办农场，带动乡亲们增收致富。");
        assertThat(page.articles()).hasSize(2);
        assertThat(flat(page.articles().get(1).headline().text())).isEqualTo("返乡创业青年：家乡的天地同样广阔");
        assertThat(page.articles().get(0).text()).doesNotContain("返乡创业青年");
    }

    @Test
    void aBlankLineIsInsideABracketedAsideOnlyWhenTheNextLineClosesIt() {
        assertThat(PageLayout.continuesBracket("（新华社北京2月1", "9日电）")).isTrue();
        assertThat(PageLayout.continuesBracket("（新华社北京2月1", "新的标题")).isFalse();
        assertThat(PageLayout.continuesBracket("全文完。", "9日电）")).isFalse();
        assertThat(PageLayout.continuesBracket("（记者 张三）", "（李四）")).isFalse();
    }

    @Test
    void aClosingNoteOpenedALineAboveAColumnBreakRunsOnAfterIt() {
        List<String> note = List.of("产品。”", "（本报上海10月14日电", "记者张明、王芳、李华、");
        assertThat(PageLayout.continuesBracket(note, "赵强、陈东、刘洋）")).isTrue();
        assertThat(PageLayout.continuesBracket(note, "新的标题")).isFalse();
        assertThat(PageLayout.continuesBracket(List.of("（本报上海10月14日电）", "记者张明、王芳、李华、"),
                "徐伟）")).isFalse();
        SplitPage page = split(
                "本报讯 昨天，两国企业签署合作协议，",
                "合作领域涵盖医药和电子产品。",
                "（本报上海10月14日电",
                "记者张明、王芳、李华、",
                "",
                "赵强、陈东、刘洋）",
                "",
                "新的合作项目落地",
                "",
                "本报讯 今天，新的合作项目落地。（钱进）");
        assertClosedThenHeaded(page, "刘洋）", "新的合作项目落地");
    }

    @Test
    void aShortExclamationClosingAColumnRunIsTheArticlesLastParagraphNotAHeadline() {
        SplitPage page = split(
                "本报讯 全市今年新建改建公",
                "园二十座，市民出门即可见",
                "绿。园林部门表示，将继续",
                "推进口袋公园建设，让更多",
                "市民共享绿色。街巷里处处",
                "是花香，公园里处处是笑声",
                "。",
                "祝大家周末愉快！",
                "",
                "夜市点亮街巷烟火",
                "",
                "本报讯 入夜，老街夜市的摊",
                "位次第亮灯，街巷里的烟火",
                "气引来不少游客。（钱进）");
        assertClosedThenHeaded(page, "祝大家周末愉快！", "夜市点亮街巷烟火");
    }

    @Test
    void aColumnNameOnTheLineBelowItsTitleBelongsToTheHeadlineNotToTheBylines() {
        SplitPage page = split(
                "本报讯 昨天，全市重大项目集中开工。（钱进）",
                "",
                "让阅读成为一种生活方式",
                "（讲述·身边的故事）",
                "",
                "读书，是一座城市的底色。近年来，城市书房遍布街巷，市民读书借书更方便了，阅读正在成为许多人的生活方式。");
        assertThat(page.articles()).hasSize(2);
        Article second = page.articles().get(1);
        assertThat(flat(second.headline().text())).isEqualTo("让阅读成为一种生活方式（讲述·身边的故事）");
        assertThat(second.bylines()).isEmpty();
        assertThat(page.articles().get(0).bylines()).containsExactly("钱进");
    }

    @Test
    void aBracketOfReportersBelowAnUnfinishedLineStillCreditsThem() {
        assertThat(PageLayout.endsInBracket("数据来源：市统计局", "（记者 张三）")).isFalse();
        assertThat(PageLayout.endsInBracket("数据来源：市统计局", "（王芳 李明）")).isFalse();
        assertThat(PageLayout.endsInBracket("让阅读成为一种生活方式", "（讲述·身边的故事）")).isTrue();
        assertThat(PageLayout.endsInBracket("全文完。", "（讲述·身边的故事）")).isFalse();
        assertThat(PageLayout.endsInBracket("城市书房开到家门口", "（上接第1版）")).isFalse();
    }

    @Test
    void aColumnsNameShapedLikeACreditIsJoinedToTheTitleItWrappedFrom() {
        // its word opens with a surname, but names no one: the layout reads it as part of the title's line
        assertThat(PageLayout.endsInBracket("菜篮子稳 市民心里踏实", "（权威发布）")).isTrue();
        assertThat(PageLayout.endsInBracket("元宵节，看灯去！", "（暖相册）")).isTrue();
        assertThat(PageLayout.endsInBracket("菜价保持平稳。", "（权威发布）")).isFalse();
        assertThat(PageLayout.endsInBracket("他们也是战士 值得尊重", "（曹明 王强）")).isFalse();
    }

    /** The note runs on after the last sentence, or stands as a paragraph of its own. */
    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n"})
    void aBracketOfNamesAfterASourceNoteCreditsTheArticle(String beforeNote) {
        String report = "本报讯 今年以来，全市新增城市书房二十座，市民借阅量明显上升。" + beforeNote
                + "数据来源：市文化广电和旅游局（王芳 李明）";
        SplitPage page = split(report, "", "夜市点亮街巷烟火", "", "本报讯 入夜，老街夜市的摊位次第亮灯。（钱进）");
        assertThat(page.articles()).extracting(Article::bylines)
                .containsExactly(List.of("王芳", "李明"), List.of("钱进"));
        assertThat(page.articles().get(0).text()).endsWith("数据来源：市文化广电和旅游局");
    }

    /**
     * Headlines stacked after their articles, in columns of nine characters: the credit is as wide as the column, and
     * the title over it as wide as a body line.
     */
    @Test
    void aCreditClosingTheBlockOfATitleIsFurnitureHoweverWide() {
        SplitPage page = split(
                "　　入夜，老街夜市",
                "的摊位次第亮灯，小",
                "吃飘香，游人如织。",
                "（李华）",
                "",
                "　　不久前，老街举",
                "办了一场村晚，热闹",
                "非凡。",
                "（王明）",
                "",
                "夜市点亮街巷烟火",
                "",
                "“村晚”闹起来",
                "方 敏 雷 宁摄影报道",
                "",
                "　　新建的三座公园",
                "昨天开放，市民纷纷",
                "前往游览。",
                "（赵亮）",
                "",
                "三座公园昨天开放");
        assertThat(page.articles()).extracting(a -> a.headline().title())
                .containsExactly("夜市点亮街巷烟火", "“村晚”闹起来", "三座公园昨天开放");
        assertThat(page.articles().get(2).text()).startsWith("新建的三座公园");
        assertThat(page.furniture()).contains("方 敏 雷 宁摄影报道");
    }

    /** Headlines printed after their articles: nothing above the byline line for it to close. */
    @Test
    void aBylineLineAtTheTopOfThePageHeadsTheTextBelowItsLabel() {
        SplitPage page = split(
                "记者 王小明 通讯员 李华",
                "核心阅读",
                "",
                "今年本市新建三座公园，市民休闲去处更多了。园林部门表示，明年还将继续推进。",
                "",
                "新建三座公园方便市民休闲",
                "",
                "本报讯 入夜，老街夜市的摊位次第亮灯。（钱进）",
                "",
                "夜市点亮街巷烟火");
        assertThat(page.articles()).extracting(Article::bylines)
                .containsExactly(List.of("王小明", "李华"), List.of("钱进"));
        assertThat(page.articles().get(0).text()).startsWith("核心阅读");
        assertThat(page.doubts().warnings()).isEmpty();
    }

    @Test
    void aBracketOfNamesRightAboveTheEditionLinesIsTheLastArticlesByline() {
        SplitPage page = split(
                "老街换新颜",
                "",
                "本报讯 老街改造完成，昨天重新开放。居民纷纷前来参观，不少老人说找回了儿时的记忆。",
                "资料来源：市住房和城乡建设局",
                "（王小明）",
                "",
                "东城日报",
                "2026年3月2日 星期一",
                "第5版 城事");
        assertThat(page.articles()).extracting(Article::bylines).containsExactly(List.of("王小明"));
        assertThat(page.furniture()).doesNotContain("（王小明）");
    }

    @Test
    void aSourceNoteShortOfTheColumnEndsThereAndTheHeadingUnderItIsNotItsTail() {
        SplitPage page = split(
                "老街换新颜",
                "",
                "本报讯 老街改造完成，昨天重新开放。居民纷纷前",
                "来参观，不少老人说找回了儿时的记忆。街道还在",
                "老街两侧增设了休息座椅和指示牌，方便游客。",
                "数据来源：市住房和城乡建设局",
                "夜市点亮城南街巷烟火",
                "",
                "本报讯 入夜，城南老街夜市的摊位次第亮灯，小吃",
                "飘香，游人如织。摊主们说，今年的生意比去年好。");
        assertThat(page.articles()).extracting(a -> a.headline().title())
                .containsExactly("老街换新颜", "夜市点亮城南街巷烟火");
        assertThat(page.articles().get(0).text()).endsWith("数据来源：市住房和城乡建设局");
    }

    @Test
    void aNoteOfWhoCompiledAQuoteClosesItsAttributionAndTheArticle() {
        SplitPage page = split(
                "让城市书房开到家门口（声音）",
                "",
                "　　阅读是一座城市的底色，要让更多市民走进书房、爱上阅读。",
                "　　——某区负责人日前在座谈会上说",
                "",
                "　　（本报记者 王小明 李 华整理）",
                "",
                "夜市点亮街巷烟火（城事观察）",
                "",
                "入夜，老街夜市的摊位次第亮灯，小吃飘香，游人如织。");
        assertThat(page.articles()).extracting(a -> a.headline().title())
                .containsExactly("让城市书房开到家门口（声音）", "夜市点亮街巷烟火（城事观察）");
        assertThat(page.articles().get(0).text()).endsWith("（本报记者 王小明 李 华整理）");
    }

    private static final String[] BRIEFS_COLUMN = {
        "老街换新颜",
        "",
        "本报讯 老街改造完成，昨天重新开放。居民纷纷前来参观，不少老人说找回了儿时的记忆。（李华）",
        "",
        "简讯",
        "",
        "■ 城东花市周末开张 本报讯 城东花市本周末开张，市民可前往选购年宵花。（钱进）",
        "",
        "■ 地铁延长运营时间 本报讯 地铁各线路本周五起延长运营一小时。（吴刚）"};

    @Test
    void theLabelOverAColumnOfBriefsIsNoPartOfTheFirstBriefsHeadline() {
        SplitPage page = split(BRIEFS_COLUMN);
        assertThat(page.articles()).hasSize(3);
        assertThat(page.articles().get(1).headline().text()).doesNotContain("简讯").contains("城东花市周末开张");
        assertThat(page.furniture()).contains("简讯");
    }

    @Test
    void aMarkSetOffBeforeATitleIsNoKickerNorPartOfTheTitle() {
        SplitPage page = split(BRIEFS_COLUMN);
        assertThat(page.articles().get(2).headline().kicker()).isNull();
        assertThat(page.articles().get(2).headline().title()).isEqualTo("地铁延长运营时间");
    }

    @Test
    void aLineNamingWhoPlannedTheFeatureClosesItAndNeverJoinsTheNextHeadline() {
        SplitPage page = split(
                "城市书房开到家门口",
                "",
                "本报讯 城市书房遍布街巷，市民读书借书更方便了，阅读正在成为许多人的生活方式。",
                "",
                "本期统筹：周明",
                "",
                "夜市点亮街巷烟火",
                "",
                "本报讯 入夜，老街夜市的摊位次第亮灯。（钱进）");
        assertClosedThenHeaded(page, "本期统筹：周明", "夜市点亮街巷烟火");
    }

    @Test
    void onIndentedColumnsAFullWidthTitleRightAboveAnIndentedParagraphHeadsANewArticle() {
        SplitPage page = split(
                "城市书房开到家门口",
                "",
                "　　城市书房遍布街巷，市民读书借书更方",
                "便了。书房里灯光明亮，座位舒适，周末常",
                "常一座难求。阅读正在成为许多人的生活方",
                "式，书香正在浸润这座城市。",
                "老字号焕发新活力（城市观察·新消费）",
                "　　老字号承载着几代匠心。老店新开，传",
                "统技艺与现代设计相结合，吸引了不少年轻",
                "顾客前来品尝和打卡，门前常常排起长队。");
        assertThat(page.articles()).extracting(a -> a.headline() == null ? null : flat(a.headline().text()))
                .containsExactly("城市书房开到家门口", "老字号焕发新活力（城市观察·新消费）");
    }

    /** Two articles on the same street in columns of 20 characters, the second's title right under the first. */
    private static final List<String> OLD_STREET = List.of(
            "老城区老宅修缮工程启动",
            "",
            "　　本市老城区老宅修缮工程日前启动，首批",
            "十二处老宅将在年内完成修缮。修缮坚持修旧",
            "如旧，老宅的砖雕、木窗都按原样保留。",
            "　　老宅修缮完成后将向市民开放，部分老宅",
            "还将引入书店、茶馆等业态，让老街重新热闹",
            "起来。",
            "　　据介绍，此次修缮的老宅大多建于上世纪",
            "初，砖木结构，年久失修，屋面漏雨、墙体开",
            "裂等问题较为突出。修缮前，工作人员逐一测",
            "绘登记，为每处老宅建立了档案。施工中，工",
            "匠们尽量使用旧砖旧瓦，拆下的构件编号存放",
            "后原位安装，力求保留老宅的历史风貌。",
            "　　区住建局负责人表示，修缮工程由专业文",
            "物保护单位全程指导，施工期间老街照常通行，",
            "沿街商户正常营业。工程全部完成后，老城区",
            "将串联起十多处历史建筑，形成一条步行游览",
            "线路。",
            "老街书房迎来首批读者",
            "　　老街上的城市书房昨天开门迎客，首批读",
            "者在书房里借阅图书。书房设在一处修缮后的",
            "老宅里，藏书五千多册。",
            "　　书房实行二十四小时开放，市民刷卡即可",
            "进入。书房还设有儿童阅读区和自习区，每周",
            "末举办读书分享会，邀请作家和市民面对面交",
            "流。管理人员介绍，开门第一天就有三百多名",
            "读者前来借书，不少附近的老居民专门带着孙",
            "辈来看看修缮后的老宅，在书房里一坐就是一",
            "个下午，街坊们都说老街又有了人气。");

    @Test
    void whereTheExtractionKeepsIndentsAFlushHeadingInsideTheTextHeadsANewArticle() {
        // the heading shares the text's subject and stands apart by nothing: as a sub-heading it would read as well
        SplitPage kept = split(OLD_STREET.toArray(String[]::new));
        assertThat(kept.articles()).extracting(a -> a.headline() == null ? null : a.headline().title())
                .containsExactly("老城区老宅修缮工程启动", "老街书房迎来首批读者");
        // with no indents kept, nothing sets it outside the column's paragraphs
        SplitPage lost = split(OLD_STREET.stream().map(l -> l.replaceFirst("^　　", "")).toArray(String[]::new));
        assertThat(lost.articles()).hasSize(1);
    }

    @Test
    void aBracketOfNamesClosesAnArticleItsBylineLineCreditedAlready() {
        // the kicker's comma and enumeration would make it text inside a running article
        SplitPage page = split(
                "老街书房迎来首批读者",
                "",
                "本报记者  王  明",
                "",
                "老街上的城市书房昨天开门迎客，首批读者在书房里借阅",
                "图书。书房设在一处修缮后的老宅里，藏书五千多册。",
                "（李华）",
                "",
                "为让市民过好周末，东区、西区等地开放夜间场馆",
                "博物馆延时开放",
                "",
                "张强摄",
                "",
                "本周起，市博物馆每周五、周六延时开放至晚上九点，市",
                "民可预约参观。馆方还推出了夜间讲解服务。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).bylines()).containsExactly("王明", "李华");
        assertThat(flat(page.articles().get(1).headline().text())).endsWith("博物馆延时开放");
        assertThat(page.articles().get(1).paragraphs().get(0)).startsWith("本周起");
    }

    @Test
    void aSummaryBoxLabelUnderAHeadlineSetAfterItsArticleOpensTheNext() {
        // headlines follow their articles; two articles on one subject, read as one but for the box's label
        SplitPage page = split(
                "本报北京2月17日电 当地时间15日，国际",
                "象棋网络赛落幕，中国棋手夺得两个冠军。",
                "棋手说，网络赛让棋迷在家中也能观战，",
                "希望更多人爱上下棋。",
                "",
                "国际象棋网络赛落幕",
                "中国棋手收获双冠",
                "",
                "核心阅读",
                "线上对弈、网络直播、云课堂，棋类活动",
                "阵地搬到网络上，不少棋手足不出户也能",
                "下棋，棋迷在家中也能观战。",
                "组织网络棋赛随时参与",
                "各地棋院近日纷纷组织网络棋赛，棋手们",
                "在家中即可报名参赛，赛事吸引了上万名",
                "棋迷观战。",
                "",
                "棋类项目开展线上活动",
                "“宅生活”也丰富");
        assertThat(page.articles()).extracting(a -> flat(a.headline().text()))
                .containsExactly("国际象棋网络赛落幕中国棋手收获双冠", "棋类项目开展线上活动“宅生活”也丰富");
        assertThat(page.articles().get(1).paragraphs().get(0)).isEqualTo("核心阅读");
    }

    @Test
    void aDashedSubtitleListingWhomItIsAboutStaysUnderItsTaggedTitle() {
        // flowing text, headlines stacked after their articles: the first stands right under the second's text
        SplitPage page = split(
                "本报讯（记者 王明）全市春耕备耕工作全面展开，农资供应充足，各地抢抓农时。",
                "市农业农村局负责人说，今年将继续推进高标准农田建设。",
                "本报讯（记者 李华）市统计局日前公布的数据显示，去年全市居民人均可支配收入稳步增长。",
                "对标硬任务 做好春耕工作（高端访谈）",
                "——访市农业农村局局长、市委农办主任张强",
                "",
                "居民收入稳步增长");
        assertThat(page.articles()).extracting(a -> a.headline() == null ? null : flat(a.headline().text()))
                .containsExactly("对标硬任务做好春耕工作（高端访谈）——访市农业农村局局长、市委农办主任张强", "居民收入稳步增长");
        assertThat(page.articles().get(1).text()).endsWith("稳步增长。");
    }

    @Test
    void aLineClosingWithAColumnsNameEndsTheHeadlineAboveNotTheTextBelow() {
        // headlines follow their articles, neither article opens with a mark
        SplitPage page = split(
                "第三届冬季青年运动会将于当地时间9日晚在瑞士洛桑开幕，来自世界各地的青年运动员齐聚一堂。",
                "本届青年运动会设置了多个比赛项目，吸引了众多青年运动员报名参加。",
                "",
                "第三届冬季青年运动会",
                "促青年交流 展青春风采（体育大看台）",
                "",
                "期待武术运动在青年运动会舞台上一展身手，为传播中华文化做出更大贡献。",
                "武术进入青年运动会，是武术走向世界的重要一步。",
                "",
                "武术进入青年运动会",
                "打开新天地（体坛观澜）");
        assertThat(page.articles()).extracting(a -> flat(a.headline().text()))
                .containsExactly("第三届冬季青年运动会促青年交流展青春风采（体育大看台）", "武术进入青年运动会打开新天地（体坛观澜）");
        assertThat(page.articles().get(1).paragraphs().get(0)).startsWith("期待武术运动");
    }

    @Test
    void aSubtitleAfterItsArticleClosesItsHeadlineRatherThanOpeningTheNextText() {
        // headlines follow their articles; the next article opens with no mark, so it could take the line instead
        SplitPage page = split(
                "联邦家庭事务部日前宣布，为全面实施幼儿教育法案，将加大对日托机构的投入，增加托位。",
                "部长表示，希望家长们能在家庭和工作间实现更好的平衡。",
                "",
                "改善幼儿教育状况",
                "德国积极促进儿童日托机构扩容",
                "",
                "英国《自然》杂志近日发表文章称，种种迹象表明，全球气温上升的临界点或已临近。",
                "文章认为，各国应当算清自然资源的账，更积极地保护生态。",
                "",
                "给自然资源算算账");
        assertThat(page.articles()).extracting(a -> flat(a.headline().text()))
                .containsExactly("改善幼儿教育状况德国积极促进儿童日托机构扩容", "给自然资源算算账");
        assertThat(page.articles().get(1).paragraphs().get(0)).startsWith("英国《自然》");
    }

    @Test
    void aClosingExclamationBeforeTheNextHeadlineStaysTheArticlesLastParagraph() {
        SplitPage page = split(
                "城市书房开到家门口",
                "",
                "城市书房遍布街巷，市民读书借书更方便了。书房里灯光明亮，座位舒适，周末常常一座难求。",
                "",
                "让书香浸润每一个街区，让阅读成为生活方式，城市因此更美好！",
                "",
                "责任编辑：周明",
                "",
                "夜市点亮街巷烟火",
                "",
                "本报讯 入夜，老街夜市的摊位次第亮灯。（钱进）");
        assertClosedThenHeaded(page, "城市因此更美好！", "夜市点亮街巷烟火");
    }

    @Test
    void aDashedAttributionUnderAParagraphClosesItAndTheNoteAfterItStaysInTheArticle() {
        SplitPage page = split(
                "城市书房开到家门口",
                "",
                "本报讯 城市书房遍布街巷，市民读书借书更方便了。“阅读让城市更有温度。”",
                "",
                "——市图书馆馆长在读书月启动仪式上说",
                "",
                "（作者为市图书馆馆员）",
                "",
                "夜市点亮街巷烟火",
                "",
                "本报讯 入夜，老街夜市的摊位次第亮灯。（钱进）");
        assertClosedThenHeaded(page, "（作者为市图书馆馆员）", "夜市点亮街巷烟火");
        assertThat(page.articles().get(0).paragraphs()).contains("——市图书馆馆长在读书月启动仪式上说");
    }

    @Test
    void aLineTheExtractionIndentedStartsAParagraphEvenAfterAnUnfinishedOne() {
        String opening = "城市书房遍布街巷，市民读书借书更方便了。书房里灯光明亮，座位舒适，周末常常一座难求。今年新开的有：";
        SplitPage page = split(
                "城市书房开到家门口",
                "",
                "　　" + opening,
                "　　东门书房",
                "　　西园书房",
                "　　（作者为市图书馆馆员）",
                "",
                "夜市点亮街巷烟火",
                "",
                "本报讯 入夜，老街夜市的摊位次第亮灯，街巷里的烟火气引来不少游客前来品尝和打卡。（钱进）");
        assertThat(page.articles().get(0).paragraphs())
                .containsExactly(opening, "东门书房", "西园书房", "（作者为市图书馆馆员）");
        assertThat(page.articles().get(1).headline().title()).isEqualTo("夜市点亮街巷烟火");
    }

    @Test
    void aKickerLeadingIntoItsTitleWithADashStaysOneHeadline() {
        SplitPage page = split(
                "本报讯 昨天，全市重大项目集中开工。 （钱进）",
                "",
                "研究发现——",
                "森林固碳作用显著",
                "",
                "本报记者  周明",
                "",
                "一项新研究显示，森林固碳作用显著，植树造林对应对气候变化有重要作用。");
        Article second = page.articles().get(1);
        assertThat(flat(second.headline().text())).isEqualTo("研究发现——森林固碳作用显著");
        assertThat(second.bylines()).containsExactly("周明");
    }

    /** Two reports of a column page without bylines, the second's title printed between them as {@code title}. */
    private SplitPage readingAndOldHouse(String... title) {
        List<String> lines = new java.util.ArrayList<>(List.of("阅读点亮城市夜晚", "",
                "城市书房遍布街巷，市民读", "书借书更方便了。今年以来，", "全市新建城市书房二十家，",
                "每家藏书都在五千册以上。", "书房实行二十四小时开放，", "市民刷卡即可进入，夜里加",
                "班的年轻人也能找到一处安", "静的角落。", "管理人员介绍，周末的书房", "常常座无虚席，亲子阅读活",
                "动尤其受欢迎。", "书房还定期举办读书会、讲", "座和展览，邀请作家、学者", "与市民面对面交流。不少市",
                "民说，下班后到书房坐一坐", "已经成了生活的一部分。街", "道还组织志愿者在书房值守，",
                "帮助老人和孩子查找图书。", "今年全市还将再建十家城市", "书房，让更多市民在家门口",
                "就能读到好书。"));
        lines.addAll(List.of(title));
        lines.addAll(List.of("老街上的一座老宅修缮完成，", "雕花门窗重现旧日模样，吸", "引不少游客驻足拍照。",
                "老宅管理人员说，周末来参", "观的游客越来越多，讲解服", "务常常要提前预约。",
                "修缮过程中，工匠们尽量使", "用旧砖旧瓦，拆下的构件编", "号存放后原位安装，力求保",
                "留老宅的历史风貌。老宅里", "还布置了老街历史展览，展", "出老照片和老物件一百多件。",
                "街道负责人表示，下一步将", "修缮老街上的另外两座老宅，", "让市民更方便地了解老街历", "史。"));
        return split(lines.toArray(String[]::new));
    }

    @Test
    void aHeadingSetApartByBlankLinesWhereParagraphsAreNotHeadsANewArticle() {
        SplitPage apart = readingAndOldHouse("", "老宅重现旧模样", "");
        assertThat(apart.articles()).extracting(a -> a.headline() == null ? null : a.headline().title())
                .containsExactly("阅读点亮城市夜晚", "老宅重现旧模样");

        // the same line in the flow of the text, as the page prints its paragraphs, is a sub-heading of the report
        SplitPage inFlow = readingAndOldHouse("老宅重现旧模样");
        assertThat(inFlow.articles()).hasSize(1);
        assertThat(inFlow.articles().get(0).paragraphs()).contains("老宅重现旧模样");
    }

    @Test
    void aDatelineWrappedByANarrowColumnOpensTheTextAndStaysOutOfTheHeadline() {
        SplitPage page = split("全市新建城市书房二十", "家，每家藏书都在五千", "册以上。书房实行二十", "四小时开放，市民刷卡",
                "即可进入。", "（本报呼和浩特3月8", "日电）", "",
                "老街老宅修缮完成迎来八方游客", "",
                "据新华社呼和浩特", "3月8日电 老街上的一", "座老宅修缮完成，雕花", "门窗重现旧日模样，吸", "引不少游客驻足拍照。");
        Article oldStreet = page.articles().get(page.articles().size() - 1);
        assertThat(oldStreet.headline().title()).isEqualTo("老街老宅修缮完成迎来八方游客");
        assertThat(oldStreet.headline().subtitle()).isNull();
        assertThat(oldStreet.paragraphs().get(0)).startsWith("据新华社呼和浩特3月8日电");

        // a headline's short last line over a dateline with a source of its own stays the headline's
        SplitPage headed = split("全市新建城市书房二十", "家，每家藏书都在五千", "册以上。（王芳）", "",
                "老街老宅修缮完成", "搭起文化平台", "本报电 老街上的一座", "老宅修缮完成，雕花门", "窗重现旧日模样。");
        Article second = headed.articles().get(headed.articles().size() - 1);
        assertThat(flat(second.headline().text())).isEqualTo("老街老宅修缮完成搭起文化平台");
        assertThat(second.paragraphs().get(0)).startsWith("本报电 老街上");
    }

    @Test
    void theLastParagraphOfAPageWithTheEditorsLineRightUnderItIsKept() {
        SplitPage page = split("城市书房夜间开放", "",
                "本报讯（记者 王芳）全市今年新建城市书房二十家，每家藏书都在五千册以上，书房实行二十四小时开放，市民刷卡即可进入，"
                        + "夜里加班的年轻人也能找到一处安静的角落。",
                "本版责编：李明  张华");
        assertThat(page.articles()).hasSize(1);
        Article a = page.articles().get(0);
        assertThat(a.text()).contains("全市今年新建城市书房二十家").doesNotContain("责编");
        assertThat(page.furniture()).anyMatch(f -> f.contains("本版责编"));
    }

    /**
     * An editor's credit after an article's last sentence closes the article: the heading under it heads the next,
     * however much the two texts share (two reports from one district).
     */
    @Test
    void anEditorsCreditAfterAFinishedArticleClosesIt() {
        SplitPage page = split("城东老旧小区加装电梯", "",
                "城东街道老旧小区加装电梯工作有了新进展，居民上下楼更方便了。街道今年将继续推进这项工作。",
                "街道有关负责人介绍，这项工作由社区具体实施，街道统一配套资金，预计年底前全部完成。",
                "编辑：王明", "",
                "城东菜市场完成改造升级", "",
                "城东街道菜市场改造升级工作有了新进展，居民买菜更方便了。街道今年将继续推进这项工作。",
                "街道有关负责人介绍，这项工作由社区具体实施，街道统一配套资金，预计年底前全部完成。");
        assertThat(page.articles()).extracting(a -> flat(a.headline().text()))
                .containsExactly("城东老旧小区加装电梯", "城东菜市场完成改造升级");
        assertThat(page.furniture()).containsExactly("编辑：王明");
    }

    /**
     * A headline line closing with its column's name is the headline's, though an author's note closing the article
     * (（作者为…）) is about as wide and as bracketed as it: a column's name closes headlines, never a sub-heading.
     */
    @Test
    void aTitleClosingWithItsColumnsNameStaysInTheHeadlineBesideANoteShapedLikeIt() {
        SplitPage page = split("厘清概念 明确目标", "正确认识城市更新（热点辨析）", "",
                "城市更新不是大拆大建，而是在保留城市肌理的前提下改善人居环境。认识城市更新，需要厘清两组概念。",
                "一是更新与改造的关系，二是政府与市场的关系。明确目标，才能让城市更新行稳致远。",
                "（作者为城市规划研究院教授）");
        Article a = page.articles().get(0);
        assertThat(flat(a.headline().text())).isEqualTo("厘清概念明确目标正确认识城市更新（热点辨析）");
        assertThat(a.paragraphs()).noneMatch(p -> p.contains("热点辨析"));
    }

    /**
     * A photograph under a headline, its caption over the text's dateline or byline line: the caption belongs to the
     * article, which keeps its headline; the picture's credit is furniture.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "图为市民在城市书房里阅读。 本报记者 王磊 摄|本报讯（记者 李强）全市今年新建城市书房二十家，书房实行二十四小时开放。",
        "▲市民在城市书房里阅读。（本报记者 王磊 摄）|本报讯（记者 李强）全市今年新建城市书房二十家，书房实行二十四小时开放。",
        "图为市民在城市书房里阅读。 本报记者 王磊 摄|本报记者 李强",
    })
    void aCaptionBetweenAHeadlineAndTheTextsMarkBelongsToTheArticle(String caption, String opener) {
        SplitPage page = split("城市书房开到家门口", "", caption, "", opener, "",
                "记者昨天从市文化局获悉，全市今年新建城市书房二十家，书房实行二十四小时开放，市民刷卡即可进入。",
                "", "老街老宅重现旧模样", "",
                "本报讯（记者 赵刚）老街上的一座老宅修缮完成，雕花门窗重现旧日模样，日前向市民开放。");
        assertThat(page.articles()).hasSize(2);
        Article first = page.articles().get(0);
        assertThat(flat(first.headline().text())).isEqualTo("城市书房开到家门口");
        assertThat(first.bylines()).containsExactly("李强");
        assertThat(first.text()).contains("市民在城市书房里阅读", "记者昨天从市文化局获悉").doesNotContain("摄");
    }

    /** A narrow column may break the bracket after a dateline between two names, or inside one. */
    @Test
    void aLineBreakInsideTheDatelinesBracketFallsBetweenNamesOrInsideOne() {
        SplitPage between = split("社区筑牢防控防线", "", "本报杭州2月17日电（张明海", "李雪）社区是疫情防控的", "第一线，社区工作者坚守岗位。");
        assertThat(between.articles().get(0).bylines()).containsExactly("张明海", "李雪");
        SplitPage inside = split("春耕物资供应充足", "", "本报北京2月17日电（记者林", "晓峰）记者从农业农村部了", "解到，春耕物资供应充足。");
        assertThat(inside.articles().get(0).bylines()).containsExactly("林晓峰");
    }

    @Test
    void aDatelinesBracketOfNamesOnTheNextLineStaysInTheTextAsItDoesOnTheSameLine() {
        SplitPage page = split("城市书房夜间开放", "", "新华社呼和浩特3月8日电", "（记者 王芳 李明）",
                "全市今年新建城市书房二十家，每家藏书都在五千册以上，书房实行二十四小时开放。");
        Article a = page.articles().get(0);
        assertThat(a.bylines()).containsExactly("王芳", "李明");
        assertThat(a.paragraphs().get(0)).startsWith("新华社呼和浩特3月8日电（记者 王芳 李明）全市今年");
    }

    @Test
    void aShortLastParagraphClosedByItsBylineIsTextThoughItNamesAnEditorsPost() {
        SplitPage page = split("座谈会在京举办", "", "本报北京3月8日电 文艺工作座谈会今天在京举办，与会代表畅谈创作体会。", "",
                "报社副总编辑出席座谈会并讲话。（王芳）", "", "老街老宅修缮完成", "",
                "本报讯 老街上的一座老宅修缮完成，雕花门窗重现旧日模样。（李明）");
        Article meeting = page.articles().get(0);
        assertThat(meeting.paragraphs()).last().isEqualTo("报社副总编辑出席座谈会并讲话。");
        assertThat(meeting.bylines()).containsExactly("王芳");
    }

    @Test
    void aPageReadAsOneLongArticleWithoutHeadlineIsDoubtful() {
        String sentence = "会议指出，要深入推进各项工作，切实把任务落到实处，确保取得实效。";
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 90; i++) {
            lines.add(sentence);
        }
        SplitPage page = splitter.split(String.join("\n", lines));
        assertThat(page.articles()).hasSize(1);
        assertThat(page.doubtful()).isTrue();
        assertThat(page.warnings()).anyMatch(w -> w.contains("one article spans the whole page"));
        assertThat(page.confidence()).isLessThan(SplitDoubts.DOUBTFUL);
    }

    @Test
    void aHeadlineAfterItsArticleFollowsANoteClosingTheLastSentence() {
        // a note after the last sentence closes the paragraph as the sentence does: the line under it heads the text
        SplitPage page = split("　　本报讯（记者 王芳）全市今年新建城市书", "房二十家，每家藏书都在五千册以上，书房",
                "实行二十四小时开放，市民刷卡即可进入。", "　　夜里加班的年轻人也能在这里找到一处", "安静的角落。（相关报道见第二版）",
                "城市书房夜间开放", "", "　　本报讯（记者 李明）老街上的一座老宅", "修缮完成，雕花门窗重现旧日模样，吸引不",
                "少游客驻足拍照，街坊们也常来这里坐坐。", "　　街坊们说，老宅修好了，老街也更有味", "道了。（相关报道见第三版）",
                "老街老宅修缮完成");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).headline().title()).isEqualTo("城市书房夜间开放");
        assertThat(page.articles().get(0).text()).endsWith("（相关报道见第二版）");
        assertThat(page.articles().get(1).headline().title()).isEqualTo("老街老宅修缮完成");
        assertThat(page.articles().get(1).text()).endsWith("（相关报道见第三版）");
    }

    @Test
    void aShortLineClosingAQuoteOpenedAboveIsTextNotAHeadline() {
        SplitPage page = split("老街老宅修缮完成", "", "本报讯（记者 李明）老街上", "的一座老宅修缮完成，雕花门",
                "窗重现旧日模样。街坊王大爷", "说起老宅很高兴，“以前这里", "破破烂烂，没人愿意来看看。", "现在，天天有人来拍照！”",
                "城市书房夜间开放", "", "本报讯（记者 王芳）全市今", "年新建城市书房二十家，每家", "藏书都在五千册以上，市民刷",
                "卡即可进入。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).text()).endsWith("现在，天天有人来拍照！”");
        assertThat(page.articles().get(1).headline().title()).isEqualTo("城市书房夜间开放");
    }

    @Test
    void aPicturesCreditBetweenHeadlineLinesAndTheNextBylineLineHidesNoMark() {
        SplitPage page = split("本报记者 王芳",
                "本报讯 全市今年新建城市书房二十家，每家藏书都在五千册以上，书房实行二十四小时开放，市民刷卡即可进入。",
                "夜里加班的年轻人也能在这里找到一处安静的角落，不少市民说，这是城市送给大家的一份礼物。",
                "全市新建二十家城市书房“全天候”开放", "市民持卡即可免费入内阅读借书", "", "本报记者 张华 摄", "",
                "本报记者 李明",
                "本报讯 老街上的一座老宅修缮完成，雕花门窗重现旧日模样，吸引不少游客驻足拍照，街坊们也常来这里坐坐。",
                "街坊们说，老宅修好了，老街也更有味道了，周末来这里的年轻人越来越多。", "", "老街老宅修缮完成");
        assertThat(page.articles()).hasSize(2);
        Article library = page.articles().get(0);
        assertThat(flat(library.headline().text())).isEqualTo("全市新建二十家城市书房“全天候”开放市民持卡即可免费入内阅读借书");
        assertThat(library.text()).endsWith("这是城市送给大家的一份礼物。");
        assertThat(page.furniture()).anyMatch(f -> f.contains("张华"));
    }

    @Test
    void aTitleAsWideAsTheColumnUnderAnAuthorsClosingNoteHeadsTheTextBelow() {
        // the note closes the article above as its byline does: a line closing with a column's name heads the next
        SplitPage page = split("城市书房夜间开放（民生观）", "全市今年新建城市书房二十家，每家藏", "书都在五千册以上，书房实行全天开放，",
                "市民刷卡即可进入，夜里加班的年轻人也", "能找到一处安静的角落。 （王芳）", "（作者为市图书馆学会副会长、研究馆", "员）",
                "老街老宅修缮一新迎来游客（城事观察）", "老街上的一座老宅修缮完成，雕花门窗重", "现旧日模样，吸引不少游客驻足拍照，街",
                "坊们也常来这里坐坐，喝茶聊天晒太阳。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).text()).endsWith("研究馆员）");
        Article oldStreet = page.articles().get(1);
        assertThat(oldStreet.headline().text()).isEqualTo("老街老宅修缮一新迎来游客（城事观察）");
        assertThat(oldStreet.text()).startsWith("老街上的一座老宅");
    }

    @Test
    void aBracketOfNamesClosingTheLastSectionOfACreditedArticleStaysInItsText() {
        // the dateline credits the article; who else reported, noted under its last section, is part of its text
        SplitPage page = split("城市书房夜间开放", "",
                "本报讯（记者 王芳）全市今年新建城市书房二十家，每家城市书房藏书都在五千册以上，城市书房全天开放。",
                "城市书房实行二十四小时开放，市民刷卡即可进入城市书房，夜里加班的年轻人也能在城市书房找到一处安静的角落。",
                "书房夜里也亮灯",
                "城市书房遍布街巷，老人带着孙辈来城市书房看绘本，学生在城市书房自习到深夜，城市书房里总是坐满了人。",
                "不少城市书房还办起了读书会和讲座，城市书房成了街坊们的新去处，城市书房的名气也越来越大。",
                "（本报记者 李明、张华）", "", "老街老宅修缮完成", "",
                "本报讯 老街上的一座老宅修缮完成，雕花门窗重现旧日模样，吸引不少游客驻足拍照。（赵强）");
        assertThat(page.articles()).hasSize(2);
        Article library = page.articles().get(0);
        assertThat(library.bylines()).containsExactly("王芳");
        assertThat(library.paragraphs()).last().isEqualTo("（本报记者 李明、张华）");
        assertThat(library.paragraphs()).contains("书房夜里也亮灯");
        assertThat(page.articles().get(1).bylines()).containsExactly("赵强");
    }

    @Test
    void linesFinishingNoSentenceBetweenAClosedArticleAndADatelineAreAHeadlineHoweverWrapped() {
        // three lines of the headline share a width, so the block reads as set in a column of its own
        SplitPage page = split("老街老宅修缮完成", "", "本报讯 老街上的一座老宅修缮完成，雕花门窗重", "现旧日模样，吸引不少游客驻足拍照，街坊们也",
                "常来这里坐坐。（李明）", "", "城市书房建设欣欣向荣", "遍布街巷", "每个街道都有一座书房，", "市民借书还书更加方便", "快捷", "",
                "本报讯（记者 王芳）全市今年新建城市书房二十", "家，每家藏书都在五千册以上，书房实行全天开", "放，市民刷卡即可进入。");
        assertThat(page.articles()).hasSize(2);
        Article library = page.articles().get(1);
        assertThat(flat(library.headline().text())).isEqualTo("城市书房建设欣欣向荣遍布街巷每个街道都有一座书房，市民借书还书更加方便快捷");
        assertThat(library.bylines()).containsExactly("王芳");
        assertThat(page.articles().get(0).text()).endsWith("常来这里坐坐。");
    }

    @Test
    void theLastHeadlineOfAStackRightAboveTheEditorsLineHeadsItsArticle() {
        SplitPage page = split("本报讯 老街上的一座老宅修缮完成，雕花门窗重现旧日模样。（李明）", "",
                "本报讯 全市今年新建城市书房二十家，每家藏书都在五千册以上。（王芳）", "", "老街老宅修缮完成", "",
                "城市书房，越开越多", "责任编辑：张三");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).headline().title()).isEqualTo("老街老宅修缮完成");
        assertThat(page.articles().get(1).headline().title()).isEqualTo("城市书房，越开越多");
        assertThat(page.furniture()).contains("责任编辑：张三");
    }

    @Test
    void headingLinesOverAShortOpeningSentenceHeadTheTextBelow() {
        // the text opens with a sentence shorter than the column: its full stop shows body text begins
        SplitPage page = split("老街老宅修缮完成", "", "本报讯 老街上的一座老宅修缮完成，雕花门窗重现旧日模样，吸引",
                "不少游客驻足拍照，街坊们也常来这里坐坐，喝茶聊天晒太阳。", "城市书房二十家全部建成——", "书香处处，夜读的人越来越多（城事观察）",
                "夜色渐浓。", "全市今年新建城市书房二十家，每家藏书都在五千册以上，书房", "实行二十四小时开放，市民刷卡即可进入，夜里也有人在读书。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).text()).endsWith("喝茶聊天晒太阳。");
        Article library = page.articles().get(1);
        assertThat(flat(library.headline().text())).isEqualTo("城市书房二十家全部建成——书香处处，夜读的人越来越多（城事观察）");
        assertThat(library.text()).startsWith("夜色渐浓。");
    }

    @Test
    void aPackagesItemsUnderTheirOwnTitlesStayInThePackage() {
        // a package under one headline: each item's title right above its text, its source's credit closing it
        SplitPage page = split("老街老宅修缮完成", "", "本报讯 老街上的一座老宅修缮完成，雕花门窗重现旧日模样，吸引不少游客驻足拍照。（王芳）", "",
                "城事速览", "", "城东口袋公园开放", "城东区三座口袋公园昨日同时开放，附近居民纷纷前来散步和下棋。", "（据城东区融媒体中心 记者 李明）",
                "城西书房夜间开放", "城西区城市书房自本月起延长开放时间，夜里也有人在读书。", "（据城西区融媒体中心 记者 赵强）", "",
                "城南夜市重新开张", "", "本报讯 城南夜市昨晚重新开张，吸引了大批市民和游客前来品尝小吃。（陈东）");
        assertThat(page.articles()).hasSize(3);
        Article digest = page.articles().get(1);
        assertThat(digest.headline().title()).isEqualTo("城事速览");
        assertThat(digest.text()).startsWith("城东口袋公园开放").contains("城西书房夜间开放").endsWith("记者 赵强）");
        assertThat(page.articles().get(2).headline().title()).isEqualTo("城南夜市重新开张");
    }

    @Test
    void aPackageItemsBylineLineStaysInTheTextOfThePackageCreditedAlready() {
        // indents kept; the item's title was read as the package's sub-heading, its reporter's line under it
        SplitPage page = split("老街老宅修缮完成", "", "　　本报讯 老街上的一座老宅修缮完成，", "雕花门窗重现旧日模样，吸引不少游客", "驻足拍照。（王芳）", "",
                "城事速览", "", "　　本报讯（记者 张华）城东区三座口袋", "公园昨日同时开放，附近居民纷纷前来", "散步和下棋。", "", "　　城西书房",
                "　　夜间开放", "", "　　本报记者 赵强", "", "　　城西区城市书房自本月起延长开放时", "间，夜里也有人在读书。书房管理员说，",
                "夜间读者以年轻人居多。");
        assertThat(page.articles()).hasSize(2);
        Article digest = page.articles().get(1);
        assertThat(digest.headline().title()).isEqualTo("城事速览");
        assertThat(digest.bylines()).containsExactly("张华");
        assertThat(digest.paragraphs()).contains("本报记者 赵强");
        assertThat(digest.text()).endsWith("夜间读者以年轻人居多。");
    }

    @Test
    void aDatelinedItemUnderAColumnsLabelStaysInTheColumn() {
        // columns of 16 characters: the first item's title, under the column's label and its reporter's line, was
        // read as the label's text; the item's dateline right under it opens no article of its own
        SplitPage page = split("老街老宅修缮完成", "", "本报讯 老街上的一座老宅修缮完成，雕花门窗重", "现旧日模样，吸引不少游客驻足拍照。（王芳）", "",
                "健康资讯", "", "本报记者 李明", "", "社区医院开设夜间", "门诊", "本报讯 城东社区医院自本月起开设夜",
                "间门诊，方便上班族下班后就医。", "城西药店推出送药", "上门服务", "本报讯 城西多家药店推出送药上门服",
                "务，老人下单后一小时内即可送达。");
        assertThat(page.articles()).allSatisfy(a -> assertThat(a.headline()).isNotNull());
        Article column = page.articles().get(1);
        assertThat(column.headline().title()).isEqualTo("健康资讯");
        assertThat(column.text()).startsWith("社区医院开设夜间门诊").contains("本报讯 城东社区医院").contains("下班后就医。");
    }

    @Test
    void aJoinedItemsDatelineCreditsNoOneElseWhereTheColumnIsCreditedAlready() {
        // the column's reporter under its label; its first item's dateline names its own reporter in brackets
        SplitPage page = split("健康资讯", "", "本报记者 李明", "", "社区医院开设夜间", "门诊", "本报讯（记者 张华）城东社区医院自本月",
                "起开设夜间门诊，方便上班族就医。", "城西药店推出送药", "上门服务", "本报讯 城西多家药店推出送药上门服",
                "务，老人下单后一小时内即可送达。");
        Article column = page.articles().get(0);
        assertThat(column.headline().title()).isEqualTo("健康资讯");
        assertThat(column.text()).contains("本报讯（记者 张华）城东社区医院");
        assertThat(column.bylines()).containsExactly("李明");
    }

    @Test
    void textsEachClosedByACreditOfTheirOwnStayTwoArticlesThoughTheSecondHeadlineWasMissed() {
        // narrow columns, headlines set right above their text: the second reads as the first line of its text
        SplitPage page = split("老街老宅修缮完", "成迎来游客", "", "本报讯 老街上的一", "座老宅修缮完成，", "雕花门窗重现旧日",
                "模样，吸引不少游", "客驻足拍照。", "（王芳 李明）", "（本报南京2月19日电）",
                "城南夜市重新开张", "城南夜市昨晚重新", "开张，大批市民和", "游客前来品尝小吃", "，摊主们忙个不停", "。（陈东）",
                "（本报南京2月19日电）");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).bylines()).containsExactly("王芳", "李明");
        assertThat(page.articles().get(1).bylines()).containsExactly("陈东");
        assertThat(page.articles().get(1).text()).contains("城南夜市昨晚重新开张");
    }

    @Test
    void aPictureStorysLabelInsideRunningTextHeadsTheCaptionUnderIt() {
        // no dateline or byline on the page, and the caption shares the text's words: only the label tells
        SplitPage page = split("城东老街灯会开幕", "",
                "　　城东老街灯会昨晚开幕，老街两侧挂起上千盏灯笼，市民和游客沿街赏灯拍照。",
                "　　灯会将持续到元宵节，老街的商户也延长了营业时间，灯笼下的小吃摊前排起长队。", "",
                "图片报道", "",
                "　　图为昨晚城东老街灯会现场，市民和游客在灯笼下赏灯拍照。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(1).headline().title()).isEqualTo("图片报道");
        assertThat(page.articles().get(1).text()).startsWith("图为昨晚城东老街灯会现场");
        // the label over the story's own title, set off by marks, after a report sharing its places' names
        SplitPage titled = split(
                "山区学校用上“双师课堂”",
                "通讯员 赵强 记者 王芳",
                "　　在江城市云台县石门小学的教室里，屏幕上的城区名师正在讲解数学题，教室里的本校老师则在学生中间来回巡视，随时解答疑问。这种“双师课堂”今年秋季在全县二十所山区学校推开。",
                "　　云台县教育局介绍，通过与城区优质学校结对，山区学生每周可以上到六节以上的同步课程，课后还能通过平台向城区老师提问。",
                "　　“以前英语口语课很难开，现在孩子们每周都能跟着城里老师练发音。”石门小学校长说，学生们的学习兴趣明显提高了。",
                "",
                "■ 图片新闻 ■",
                "南塘村百年石拱桥修缮完工",
                "　　10月15日，江城市临水区南塘村的百年石拱桥修缮工程完工。修缮过程中，工匠们采用传统工艺，对桥面石板和栏板进行了加固和归位，最大限度保留了古桥原貌。",
                "通讯员 陈东 摄");
        assertThat(titled.articles()).extracting(a -> a.headline().title())
                .containsExactly("山区学校用上“双师课堂”", "南塘村百年石拱桥修缮完工");
    }

    @Test
    void listsOfNamesUnderTheirHeadlinesAreArticlesTextsKeptRowByRow() {
        // a session's lists (名单): rows of names spaced apart, no sentence, each under its title and its bracket
        SplitPage page = split("市人大会议主席团举行第一次会议", "",
                "本报讯（记者 王芳）市人大会议主席团昨天举行第一次会议，推选了主席团常务主席，决定了大会副秘书长。", "",
                "市人大会议主席团常务主席名单", "", "（2023年1月5日市人大会议主席团第一次会议推选）", "",
                "王  伟  李  明  张  华  赵  强", "孙  丽  周  敏  吴  刚  郑  洁", "陈  东  刘  洋", "",
                "市人大会议副秘书长名单", "", "（2023年1月5日市人大会议主席团第一次会议决定）", "",
                "何  平  高  峰  林  涛  马  丽", "罗  军", "",
                "城南夜市重新开张", "", "本报讯（记者 李明）城南夜市昨晚重新开张，大批市民和游客前来品尝小吃。");
        assertThat(page.articles()).hasSize(4);
        Article chairs = page.articles().get(1);
        assertThat(chairs.headline().title()).isEqualTo("市人大会议主席团常务主席名单");
        assertThat(chairs.paragraphs()).containsExactly("王 伟 李 明 张 华 赵 强", "孙 丽 周 敏 吴 刚 郑 洁", "陈 东 刘 洋");
        Article deputies = page.articles().get(2);
        assertThat(deputies.headline().title()).isEqualTo("市人大会议副秘书长名单");
        assertThat(deputies.paragraphs()).containsExactly("何 平 高 峰 林 涛 马 丽", "罗 军");
        assertThat(page.orphans()).isEmpty();
        assertThat(page.doubts().warnings()).isEmpty();
    }

    @Test
    void aNoteInBracketsAfterTheLastSentenceEndsTheParagraphBeforeAHeadline() {
        // a source or a pointer in brackets after the full stop: the headline below heads its own text
        for (String note : List.of("（据新华社）", "（本报综合）", "（相关报道见第三版）")) {
            SplitPage page = split("快递业务量持续增长", "",
                    "今年以来，全市快递业务量保持两位数增长，农村地区增速高于城市。",
                    "邮政管理部门表示，将继续推动快递进村。" + note, "",
                    "社区食堂开到家门口", "",
                    "本周起，东山街道社区食堂向辖区老人供应午餐，每份十元。", "截至目前已有三百余人登记用餐。");
            assertThat(page.articles()).as(note).hasSize(2);
            assertThat(page.articles().get(0).text()).as(note).endsWith("快递进村。" + note);
            assertThat(page.articles().get(1).headline().title()).as(note).isEqualTo("社区食堂开到家门口");
        }
    }

    @Test
    void anAuthorAfterASolidMarkUnderAHeadlineIsTheByline() {
        // commentaries credit their author under the title after a mark, solid as often as hollow
        SplitPage page = split("办好家门口的小事", "", "■ 李晓梅", "",
                "社区是城市治理的“最后一公里”。一盏路灯、一块健身场地，看似小事，却关系群众的日常生活。", "",
                "把小事办好，需要耐心，更需要用心。");
        assertThat(page.articles()).hasSize(1);
        Article comment = page.articles().get(0);
        assertThat(comment.bylines()).containsExactly("李晓梅");
        assertThat(comment.text()).startsWith("社区是城市治理").doesNotContain("■");
    }

    @Test
    void aContinuationMarkerOnALineOfItsOwnSaysWhereTheTextGoesOn() {
        for (String marker : List.of("（下转第9版）", "（下转A09版）")) {
            SplitPage page = split("公交新开三条线路", "",
                    "本报讯（记者 孙浩）记者昨日从市公交集团获悉，本月起将新开三条公交线路，方便城郊居民出行。", marker);
            Article article = page.articles().get(0);
            assertThat(article.continuedTo()).as(marker).isEqualTo(9);
            assertThat(article.text()).as(marker).endsWith("方便城郊居民出行。");
        }
    }

    @Test
    void aBylineLineSetBesideItsHeadlineCreditsTheArticle() {
        SplitPage page = split("要闻  3", "", "老街焕新颜  本报记者 王芳", "",
                "经过一年改造，老街恢复了青石板路和传统店招，今年元旦将正式开街。", "改造中保留了三十多处老建筑。", "",
                "夜市再开张  记者 李明 通讯员 赵强", "", "城南夜市昨晚重新开张，大批市民和游客前来品尝小吃。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0).headline().text()).isEqualTo("老街焕新颜");
        assertThat(page.articles().get(0).bylines()).containsExactly("王芳");
        assertThat(page.articles().get(1).headline().text()).isEqualTo("夜市再开张");
        assertThat(page.articles().get(1).bylines()).containsExactly("李明", "赵强");
    }

    @Test
    void aClosingNotesDatelineAndNamesWrappedInsideItsBracketStayOneNote() {
        // narrow columns: a line inside the note reads as a short title beside a byline line
        SplitPage page = split("老街焕新颜", "", "经过一年改造，老街恢复了青石板路", "和传统店招，今年元旦将正式开街。",
                "（本报北京10月", "14日电 记者王芳、", "李明）");
        assertThat(page.articles()).singleElement()
                .satisfies(a -> assertThat(a.text()).endsWith("（本报北京10月14日电 记者王芳、李明）"));
    }

    @Test
    void anInterviewsQuestionsAreItsTextNotHeadlines() {
        SplitPage page = split("让更多孩子爱上阅读", "", "本报记者 陈晨", "", "王丽华从事儿童阅读推广已有十年。日前，记者专访了她。", "",
                "记者：您为什么一直坚持做儿童阅读推广？", "", "王丽华：阅读是最好的教育。", "",
                "问：图书角的书从哪里来？", "", "答：主要来自社会捐赠。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline().text()).isEqualTo("让更多孩子爱上阅读");
            assertThat(a.paragraphs()).contains("记者：您为什么一直坚持做儿童阅读推广？", "问：图书角的书从哪里来？");
        });
    }

    @Test
    void reportersCreditedUpToTheirReportWithNoDatelineOpenTheArticle() {
        // briefs opened by datelines: a brief opened by its reporters' credit alone is no sub-heading's section
        SplitPage page = split("图书馆延长开放时间", "", "本报讯 记者 林静 报道：从本月起，市图书馆每周五晚间开放至二十一时。", "",
                "公交卡可用手机充值", "", "本报记者 黄磊 见习记者 孟雪 报道：即日起，市民可通过手机为公交卡充值。", "",
                "地铁站增设母婴室", "", "记者周敏报道 昨天，地铁集团宣布在十个站点增设母婴室。");
        assertThat(page.articles()).extracting(a -> a.headline().text())
                .containsExactly("图书馆延长开放时间", "公交卡可用手机充值", "地铁站增设母婴室");
        assertThat(page.articles()).extracting(Article::bylines)
                .containsExactly(List.of("林静"), List.of("黄磊", "孟雪"), List.of("周敏"));
        assertThat(page.articles().get(1).text()).startsWith("本报记者 黄磊 见习记者 孟雪 报道：");
    }

    @Test
    void aBracketOfNamesRightUnderAHeadlineIsTheBylineOfTheTextBelow() {
        SplitPage page = split("老街夜市重新开张", "", "本报讯（记者 刘洋）老街夜市昨晚重新开张，吸引大批市民前来。", "",
                "图书角开进乡村学校", "", "（本报记者 陈晨）", "", "明年将在乡村学校再建二十个图书角，图书主要来自社会捐赠。");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(1).bylines()).containsExactly("陈晨");
        assertThat(page.articles().get(1).headline().text()).isEqualTo("图书角开进乡村学校");
        assertThat(page.doubts().warnings()).isEmpty();
    }

    @Test
    void aTitleSetUnderTheBylineLineThatOpensItsArticleHeadsIt() {
        // columns of twelve: the byline line at the page's top, the title and its dashed subtitle under it
        SplitPage page = split("A14", "体育", "2024年10月21日 星期一", "", "本报记者 高远", "城东队主场逆转", "——积分升至联赛",
                "第二", "昨晚，联赛第十轮一场比赛在", "市体育中心进行，城东队在先", "失一球的情况下连进两球，以", "二比一战胜来访的河西队。", "赛后，主教练表示，球员们下半",
                "场执行了赛前布置的战术。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline().text()).isEqualTo("城东队主场逆转——积分升至联赛第二");
            assertThat(a.bylines()).containsExactly("高远");
            assertThat(a.text()).startsWith("昨晚，联赛第十轮");
        });
    }

    @Test
    void aTitleOfTwoPhrasesAsWideAsTheColumnWithASubtitlesCommaHeadsTheArticleOfItsBylineLine() {
        SplitPage page = split("B04　周末体育　　　　　　　某某晨报　2024年6月15日　星期六", "", "本报记者　甘露白　发自丰川",
                "第93分钟绝杀 城东队提前两轮夺冠", "——十年之后，重返超级联赛", "　　终场哨响的那一刻，体育中心的看台",
                "上爆发出震耳欲聋的欢呼声。第93分钟，城东", "队替补登场的前锋在禁区右侧接队友传中，一", "记凌空抽射破门，帮助球队以2比1逆转对手。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline().text()).contains("城东队提前两轮夺冠", "重返超级联赛");
            assertThat(a.text()).startsWith("终场哨响");
        });
    }

    @Test
    void underAHeadlineAndItsBylineLineAnItemsTitleStaysInTheText() {
        SplitPage page = split("本周科技速览", "", "本报记者 高远", "城东新建数据中心投用", "本报讯 城东区首个数据中心昨日正式投入使用，",
                "可为区内企业提供算力服务。", "", "河西智能工厂开工", "本报讯 河西区一座智能工厂昨日开工建设，预计明年",
                "年底建成投产。");
        assertThat(page.articles()).first().satisfies(a -> {
            assertThat(a.headline().text()).isEqualTo("本周科技速览");
            assertThat(a.text()).startsWith("城东新建数据中心投用");
        });
    }

    @Test
    void aKickerATitleClosingWithAQuestionAndASubtitleOverABylineLineHeadTheArticle() {
        SplitPage page = split("某某晚报", "健康周刊", "第B05版　2024年7月16日　星期二", "", "入夏以来，社区门诊量明显上升",
                "空调病找上门，怎么防？", "——医生提醒：温差别太大，冷风别直吹", "本报记者　林晓　实习生　陈一",
                "　　入夏以来，本市持续高温，室外气温多日超过37℃。记者近日走访多家社区卫生服务中心发现，因长时间待在空调房引发头痛、鼻塞等症状前来就诊的市民明显增多。",
                "　　社区医生介绍，室内外温差过大，人体频繁在冷热之间切换，容易出现头晕、乏力等表现，老人和孩子尤其要当心。");
        assertThat(page.articles()).singleElement().satisfies(a -> {
            assertThat(a.headline().text()).contains("门诊量明显上升", "怎么防？", "医生提醒");
            assertThat(a.bylines()).containsExactly("林晓", "陈一");
            assertThat(a.text()).startsWith("入夏以来，本市持续高温");
        });
    }

    @Test
    void aNoticeKeepsTheDateItIsSignedWithUnderItsIssuersName() {
        SplitPage page = split("第3版　综合新闻", "", "县城新添五座口袋公园", "　　本报讯　近日，城关镇", "文昌路与西门街交叉口的",
                "口袋公园正式开放，县城", "口袋公园增至五座。", "", "停水公告", "　　因城区供水管网改造", "施工需要，我公司定于12",
                "月5日对人民路及周边区", "域暂停供水，请居民提前", "做好储水准备。", "　　特此公告。", "某某县自来水有限公司",
                "2023年11月21日", "", "责任编辑：某某");
        assertThat(page.articles()).hasSize(2).last().satisfies(a -> {
            assertThat(headlineText(a)).isEqualTo("停水公告");
            assertThat(a.paragraphs()).last().asString().contains("2023年11月21日");
        });
    }

    @Test
    void aNoticesSignerAndDateUnderItsLastSentenceAreNoHeadline() {
        SplitPage page = split("第3版　综合新闻", "", "县城新添五座口袋公园",
                "　　本报讯　城关镇文昌路与西门街交叉口的口袋公园近日正式开放，园内设有健身步道、儿童游乐区和休憩座椅，县城口袋公园增至五座。",
                "　　县住建局有关负责人介绍，今年还将在老城区再建三座口袋公园，让市民出门就能见绿。", "", "启　事",
                "　　本报“我家的故事”征文活动自启动以来，受到读者热情关注。为便于稿件处理，征文来稿请统一发送至本报电子邮箱，邮件标题请注明“征文”及作者姓名、联系电话。征文截止日期为2024年8月31日。",
                "　　特此启事。", "某某日报社农村部", "2024年6月5日", "", "责任编辑：某某　　版式设计：某某");
        assertThat(page.articles()).hasSize(2).last().satisfies(a -> {
            assertThat(headlineText(a)).isEqualTo("启 事");
            assertThat(a.paragraphs()).last().asString().contains("某某日报社农村部", "2024年6月5日");
        });
    }

    @Test
    void anAuthorsNameWithANoteOfWhoTheyAreUnderATitleIsTheBylineOfTheTextBelow() {
        SplitPage page = split("2024年9月12日　星期四　第9版　理论", "", "以制度创新激活县域经济活力",
                "林若水（作者为某某大学经济学院教授）",
                "　　县域是连接城市与乡村的关键节点，也是扩大内需的重要空间。激活县域经济，关键在于制度创新，要在土地、资金、人才等要素上打通堵点。",
                "　　制度创新不是一劳永逸的事，各地情况千差万别，照搬照抄难以奏效，要因地制宜、久久为功。", "",
                "把小切口做成大文章", "　　前不久，一位社区干部在座谈会上说，群众最关心的往往是身边的小事。把小事办好，就是把民心聚拢。",
                "　　从加装电梯到修缮路灯，从规范停车到整治噪音，件件小事都连着民生。（周远）");
        assertThat(page.articles()).hasSize(2);
        assertThat(page.articles().get(0)).satisfies(a -> {
            assertThat(headlineText(a)).isEqualTo("以制度创新激活县域经济活力");
            assertThat(a.bylines()).containsExactly("林若水");
            assertThat(a.text()).startsWith("县域是连接城市与乡村");
        });
    }

    @Test
    void aChartsTitleOverItsCreditIsFurnitureAndHeadsNoArticle() {
        SplitPage page = split("2024年11月8日　星期五　第17版　国际", "", "多国联手建设跨境氢能管网",
                "　　本报柏林11月7日电　记者　林远　欧洲七国能源主管部门7日在柏林签署协议，将联合建设一条跨境氢能输送管网。",
                "　　据悉，参与国将在明年上半年成立联合运营公司，并就首批改造段启动招标。", "", "跨境氢能管网规划示意图",
                "制图：本报记者　苏溪", "", "东非五国启动粮食应急储备库建设",
                "　　新华社内罗毕11月7日电（记者　周航）东非五国农业部门负责人7日在内罗毕宣布，将联合建设区域粮食应急储备库。");
        assertThat(page.articles()).hasSize(2);
        assertThat(headlineText(page.articles().get(1))).isEqualTo("东非五国启动粮食应急储备库建设");
        assertThat(page.articles()).noneSatisfy(a -> assertThat(a.text()).contains("示意图"));
    }
}
