package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FurnitureTest {

    @ParameterizedTest
    @ValueSource(strings = {"2026.03.02 要闻", "综合新闻 2026-03-02", "2026/3/2", "2026年3月2日 星期一", "第A03版 城事",
        "B08  分类广告  2026年3月2日", "2026年3月2日  城事  A03", "A3 2026年3月2日", "二〇二六年三月二日 星期一",
        "二〇二六年三月二日", "中华民国115年3月2日 星期一", "某某周刊 2026年3月2日 第36期"})
    void anEditionLineIsKnownByItsDateOrPage(String line) {
        assertThat(Furniture.isEditionLine(line)).isTrue();
    }

    /** A page's notes about its own copy are furniture, in whole sentences too; prose naming a page is not. */
    @ParameterizedTest
    @ValueSource(strings = {"本版数据仅供参考，不构成投资建议。投资者据此操作，风险自担。", "本版文章仅代表作者观点，不代表本报立场",
        "本版图片除署名外均为新华社发", "本版园地公开，欢迎读者投书，文长以800字为限。", "来稿请附真实姓名、职业及联系电话。"})
    void aPagesNoteAboutItsOwnCopyIsFurniture(String line) {
        assertThat(Furniture.isLabelledLine(line)).isTrue();
        assertThat(Furniture.isFurnitureLine(line, Furniture.isLabelledLine(line))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"本版今起推出系列报道，敬请关注。", "本报记者走访了十余家企业，数据仅供参考。", "来稿的读者大多是退休教师。"})
    void proseNamingThePageIsNoNote(String line) {
        assertThat(Furniture.isPageNotice(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"农历丙午年正月十七", "乙巳年 腊月廿九", "第12345期", "总第 8765 期", "今日8版", "今日 20 版"})
    void aMastheadsLunarDateIssueNumberAndPageCountAreEditionLines(String line) {
        assertThat(Furniture.isEditionLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"第3期培训班开班", "丙午年春节将至", "今日8版面全新改版", "第12345期彩票开奖"})
    void aLineThatOnlyNamesAnIssueOrAYearIsNoEditionLine(String line) {
        assertThat(Furniture.isEditionLine(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"产值增长1.5倍", "三号楼-1层开放", "城事 要闻", "2026.03.02起实行新规。",
        "G20 峰会将于2026年10月30日在罗马举行", "A3 线路2026年3月2日起调整", "二〇二六年是建城一千周年",
        "2026年3月 全市工业产值"})
    void aLineWithoutADateOrPageOfItsOwnIsNoEditionLine(String line) {
        assertThat(Furniture.isEditionLine(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"市报社总编辑王明出席活动并致辞。", "消息传开，亲友纷纷打来电话道喜。", "三家企业参与了国际标准的制定。"})
    void aShortSentenceNamingAnImprintWordOnTheWayIsProse(String line) {
        assertThat(Furniture.isImprintLine(line)).isFalse();
        assertThat(Furniture.isFurnitureBlock(List.of(line))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"新闻热线：12345678。", "来稿请寄 news@example.com。"})
    void anImprintsOwnNoticeIsStillAnImprintLine(String line) {
        assertThat(Furniture.isImprintLine(line)).isTrue();
    }

    @Test
    void anImprintsNoticeClosingASentenceIsFurnitureAmongItsLabelledLines() {
        // 欢迎读者投稿。 reads as an article's last line would (…扫描二维码投稿。): the block's labels tell
        assertThat(Furniture.isImprintLine("欢迎读者投稿。")).isFalse();
        assertThat(Furniture.isFurnitureBlock(List.of("地址：江城市人民路1号", "邮编：214000", "欢迎读者投稿。",
                "全国各地邮局均可订阅。"))).isTrue();
    }

    @Test
    void theLastWordsOfASentenceAboveAnEditorLineAreText() {
        // a blank line the extraction put inside the sentence leaves its last words in a block with the editor line
        assertThat(Furniture.isFurnitureBlock(List.of("气氛热烈。", "责任编辑：张三"))).isFalse();
        assertThat(Furniture.isFurnitureBlock(List.of("主办：某某日报社", "责任编辑：张三"))).isTrue();
    }

    @Test
    void aHeadlineRightAboveAnEditorLineIsNoImprint() {
        // the editor's credit closing the page's last column is cut off by itself; the headline above it stays one
        assertThat(Furniture.isFurnitureBlock(List.of("城市书房，越开越多", "责任编辑：张三"))).isFalse();
        assertThat(Furniture.isFurnitureBlock(List.of("2019年2月20日 星期三", "责任编辑：张三"))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3", "- 3 -", "—12—", "A2", "要闻 A2", "3 国内新闻", "3 版", "要闻·A3", "A3·要闻", "15 新车·市场",
        "文化·旅游 B2"})
    void aPageNumberAloneIsFurniture(String line) {
        assertThat(Furniture.isFurnitureBlock(List.of(line))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026", "3个", "增长3%", "3版面", "要闻·新闻", "3 项惠民措施出台", "20 个重点项目签约"})
    void aNumberThatIsNoPagesIsNot(String line) {
        assertThat(Furniture.isFurnitureBlock(List.of(line))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"三季度信用债发行规模环比上升", "市民服务热线今起开通", "扫码点餐成为新时尚", "主办方发布参赛须知"})
    void aHeadlineUsingAnImprintsWordIsNoImprint(String line) {
        assertThat(Furniture.isFurnitureBlock(List.of(line))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"江城日报报业集团主办", "发行：江城日报发行中心", "新闻热线 96068", "每份1.50元"})
    void anImprintsWordAsALabelOrLastWordMakesAnImprintLine(String line) {
        assertThat(Furniture.isFurnitureBlock(List.of(line))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"B02　金融·市场周刊", "A07 文体新闻", "文化·副刊 C3"})
    void aSectionsNameBesideItsLetteredPageIsFurniture(String line) {
        assertThat(Furniture.isFurnitureBlock(List.of(line))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"东江商报　DONGJIANG BUSINESS NEWS", "江城晚报 JIANGCHENG EVENING NEWS"})
    void aPapersNameBesideItsLatinNameIsAMasthead(String line) {
        assertThat(Furniture.isFurnitureLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"05　经济新闻　DONGJIANG DAILY", "三农·产业　DONGJIANG FARMERS NEWS", "东江日报　A03　城事",
        "第3版　要闻　东江日报"})
    void aPagesHeaderOfNumberSectionAndNameIsFurniture(String line) {
        assertThat(Furniture.isFurnitureLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"城事 要闻", "3 项惠民措施出台", "G20 峰会开幕", "APEC 会议开幕", "两会 精彩 瞬间"})
    void wordsSpacedApartOrAHeadlineOpeningWithACodeIsNoPagesHeader(String line) {
        assertThat(Furniture.isFurnitureLine(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"APEC 会议在京开幕", "城市 GDP 稳步增长", "东江商报 DAILY", "聚焦 ESG AI"})
    void aHeadlineWithLatinLettersIsNoMasthead(String line) {
        assertThat(Furniture.isFurnitureLine(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"分类广告　刊登热线：5550 2233", "新闻热线：96068", "订购热线：5550 8866　5550 9977",
        "广告热线 0510-12345678", "健康热线：0871-96677", "社区热线：0556-2868110"})
    void thePapersOwnHotlinesAreFurniture(String line) {
        assertThat(Furniture.isFurnitureLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"咨询电话：0510-12345678", "市民可拨打热线电话12345", "服务热线：12345", "咨询热线：96123"})
    void anArticlesServiceNumberIsText(String line) {
        assertThat(Furniture.isFurnitureLine(line)).isFalse();
    }

    @Test
    void anAdvertisementUnderItsLabelIsFurniture() {
        assertThat(Furniture.isFurnitureBlock(List.of("广告", "冬季新品　限时特惠", "订购热线：5550 8866"))).isTrue();
        // the label set off by rules
        assertThat(Furniture.isFurnitureBlock(List.of("—— 广告 ——", "高山红茶  一杯暖一冬", "年节送礼正当时",
                "订购热线：0912-6683571"))).isTrue();
        assertThat(Furniture.isFurnitureBlock(List.of("虚假广告", "冬季新品限时特惠"))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"某某视觉供图", "受访者供图", "（受访者供图）", "CFP供图", "资料图片", "（资料图片）", "本报资料照片",
        "制图 张伟", "摄影 王 芳"})
    void whoSuppliedAPictureAFilePictureAndASpacedLabelAreCredits(String line) {
        assertThat(Furniture.isCreditLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"社址：临川县城关镇文昌路8号　订阅电话：5123678", "中共临川县委主办　临川报社出版",
        "临川日报社主管　临川晚报社主办"})
    void anImprintsRowSetSolidWithTheTextIsFurniture(String line) {
        assertThat(Furniture.isFurnitureLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"市文联主办　书画展开幕", "新版纸币发行　市民排队兑换", "《城市简史》：王明主编；临川出版社出版。",
        "订阅电话：5123678"})
    void aHeadlineOrASentenceNamingAnImprintsWordIsNoImprintRow(String line) {
        assertThat(Furniture.isImprintRow(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"文化周刊", "临川·副刊", "临川晚报·健康周刊", "国庆特刊", "三农专版"})
    void aSectionOfThePaperIsNamedSo(String line) {
        assertThat(Furniture.isSectionName(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"《读书周刊》创刊十周年", "在报纸的文艺副刊", "老报人的副刊情缘难忘", "出版"})
    void aHeadlineOrALineOfTextNamingASectionIsNoSectionsName(String line) {
        assertThat(Furniture.isSectionName(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"本报记者\u3000籍\u3000晓\u3000摄", "萧明 摄", "洪亮 赖文 摄", "通讯员 郦云 摄", "沐阳 摄"})
    void aPhotographerOfAnyOfTheHundredFamiliesSurnamesIsCredited(String line) {
        assertThat(Furniture.isCreditLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"扫码看视频", "扫码看精彩进球", "扫描二维码观看更多内容", "扫描下方二维码 了解详情", "扫一扫 看直播",
        "长按识别二维码关注"})
    void aHintToScanAPrintedCodeIsFurnitureAsACreditIs(String line) {
        assertThat(Furniture.isCreditLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"扫码支付已成为市民的习惯。", "扫黑除恶专项斗争取得成效", "长按电梯按钮不放", "市民可扫码预约，也可拨打电话"})
    void aSentenceOrHeadlineAboutScanningIsNoCodesHint(String line) {
        assertThat(Furniture.isCreditLine(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"漫画 文不加点 邵其峰/作", "漫画　春归　李华 绘", "插图 山居 王明画"})
    void aDrawingsTitleAndItsMakerAfterItsLabelAreACredit(String line) {
        assertThat(Furniture.isCreditLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"资料显示", "查阅资料图书", "制图 工作完成", "摄影 爱好者协会", "漫画 展览 持续推进工作",
        "漫画 作品 征集创作"})
    void wordsOfACreditInOtherLinesAreNone(String line) {
        assertThat(Furniture.isCreditLine(line)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"（本版图片均由受访者提供）", "图片由市园林局提供", "本期照片由读者供图", "新华社发", "某某视觉"})
    void aNoteOfWhereThePagesPicturesComeFromIsACredit(String line) {
        assertThat(Furniture.isCreditLine(line)).isTrue();
    }

    @Test
    void aCreditNamingTheWriterTooIsNoPicturesCredit() {
        assertThat(Furniture.isCreditLine("图/李四")).isTrue();
        assertThat(Furniture.isCreditLine("图/李四 文/张三")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"特约摄影 王五", "特约摄影：王五", "图表制作：本报数据新闻部", "本报制图：王　五", "新华社发（库尔班 摄）",
        "某某日报发（阿依古丽·买买提 摄）"})
    void aContributingPhotographerAChartsMakerAndAnAgencysPhotographerOfAnyNameAreCredits(String line) {
        assertThat(Furniture.isCreditLine(line)).isTrue();
        assertThat(Bylines.line(line)).isNull();
    }

    @Test
    void aMailboxUnderItsLabelIsFurnitureAnAddressInASentenceIsNot() {
        assertThat(Furniture.isLabelledLine("投稿邮箱：news@example.cn")).isTrue();
        assertThat(Furniture.isLabelledLine("本版来信地址：某某路8号 电子邮箱：letters@example.com.cn")).isTrue();
        assertThat(Furniture.isLabelledLine("某某报社出版 投稿信箱：copy@example.cn")).isTrue();
        assertThat(Furniture.isLabelledLine("市民可将意见发送至邮箱：news@example.cn，")).isFalse();
        assertThat(Furniture.isLabelledLine("有意者可发邮件至news@example.cn报名")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A06 城事｜夜市摊位扩容至800个", "▶A04 城事｜老旧小区加装电梯按下“快进键”", "B2 体育|主队2:1取胜",
        "今日天气 多云转雷阵雨 26℃～34℃ 东南风3级", "某某天气：多云转晴 12℃～23℃ 东南风2级",
        // a forecast over two lines: its label, place and sky, then its temperatures and wind
        "今日天气\u3000省城\u3000多云转小雨", "9℃～16℃\u3000东南风3级",
        // over three: the label alone, the sky and temperatures, the wind
        "今日天气", "多云转小雨\u30006℃～13℃", "东北风3～4级\u3000空气质量良",
        // a cell a line: the temperatures alone, the wind alone, the air's quality by its grade
        "14℃～19℃", "-3℃～5℃", "东北风3～4级", "空气质量\u3000良", "空气质量：轻度污染"})
    void aFrontPagesIndexEntryAndItsForecastAreFurniture(String line) {
        assertThat(Furniture.isLabelledLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"气温将在26℃～34℃之间，市民注意防暑。", "高温天气持续 最高气温35℃", "城事｜夜市摊位扩容",
        "天气转暖 踏青正当时", "气温16℃～20℃ 春意渐浓", "寒潮来袭 北方大风6～7级", "大风6～7级",
        "空气质量持续向好", "空气质量良好天数同比增加"})
    void aSentenceAboutTheWeatherOrATitleWithABarIsNoFurniture(String line) {
        assertThat(Furniture.isLabelledLine(line)).isFalse();
    }

    @Test
    void aTableSetSolidWithTheTextEndsAfterItsRows() {
        List<String> lines = List.of("比赛将于下周继续进行。", "联赛第5轮赛果", "江城队\u30002:1\u3000海港队",
                "山城队\u30000:0\u3000河谷队", "积分榜（前三）", "1.江城队\u300013分", "2.河谷队\u300011分",
                "本报讯 昨天下午，全市中学生篮球赛开幕。");
        assertThat(Furniture.tableEnd(lines, 1)).isEqualTo(7);
        assertThat(Furniture.tableEnd(lines, 0)).isEqualTo(0);
        // a forecast's days and a rate's currencies: two cells a row
        assertThat(Furniture.tableEnd(List.of("未来三天天气", "8日 多云", "12℃～21℃ 南风2级", "9日 中雨", "正文"), 0))
                .isEqualTo(4);
        assertThat(Furniture.tableEnd(List.of("1美元 7.15元", "1欧元 8.37元", "100日元 4.94元"), 0)).isEqualTo(3);
        // under its title a note and its columns' names, a unit in brackets in a row below the first, and where the
        // figures come from under the rows
        assertThat(Furniture.tableEnd(List.of("本周主要农产品批发价格", "（单位：元/公斤）", "品种 本周均价 上周均价",
                "大白菜 1.60 1.85", "西红柿 4.20 4.60", "成交量（吨） 1200", "数据来源：某某批发市场", "本报讯 近日，"), 0))
                .isEqualTo(7);
        // a column's name joining two with a slash
        assertThat(Furniture.tableEnd(List.of("积分榜", "名次 球队 进/失球 积分", "1 某某队 13/4 16", "2 某某队 10/6 13",
                "3 某某队 9/6 11", "本报讯"), 0)).isEqualTo(5);
        // a bar chart set as text: each row's bar drawn after its label, its figure after the bar
        assertThat(Furniture.tableEnd(List.of("上半年新增装机（万千瓦）", "光伏\u3000■■■■■■\u3000612", "风电\u3000■■■\u3000286",
                "水电\u3000■\u300041", "数据来源：某某局", "正文"), 0)).isEqualTo(5);
        // two rows are no table; edition lines and datelines hold figures and spaces too
        assertThat(Furniture.tableEnd(List.of("前三季度 增长5%", "出口 增长7%", "今年以来，"), 0)).isEqualTo(0);
        assertThat(Furniture.tableEnd(List.of("某某日报", "2025年1月6日 星期一", "3 要闻",
                "本报某地1月5日电 （记者 张三）某某会议5日", "召开。"), 0)).isEqualTo(0);
        // a weekly's masthead over its page's section and a headline in two parts, one a model's name
        assertThat(Furniture.tableEnd(List.of("某某周刊 2025年9月12日 第36期", "15 新车", "新车试驾",
                "某某EV7：续航扎实 智驾仍需打磨", "文/本报记者 张三"), 0)).isEqualTo(0);
    }

    @Test
    void aSentenceAboutPicturesIsNoCredit() {
        assertThat(Furniture.isCreditLine("以上图片均为现场实拍，由主办方提供。")).isFalse();
        assertThat(Furniture.isCreditLine("市民纷纷提供")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"责任编辑 张伟", "责任编辑 张伟  美术编辑 李娜", "本版编辑 张 伟", "值班主任 赵强", "本版主编：沈文",
        "[责任编辑：王明]", "【编辑：王明】", "本期主编 邢可 责任编辑 张伟", "本期主编：沈文"})
    void anEditorsCreditNamesItsRoleWithAColonOrASpace(String line) {
        assertThat(Furniture.isEditorLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"编辑部门召开工作会议", "校对工作要细致，不能马虎", "审核 通过的项目有三十个。"})
    void aSentenceOpeningWithAnEditorsRoleIsNoCredit(String line) {
        assertThat(Furniture.isEditorLine(line)).isFalse();
    }

    @Test
    void aTableOfFiguresBetweenArticlesIsFurniture() {
        assertThat(Furniture.isFurnitureBlock(List.of("今天 多云 12℃～18℃ 东风3级", "明天 小雨 10℃～15℃ 北风4级"))).isTrue();
        assertThat(Furniture.isFurnitureBlock(List.of("双色球 第2026140期", "红球 03 07 12 19 25 31 蓝球 09",
                "3D 第2026330期 5 8 2"))).isTrue();
        // a box of results: two sides and the score between them
        assertThat(Furniture.isFurnitureBlock(List.of("联赛第15轮赛果", "东湖队 2∶1 西山队", "北港队 0∶0 南岭队",
                "青峰队 3∶2 白沙队"))).isTrue();
    }

    @Test
    void aHeadlineOrTextWithFiguresIsNoTable() {
        assertThat(Furniture.isFurnitureBlock(List.of("前三季度 全市生产总值 增长5.2%", "城乡居民收入稳步提高"))).isFalse();
        assertThat(Furniture.isFurnitureBlock(List.of("一季度 二季度 三季度分别增长5%、6%", "和7%，呈逐季攀升态势。"))).isFalse();
        assertThat(Furniture.isFurnitureBlock(List.of("江城女排 3∶0 完胜对手", "取得联赛三连胜"))).isFalse();
    }
}
