package dev.newsflow.enrich.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.newsflow.schemas.EntityMention;
import dev.newsflow.schemas.EntityType;
import dev.newsflow.schemas.Person;

class PersonDirectoryTest {

    private static EntityMention mention(String article, String title, String organization, String date) {
        return EntityMention.newBuilder().setEntity("杜小刚").setType(EntityType.PERSON).setText("杜小刚")
                .setTitle(title).setOrganization(organization).setArticleId(article).setPageId("p")
                .setPaper("无锡日报").setDate(date).setStart(0).setEnd(3).build();
    }

    @Test
    void keepsTitlesAndOrganizationsDistinctInOrderSeenAndDatesAscending() {
        Person p = PersonDirectory.empty();
        p = PersonDirectory.add(p, mention("a-1", "市委书记", "无锡市委", "2022-12-10"));
        p = PersonDirectory.add(p, mention("a-2", "市委书记", null, "2022-12-08"));
        p = PersonDirectory.add(p, mention("a-2", " ", "无锡市委", null));
        assertThat(p.getTitles()).containsExactly("市委书记");
        assertThat(p.getOrganizations()).containsExactly("无锡市委");
        assertThat(p.getDates()).containsExactly("2022-12-08", "2022-12-10");
        assertThat(p.getArticleIds()).containsExactly("a-1", "a-2");
        assertThat(p.getArticles()).isEqualTo(2);
        assertThat(p.getMentions()).isEqualTo(3);
    }

    @Test
    void leavesTheGivenPersonUnchanged() {
        Person before = PersonDirectory.add(PersonDirectory.empty(), mention("a-1", "市长", null, "2022-12-10"));
        Person copy = Person.newBuilder(before).build();
        PersonDirectory.add(before, mention("a-2", "书记", null, "2022-12-11"));
        assertThat(before).isEqualTo(copy);
    }

    @Test
    void keepsOnlyTheLatestArticleIdsButCountsEveryArticle() {
        Person p = PersonDirectory.empty();
        for (int i = 0; i < PersonDirectory.MAX_ARTICLE_IDS + 10; i++) {
            p = PersonDirectory.add(p, mention("a-" + i, null, null, "2022-12-10"));
        }
        assertThat(p.getArticleIds()).hasSize(PersonDirectory.MAX_ARTICLE_IDS);
        assertThat(p.getArticleIds().get(0)).isEqualTo("a-10");
        assertThat(p.getArticles()).isEqualTo(PersonDirectory.MAX_ARTICLE_IDS + 10);
    }
}
