package dev.newsflow.enrich.tag;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.newsflow.enrich.segment.HanLpSegmenter;

/** The failure modes of off-the-shelf Chinese name recognition on news text, one test each. */
class EntityRecognizerTest {

    private static final HanLpSegmenter SEGMENTER = new HanLpSegmenter();

    private static List<EntityTag> tag(String text, String... bylines) {
        List<EntityTag> entities = EntityRecognizer.recognize(SEGMENTER.segment(text), List.of(bylines));
        for (EntityTag e : entities) {
            assertThat(text.substring(e.start(), e.end())).as("offsets of %s", e).isEqualTo(e.text());
        }
        return entities;
    }

    private static List<String> people(String text, String... bylines) {
        return tag(text, bylines).stream().filter(e -> e.type() == EntityType.PERSON).map(EntityTag::text).toList();
    }

    private static EntityTag person(String text, String name) {
        return tag(text).stream().filter(e -> e.type() == EntityType.PERSON && e.text().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not found in " + tag(text)));
    }

    @Test
    void titleGluedToTheNameIsNotCutInsideTheTitle() {
        // 国防部长王毅 → not 国防部 / 长王毅
        EntityTag wang = person("国防部长王毅会见外宾。", "王毅");
        assertThat(wang.title()).isEqualTo("国防部长");
    }

    @Test
    void nameFollowedByAConjunctionKeepsItsEnd() {
        // 党组书记江成与… → 江成, never 成与
        assertThat(people("党组书记江成与企业代表座谈。")).containsExactly("江成");
    }

    @Test
    void nameBeforeItsTitleIsReadBackFromSplitCharacters() {
        // 教育局吴萍局长 → 吴萍, not 吴 / 萍
        EntityTag wu = person("教育局吴萍局长介绍了情况。", "吴萍");
        assertThat(wu.title()).isEqualTo("局长");
    }

    @Test
    void nameTheSegmenterBrokeApartAfterATitleIsRecovered() {
        assertThat(person("认真落实省委书记信长星在锡调研时的讲话精神。", "信长星").title()).isEqualTo("省委书记");
    }

    @Test
    void wordsThatLookLikeNamesWithoutEvidenceAreNotPeople() {
        // HanLP tags 文旅, 施策, 保交楼 as person names
        assertThat(people("推动文旅融合，精准施策，全力做好保交楼工作，分类施策等六项机制。")).isEmpty();
    }

    @Test
    void organizationRecognitionDoesNotFireOnOrdinaryPhrases() {
        assertThat(tag("市领导到新吴区调研重点企业。")).noneMatch(e -> e.text().contains("调研"));
    }

    @Test
    void foreignNamesWithAMiddleDotAreOneName() {
        EntityTag brock = person("赵建军与德国RF360公司高级副总裁克里斯蒂安·布洛克座谈交流。", "克里斯蒂安·布洛克");
        assertThat(brock.title()).isEqualTo("高级副总裁");
        assertThat(people("与集团董事会主席托拉尔夫·哈格深入交流。")).containsExactly("托拉尔夫·哈格");
        assertThat(people("与所长亚历山大·绍尔共同见证。")).containsExactly("亚历山大·绍尔");
    }

    @Test
    void bylineNamesAreCreditsNotMentions() {
        assertThat(people("市长赵建军出席会议。高美梅说，会议很成功。", "高美梅")).containsExactly("赵建军");
    }

    @Test
    void titlesInAppositionAttachToThePerson() {
        assertThat(person("市委书记杜小刚会见客人。", "杜小刚").title()).isEqualTo("市委书记");
        assertThat(person("市委常委、常务副市长蒋敏参加活动。", "蒋敏").title()).contains("常务副市长");
        assertThat(person("深入贯彻习近平总书记重要讲话精神。", "习近平").title()).isEqualTo("总书记");
    }

    @Test
    void theOrganizationOfATitleGetsItsOwnField() {
        EntityTag yin = person("杜小刚与上海外国语大学党委书记尹冬梅座谈交流。", "尹冬梅");
        assertThat(yin.title()).isEqualTo("党委书记");
        assertThat(yin.organization()).isEqualTo("上海外国语大学");
        assertThat(tag("杜小刚与上海外国语大学党委书记尹冬梅座谈交流。"))
                .anyMatch(e -> e.type() == EntityType.ORGANIZATION && e.text().equals("上海外国语大学"));
    }

    @Test
    void aListAfterATitleSharesIt() {
        List<EntityTag> all = tag("副主席许立新、吴红星、毛加弘、顾铮铮参加活动。");
        assertThat(all).filteredOn(e -> e.type() == EntityType.PERSON).extracting(EntityTag::text)
                .containsExactly("许立新", "吴红星", "毛加弘", "顾铮铮");
        assertThat(all).filteredOn(e -> e.type() == EntityType.PERSON).allMatch(e -> "副主席".equals(e.title()));
    }

    @Test
    void aNameAcceptedOnceIsAPersonEverywhereInTheText() {
        assertThat(people("市长赵建军主持会议。会上，赵建军强调，要抓好落实。赵建军指出")).containsExactly("赵建军", "赵建军", "赵建军");
    }

    @Test
    void speechVerbsAreEvidenceEvenWhenTheSegmenterGluesTheNameToThem() {
        assertThat(people("杜小刚强调，要用好调查研究这个传家宝。")).containsExactly("杜小刚");
    }

    @Test
    void placesAreLocations() {
        assertThat(tag("江苏省无锡市")).anyMatch(e -> e.type() == EntityType.LOCATION);
    }

    @Test
    void segmentationKeepsEachRecognizedNameOneWord() {
        assertThat(EntityRecognizer.wordsJoiningNames(SEGMENTER.segment("国防部长王毅会见外宾。")))
                .containsExactly("国防部长", "王毅", "会见", "外宾", "。");
        assertThat(String.join("", EntityRecognizer.wordsJoiningNames(SEGMENTER.segment("杜小刚强调，要抓落实。"))))
                .isEqualTo("杜小刚强调，要抓落实。");
        assertThat(EntityRecognizer.wordsJoiningNames(SEGMENTER.segment("杜小刚强调，要抓落实。"))).startsWith("杜小刚");
    }

    @Test
    void aRecognizedNameWithoutEvidenceCountsOnlyWhenNoPartOfItReadsAsWords() {
        assertThat(people("我和李明去了北京。")).containsExactly("李明");
        assertThat(people("项目位于梁溪区，持续导入高成长性企业。")).isEmpty();
    }

    private static List<String> of(String text, EntityType type) {
        return tag(text).stream().filter(e -> e.type() == type).map(EntityTag::text).toList();
    }

    @Test
    void transliteratedNamesWithoutAMiddleDotArePeople() {
        assertThat(person("美国总统克林顿今天发表讲话。", "克林顿").title()).endsWith("总统");
        // the segmenter cut the name in two: 普里/马科夫
        assertThat(people("俄罗斯外长普里马科夫在和芬兰外长会谈时说。")).contains("普里马科夫");
    }

    @Test
    void namesTheDictionarySegmenterCutApartAreReadWithTheSecondRecognizer() {
        // HanLP: 罗豪/才, 若/斯潘; the CRF hint reads the whole name
        assertThat(person("致公党中央主席罗豪才主持会议并讲话。", "罗豪才").title()).isEqualTo("主席");
        assertThat(person("法国总理若斯潘在记者招待会上评论。", "若斯潘").title()).endsWith("总理");
    }

    @Test
    void fragmentsOfOrdinaryPhrasesAreNotNamesHoweverNameLikeTheirFirstCharacter() {
        // HanLP tags 时因地 (因时因地) and 易发期 (多发期、易发期) as person names
        assertThat(people("要坚持因时因地、因企施策，夏季是安全事故多发期、易发期。")).isEmpty();
    }

    @Test
    void aTransliteratedCompanyNameIsNotAPerson() {
        assertThat(people("福伊特集团的储氢技术处于全球领先地位，福伊特此次签署合资项目。")).isEmpty();
        assertThat(people("总投资532亿元的SK海力士二期项目加快建设。")).isEmpty();
    }

    @Test
    void organizationsAreReadFromAProperNameAndAnInstitutionWord() {
        assertThat(of("上海市浦东新区人民法院日前审结一起合同纠纷案。", EntityType.ORGANIZATION))
                .containsExactly("上海市浦东新区人民法院");
        assertThat(of("记者从江苏省教育厅获悉，南京大学将于9月1日开学。", EntityType.ORGANIZATION))
                .containsExactly("江苏省教育厅", "南京大学");
        assertThat(of("国家统计局发布数据显示，市委、市政府高度重视。", EntityType.ORGANIZATION))
                .containsExactly("国家统计局", "市委", "市政府");
    }

    @Test
    void aCountrysGovernmentIsTheCountryAndAnOrdinaryDailyIsNoOrganization() {
        List<EntityTag> tags = tag("声明说，印度政府已采取措施，法国全国性日报对此作了报道。");
        assertThat(tags).noneMatch(e -> e.type() == EntityType.ORGANIZATION);
        assertThat(of("声明说，印度政府已采取措施。", EntityType.LOCATION)).containsExactly("印度");
    }

    @Test
    void placesKeepTheirAdministrativeUnitAndFragmentsOfTextAreNoPlaces() {
        assertThat(of("上海市浦东新区今年新开工项目四十个。", EntityType.LOCATION)).containsExactly("上海市", "浦东新区");
        assertThat(of("在不来梅进行一轮单循环赛，右路进攻的辽宁队得分。", EntityType.LOCATION)).doesNotContain("轮单", "右路");
    }

    @Test
    void regionalPlacesTheCoreDictionaryCutsApartArePlacesNotPeople() {
        // the core dictionary reads 惠/山区, 新/吴区 and 惠山 as a person; the shipped regional places fix it
        assertThat(of("市领导在惠山区、新吴区调研，惠山南坡项目加快推进。", EntityType.LOCATION))
                .contains("惠山区", "新吴区", "惠山");
        assertThat(people("市领导在惠山区、新吴区调研，惠山南坡项目加快推进。")).isEmpty();
    }

    @Test
    void aTitleIsOneRunOfWordsAndTakesNothingAcrossASpace() {
        EntityTag zhang = person("本报讯 市委书记张三昨天到企业调研。", "张三");
        assertThat(zhang.title()).isEqualTo("市委书记");
        assertThat(zhang.organization()).isNull();
    }

    @Test
    void organizationsWithAVerbInsideTheirNameComeFromTheSecondRecognizer() {
        // 中央/编译/出版社: the chunker stops at the verb 编译; the CRF hint ends in an institution word
        assertThat(of("《改革纵横谈》已由中央编译出版社出版。", EntityType.ORGANIZATION)).contains("中央编译出版社");
    }

    @Test
    void anOrganizationOpensOnARealNameNeverOnAFragmentOfThePlaceRecognizer() {
        // the place recognizer reads 的无锡 as a place, and 迪 of 雅迪 as a name of its own
        assertThat(of("由企业代表和招商小分队队员组成的无锡经贸代表团乘上包机。", EntityType.ORGANIZATION))
                .noneMatch(o -> o.startsWith("的"));
        assertThat(of("农业机器人全球总部、雅迪数字智能化工厂等9个项目集中签约。", EntityType.ORGANIZATION))
                .noneMatch(o -> o.startsWith("迪"));
    }

    @Test
    void aTwoCharacterNameWithoutEvidenceCountsWhenItsGivenNameIsACommonOne() {
        assertThat(people("尹莉明白，要想站稳市场，就得靠质量。")).containsExactly("尹莉");
        // 房企 reads as surname 房 + 企, but 企 is almost never a given name
        assertThat(people("支持房企合理融资需求，因城施策。")).isEmpty();
    }
}
