package dev.newsflow.enrich.split;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BylinesTest {

    /** What the reporters did, glued to the last name or standing after it, is no part of a name. */
    @Test
    void aTaiwanStyleBylineNamesThePlaceAfterASlash() {
        // 記者X／台北報導, as read through the simplified copy of the page
        assertThat(Bylines.line("记者林佑廷／台北报导")).containsExactly("林佑廷");
        assertThat(Bylines.line("记者叶承翰、许家瑜／台北报导")).containsExactly("叶承翰", "许家瑜");
        assertThat(Bylines.line("记者蔡孟勋／综合报导")).containsExactly("蔡孟勋");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "（张三 李四采写）|张三 李四",
        "（记者 王小明 执笔）|王小明",
        "（记者张三报道）|张三",
        "（本报记者 欧阳明撰文）|欧阳明",
        "（记者 周 明 吴 刚报道）|周明 吴刚",
        "（高级记者 刘洋 主任记者 王芳）|刘洋 王芳",
        "（资深记者 陈静）|陈静",
        "（读者 张明）|张明"})
    void aBracketClosingAnArticleNamesItsReporters(String bracket, String names) {
        assertThat(Bylines.trailing("市民纷纷前来参观。" + bracket))
                .hasValueSatisfying(b -> assertThat(b.names()).isEqualTo(Arrays.asList(names.split(" "))));
    }

    /**
     * Who compiled what others said or wrote, or took part in the reporting, closes the article as a note, as a
     * picture's credit closes a caption.
     */
    @ParameterizedTest
    @ValueSource(strings = {"（本报记者 张三整理）", "（记者 周 明 吴 刚整理）", "（本报记者 王五 摄）", "（李华参与采写）",
        "（记者 王晓明参与报道）"})
    void aBracketOfWhoCompiledTookPartOrPhotographedIsNoByline(String bracket) {
        assertThat(Bylines.trailing("市民纷纷前来参观。" + bracket)).isEmpty();
        assertThat(Bylines.trailing(bracket)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"（记者 张三）", "（张三 李四）"})
    void aBracketOfReportersStandingAloneCreditsThem(String bracket) {
        assertThat(Bylines.trailing(bracket)).hasValueSatisfying(b -> assertThat(b.rest()).isEmpty());
        assertThat(Bylines.isCredit(bracket)).isTrue();
    }

    /** A reader's line under a letter's title: the name, a full-width slash, what they do, where they live. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"张晓婷／护理师（澜港市）|张晓婷", "许明辉／建筑师|许明辉", "王明／大学生（北峰县）|王明"})
    void aWriterWithTheirOccupationAfterASlashIsABylineLine(String line, String name) {
        assertThat(Bylines.line(line)).containsExactly(name);
    }

    /** An expert's line: the workplace with the professional title run on, a space, the name. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"某某农业科学院植保所研究员 张晓明|张晓明", "某某医院心内科主任医师\u3000李华|李华"})
    void anExpertsWorkplaceAndTitleBeforeTheNameIsABylineLine(String line, String name) {
        assertThat(Bylines.line(line)).containsExactly(name);
    }

    /** A title with no workplace, or a workplace with no title, before a name is no expert's line. */
    @ParameterizedTest
    @ValueSource(strings = {"优秀教师 张三", "市人民医院 张三", "研究员 张三"})
    void aTitleOrAWorkplaceAloneBeforeANameIsNoExpertsLine(String line) {
        assertThat(Bylines.line(line)).isNull();
    }

    /** Two places, or two names, set apart by a slash are no writer's line. */
    @ParameterizedTest
    @ValueSource(strings = {"高雄／台南", "张三／李四", "城东／城西两区联动"})
    void aSlashBetweenPlacesOrNamesIsNoWritersLine(String line) {
        assertThat(Bylines.line(line)).isNull();
    }

    /** Who wrote the text and who took the pictures, with no role before them: a byline line, not a credit. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "张三 文/摄|张三",
        "王 明 文/摄|王明",
        "张三 文/图|张三",
        "张三\u3000图/文|张三",
        "王明 文 李华 摄|王明 李华",
        "本报记者 张三 文 李四 摄|张三 李四",
        "记者 张 三 文 李 四 摄|张三 李四",
        "张三 文 李四 图|张三 李四",
        "李四 图 张三 文|李四 张三",
        "文 张三 图 李四|张三 李四",
        "张  明图  李  华文|张明 李华",
        "图/李四 文/张三|李四 张三",
        "王芳 文并摄|王芳",
        "本报记者 王芳 实习生 李明 文并摄|王芳 李明",
        "文/本报记者 张三 图/厂家提供|张三",
        "文/李四 图片/受访者提供|李四",
        "本报记者 王芳 图/资料图片|王芳"})
    void aLineOfWhoWroteAndWhoPhotographedIsABylineLine(String line, String names) {
        assertThat(Bylines.line(line)).isEqualTo(Arrays.asList(names.split(" ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"参加活动的记者 王明", "据现场记者 王明介绍", "某某周末记者张三"})
    void aPhraseBeforeTheRoleOrNamesGluedToItIsNoOutletsByline(String line) {
        assertThat(Bylines.line(line)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"李四 摄", "新华社记者 李四 摄", "散文/诗歌", "好文/共赏", "散文 诗歌 图", "图/厂家提供",
        "新品上市 图/厂家提供"})
    void aPictureCreditOrATitleIsNoBylineLine(String line) {
        assertThat(Bylines.line(line)).isNull();
    }

    /**
     * Reporters after the dateline with no bracket and no 报道 run up to the space before the text. The bracket after a
     * dateline credits reporters: two names that joining a narrow column's lines glued together are told apart where
     * one place splits them, also two names of three characters each. The paper's own reporters may be named with no
     * role at all, up to 报道 and its colon.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "本报讯 记者张明 通讯员李华 昨日，城东区三座口袋公园同时开放。|张明 李华",
        "本报讯 记者 王芳 实习生 赵强 记者昨日从市地铁集团获悉，新线下月试运行。|王芳 赵强",
        "本报讯 全媒体记者 陈静 今年以来，全市加装电梯一百二十台。|陈静",
        "本报讯（王芳赵静怡）昨日，城东区三座口袋公园同时开放。|王芳 赵静怡",
        "本报讯（陈静华赵明远）昨日，城东区三座口袋公园同时开放。|陈静华 赵明远",
        "本报讯（记者陈静华赵明远）昨日，城东区三座口袋公园同时开放。|陈静华 赵明远",
        "本报讯（记者 刘洋 王芳赵静怡 陈静）昨日，城东区三座口袋公园同时开放。|刘洋 王芳 赵静怡 陈静",
        "本报讯 陈立新、特约记者 周海报道：入冬以来，某部组织官兵开展野外驻训。|陈立新 周海",
        "本报讯 吴畅、通讯员李想报道：近日，某旅开展夜间实弹射击训练。|吴畅 李想",
        "本报讯 陈立新、周海报道：入冬以来，某部组织官兵开展野外驻训。|陈立新 周海",
        "本报讯 吴畅 报道：近日，某旅开展夜间实弹射击训练。|吴畅"})
    void reportersAfterTheDatelineAreNamed(String paragraph, String names) {
        assertThat(Bylines.inDateline(paragraph, "本报讯")).isEqualTo(Arrays.asList(names.split(" ")));
    }

    /** With no bracket, no 报道 and no surname, words after a role word are the text, not a name. */
    @ParameterizedTest
    @ValueSource(strings = {"本报讯 记者节前夕 市委宣传部召开座谈会。", "本报讯 记者昨日从市地铁集团获悉，新线下月试运行。",
        "本报讯 旅部、特约记者 周海报道：入冬以来，某部组织官兵开展野外驻训。",
        "本报讯 据媒体报道：入冬以来，多地出现降雪。", "本报讯 日前有报道：多地出现降雪。"})
    void wordsAfterARoleWordWithoutASurnameAreText(String paragraph) {
        assertThat(Bylines.inDateline(paragraph, "本报讯")).isEmpty();
    }

    /**
     * A paper and its own site or app may credit one newsroom together, joined by a dot, a dash or a slash. An outlet's
     * name may show no outlet's ending (某某周末, 某某财经), or open with digits: its role stands apart from the names.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "某某周末记者 张三 李四|张三 李四",
        "某某财经记者 张三|张三",
        "21世纪某某报道记者 张三 上海报道|张三",
        "某某周末首席记者 王芳|王芳",
        "某某周末记者 王芳 发自上海|王芳",
        "某某青年报·某某在线记者 张明|张明",
        "某某都市报-某某新闻记者 刘洋 实习生 孙悦|刘洋 孙悦",
        "某某新闻记者 王芳|王芳",
        "某某客户端记者 陈静|陈静",
        "某某晚报·某某壹点记者 刘洋|刘洋",
        "某某晚报/某某新闻记者 张明 通讯员 李华|张明 李华",
        "某某卫视记者 王芳|王芳"})
    void aLineOfAnOutletsReportersNamesThem(String line, String names) {
        assertThat(Bylines.line(line)).isEqualTo(Arrays.asList(names.split(" ")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "某某区融媒体中心 张明 李华|张明 李华",
        "某某县融媒体中心　王芳|王芳",
        "通讯员 李华 某某县融媒体中心 王芳|李华 王芳",
        "某某县融媒体记者 王芳|王芳",
        "通讯员 李华 某某区融媒体记者 王芳|李华 王芳"})
    void aCountysMediaCentreCreditsItsStaffInPlaceOfARole(String line, String names) {
        assertThat(Bylines.line(line)).isEqualTo(Arrays.asList(names.split(" ")));
    }

    @Test
    void aMediaCentresBracketCreditsTheText() {
        assertThat(Bylines.trailing("平台累计办理各类事项一万余件。（某某县融媒体中心 张明）"))
                .hasValueSatisfying(b -> assertThat(b.names()).containsExactly("张明"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"临川市第三中学高二（3）班\u3000林小棠|林小棠", "柳溪中学高一(5)班 苏念|苏念",
        "临川市实验小学 王芳|王芳", "临川师范学院 欧阳明月|欧阳明月", "临川市第三中学\u3000初二（5）班\u3000宋知远|宋知远"})
    void aPupilsSchoolClassAndNameUnderTheirWritingsTitleCreditIt(String line, String name) {
        assertThat(Bylines.line(line)).containsExactly(name);
    }

    @Test
    void aReporterWhoseGivenNameHoldsAWordOfPointingIsCredited() {
        assertThat(Bylines.trailing("施工期间，请过往车辆注意避让。（记者 柯见山）"))
                .hasValueSatisfying(b -> assertThat(b.names()).containsExactly("柯见山"));
        assertThat(Bylines.trailing("工程将于年底完工。（参见第三版）")).isEmpty();
        assertThat(Bylines.trailing("工程将于年底完工。（相关报道见第三版）")).isEmpty();
    }

    @Test
    void aPupilSignsALetterWithTheirSchoolAndClassSetApart() {
        assertThat(Bylines.letterSignature("临川市第三中学\u3000初二（5）班\u3000宋知远")).containsExactly("宋知远");
        assertThat(Bylines.letterSignature("临川市第三中学初二（5）班 宋知远")).containsExactly("宋知远");
    }

    @ParameterizedTest
    @ValueSource(strings = {"临川市第三中学 获奖名单", "临川中学举办科技节 张明", "临川市实验小学", "临川中学 2024年"})
    void aSchoolsNameBesideOtherWordsIsNoPupilsLine(String line) {
        assertThat(Bylines.line(line)).isNull();
    }

    @Test
    void theTeacherWhoGuidedAPupilIsCreditedInTheClosingBracket() {
        assertThat(Bylines.trailing("文章以一把蒲扇为线索，是全文的点睛之笔。（指导老师　周砚）"))
                .hasValueSatisfying(b -> assertThat(b.names()).containsExactly("周砚"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "临川市第一人民医院儿科 副主任医师 张明|张明",
        "临川市农业技术推广中心 高级农艺师 李华|李华",
        "临川大学法学院 教授 王芳|王芳"})
    void anExpertSigningWithWorkplaceAndTitleIsCredited(String bracket, String name) {
        assertThat(Bylines.trailing("孩子咳嗽要及时就医。（" + bracket + "）"))
                .hasValueSatisfying(b -> assertThat(b.names()).containsExactly(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"临川市第一人民医院 张明", "副主任医师", "市民 王芳", "临川大学 2026年 张明"})
    void aBracketWithNoProfessionalTitleBeforeANameIsNoExpertsSignature(String bracket) {
        assertThat(Bylines.expertSignature(bracket)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"县融媒体中心揭牌", "融媒体中心建设提速", "某某县融媒体中心挂牌成立", "县融媒体记者走访发现"})
    void aHeadlineNamingAMediaCentreIsNoByline(String line) {
        assertThat(Bylines.line(line)).isNull();
    }

    /** A paper joined to its app by a slash credits one newsroom in a bracket too, where the slash sets names apart. */
    @Test
    void anOutletJoinedToItsAppByASlashIsNoName() {
        assertThat(Bylines.inDateline("本报讯（某某晚报/某某新闻记者 张明 通讯员 李华）昨日，城东公园开放。", "本报讯"))
                .containsExactly("张明", "李华");
        assertThat(Bylines.trailing("城东公园昨日开放。（某某晚报/某某新闻记者 张明）"))
                .hasValueSatisfying(b -> assertThat(b.names()).containsExactly("张明"));
        assertThat(Bylines.trailing("城东公园昨日开放。（文/张明 图/李华）"))
                .hasValueSatisfying(b -> assertThat(b.names()).containsExactly("张明", "李华"));
    }

    /** Names alone on a line, at least one spread wide, each opening with a surname; nothing else is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"张 明|张明", "李  拯|李拯", "王 芳  赵小华|王芳 赵小华"})
    void namesSpreadWideAloneOnALineAreNames(String line, String names) {
        assertThat(Bylines.spreadNames(line)).isEqualTo(Arrays.asList(names.split(" ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"张明", "春 运 一 线 纪 实 报 道", "绿道串起 城市风景", "图 文"})
    void aLineOfNoNamesOrOfNoneSpreadIsNotOne(String line) {
        assertThat(Bylines.spreadNames(line)).isNull();
    }

    /** A bracket naming a kind of person before a name quotes someone: it credits no reporter. */
    @ParameterizedTest
    @ValueSource(strings = {"（市民 王芳）", "（村民 李华）"})
    void aBracketOfAKindOfPersonAndANameIsNoByline(String bracket) {
        assertThat(Bylines.trailing("市民纷纷前来参观。" + bracket)).isEmpty();
    }

    /** Who wrote the text, by any of the words papers use for it, before a slash, a colon or a space. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"文·图/刘洋|刘洋", "图文：刘洋|刘洋", "文：刘洋|刘洋", "撰文 刘洋 摄影 王芳|刘洋 王芳",
        "特约撰稿 王芳|王芳"})
    void aLineOfWhoWroteTheTextNamesThem(String line, String names) {
        assertThat(Bylines.line(line)).isEqualTo(Arrays.asList(names.split(" ")));
    }

    /**
     * Who wrote the text, set apart from the name by a vertical bar (文｜刘洋), as many papers now print it; named
     * after the name (刘洋/文); or by the word for writing it (撰文：刘洋).
     */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"文｜刘洋;刘洋", "文|刘洋;刘洋", "图文｜刘洋 王芳;刘洋 王芳", "撰文：刘洋;刘洋", "刘洋/文;刘洋",
        "刘 洋／文;刘洋"})
    void aWritersLineSetApartByABarOrNamedBeforeItsRoleNamesThem(String line, String names) {
        assertThat(Bylines.line(line)).isEqualTo(Arrays.asList(names.split(" ")));
    }

    /**
     * A byline may follow a note pointing the reader to another page, the text's last words, also where the column
     * wrapped the note; a bracket after words that run on mid-sentence explains them and credits no one.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "市民纷纷前来参观。（相关报道见第七版） （张明）|张明",
        "市民纷纷前来参观。（详见第5版）（记者 王芳）|王芳",
        "二版） （记者 王芳）|王芳"})
    void aBylineAfterAPointerToAnotherPageCreditsTheText(String line, String name) {
        assertThat(Bylines.trailing(line)).hasValueSatisfying(b -> assertThat(b.names()).containsExactly(name));
    }

    /**
     * Some papers close a text with its byline in black brackets, which also hold a box's label: they credit only
     * where a role of reporting opens them. A bar may set a writer's role apart inside a bracket too.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"市民纷纷前来参观。【记者 王芳】|王芳", "【本报记者 王芳 通讯员 李华】|王芳 李华",
        "市民纷纷前来参观。（文｜王芳）|王芳", "市民纷纷前来参观。【相关链接】|", "【核心阅读】|"})
    void aBylineInBlackBracketsOpensWithARole(String line, String names) {
        List<String> expected = names == null ? List.of() : Arrays.asList(names.split(" "));
        assertThat(Bylines.trailing(line).map(Bylines.Trailing::names).orElse(List.of())).isEqualTo(expected);
    }

    @Test
    void aBracketAfterWordsRunningOnIsNoByline() {
        assertThat(Bylines.trailing("据说三版（王芳）")).isEmpty();
    }

    @Test
    void aNameOfFourCharactersOpensWithATwoCharacterSurname() {
        assertThat(Bylines.isPersonName("王芳")).isTrue();
        assertThat(Bylines.isPersonName("欧阳明月")).isTrue();
        assertThat(Bylines.isPersonName("权威发布")).isFalse();
    }

    @Test
    void aBracketAloneUnderALineThatFinishesNoSentenceIsThatLinesOwn() {
        assertThat(Bylines.isBracketOfLineAbove("菜篮子稳 市民心里踏实", "（权威发布）")).isTrue();
        assertThat(Bylines.isBracketOfLineAbove("菜价保持平稳。", "（权威发布）")).isFalse();
        // people's names close the text above as a byline, however its last line ends
        assertThat(Bylines.isBracketOfLineAbove("他们也是战士 值得尊重", "（曹明 王强）")).isFalse();
    }

    @Test
    void aBylineLineBesideAHeadlineStartsAfterTheTitle() {
        assertThat(Bylines.besideHeadline("老街焕新颜 本报记者 王芳")).isEqualTo(6);
        assertThat(Bylines.besideHeadline("夜市再开张 记者 李明 通讯员 赵强")).isEqualTo(6);
        // a byline line alone, a closing note's pieces, body text
        assertThat(Bylines.besideHeadline("本报记者 王芳 李明")).isEqualTo(-1);
        assertThat(Bylines.besideHeadline("（新华社北京1月9日电 记者陈芳、胡喆）")).isEqualTo(-1);
        assertThat(Bylines.besideHeadline("14日电 记者王芳、李明）")).isEqualTo(-1);
        assertThat(Bylines.besideHeadline("市民纷纷前来参观。 记者 王芳")).isEqualTo(-1);
    }

    @Test
    void reportersAtATextsStartUpToTheirReportAreItsCredit() {
        assertThat(Bylines.runInCredit("本报记者 黄磊 通讯员 李华 报道：即日起，市民可通过手机充值。")).containsExactly("黄磊", "李华");
        assertThat(Bylines.runInCredit("记者周敏报道 昨天，地铁集团宣布增设母婴室。")).containsExactly("周敏");
        // a sentence opening with a role, or a role before no name
        assertThat(Bylines.runInCredit("记者从市交通局了解到，相关报道已经发布。")).isNull();
        assertThat(Bylines.runInCredit("记者近日深入一线采访报道：群众反映良好。")).isNull();
    }
}
