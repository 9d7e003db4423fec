package dev.newsflow.enrich.tag;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.newsflow.enrich.segment.Segmentation;
import dev.newsflow.enrich.segment.Span;
import dev.newsflow.enrich.segment.Token;

/**
 * People in news text, on evidence rather than on the segmenter's word alone. The segmenter's person tags
 * (nr) are candidates; what makes a candidate a person is what news writing puts around names:
 * <ul>
 *   <li>a title in apposition, before the name (市委书记杜小刚, 教育局局长吴萍) or after it (习近平总书记,
 *       吴萍局长); names the segmenter broke apart next to a title are read back from the characters
 *       (省委书记信长星 → 信/长/星 → 信长星, 国防部长王毅 → 王毅);</li>
 *   <li>a list sharing one title or joined to a titled name (副主席许立新、吴红星、毛加弘);</li>
 *   <li>a verb of speech or action straight after the name (唐力说, 张俊告诉记者);</li>
 *   <li>a name already accepted elsewhere in the same text (every later 杜小刚 is a person too).</li>
 * </ul>
 * A candidate with none of these is kept only when it is shaped like a name, starts with a frequent surname
 * and is not an ordinary dictionary word: this is what keeps 文旅, 施策, 保交楼 out. The article's bylines are
 * credits, not mentions.
 *
 * <p>The rules live with what they read: {@link NameReader} finds where a name is in the tokens, {@link TitleReader}
 * the title phrase beside it, {@link PersonEvidence} what shows a name is a person's, {@link NameHints} the second
 * recognizer's names; {@link PersonMentions} holds what has been found. Pure apart from the dictionaries, which are
 * loaded once; safe to share between threads.
 */
final class PersonRecognizer {

    private final Lexicon lexicon = Lexicon.INSTANCE;
    private final NameReader names = new NameReader(lexicon);
    private final TitleReader titles = new TitleReader(lexicon);
    private final PersonEvidence evidence = new PersonEvidence(lexicon, names);
    private final NameHints hints = new NameHints(lexicon, titles);

    /** A person mention, and the organization named in its title (if any) with its offsets. */
    record Found(EntityTag person, EntityTag organization) {
    }

    List<Found> recognize(Segmentation segmentation, Collection<String> bylines) {
        String text = segmentation.text();
        List<Token> toks = segmentation.tokens();
        PersonMentions found = new PersonMentions(text, toks);

        titledNames(found, toks, text);
        Set<String> accepted = new LinkedHashSet<>(found.names());
        found.propagate(accepted);

        recognizedNames(found, accepted, toks, text);
        for (Span hint : segmentation.nameHints()) {
            String name = hints.take(found, toks, text, hint);
            if (name != null) {
                accepted.add(name);
            }
        }
        found.propagate(accepted);
        return found.without(bylines);
    }

    /** Titled names: a title then a name (and the names listed after it share the title), or a name then a title. */
    private void titledNames(PersonMentions found, List<Token> toks, String text) {
        for (int i = 0; i < toks.size(); i++) {
            if (!lexicon.isTitleAt(toks, i)) {
                continue;
            }
            TitlePhrase title = titles.endingAt(toks, text, i);
            NameSpan name = names.after(toks, text, i + 1);
            if (name != null) {
                found.add(name, title);
                listedAfter(found, toks, text, name, title);
                continue;
            }
            NameSpan before = lexicon.hasTitleHead(toks.get(i).text()) ? names.before(toks, text, i - 1) : null;
            if (before != null && !found.startsAt(before.start())) {
                found.add(before, TitlePhrase.bare(toks.get(i).text(), i));
            }
        }
    }

    /** 副主席许立新、吴红星、毛加弘: the names listed after a titled name share its title. */
    private void listedAfter(PersonMentions found, List<Token> toks, String text, NameSpan name, TitlePhrase title) {
        NameSpan listed = name;
        while (listed.lastToken() + 2 < toks.size() && toks.get(listed.lastToken() + 1).text().equals("、")) {
            NameSpan next = names.after(toks, text, listed.lastToken() + 2);
            if (next == null) {
                return;
            }
            found.add(next, title);
            listed = next;
        }
    }

    /** Names the segmenter recognized (nr), with evidence around them. */
    private void recognizedNames(PersonMentions found, Set<String> accepted, List<Token> toks, String text) {
        for (int i = 0; i < toks.size(); i++) {
            NameSpan name = recognizedAt(found, toks, text, i);
            if (name != null) {
                found.add(name, null);
                accepted.add(name.of(text));
                i = name.lastToken();
            }
        }
    }

    /** The name the segmenter tagged at token i, when it is a person's; else null. */
    private NameSpan recognizedAt(PersonMentions found, List<Token> toks, String text, int i) {
        Token t = toks.get(i);
        if (!t.pos().startsWith("nr") || found.overlaps(t.start(), t.end())) {
            return null;
        }
        NameSpan name = names.foreignAround(toks, text, i, false);
        if (name == null) {
            name = t.pos().equals("nrf") ? names.transliteration(toks, i) : names.repaired(toks, text, i);
        }
        if (found.overlaps(name.start(), name.end())) {
            return null;
        }
        String s = name.of(text);
        boolean foreign = Lexicon.looksLikeForeignName(s) || (NameReader.isTransliterated(t, s) && s.length() >= 3);
        if (foreign) {
            return name;
        }
        if (!lexicon.looksLikeChineseName(s)) {
            return null;
        }
        name = evidence.withCharacterTakenFromVerb(toks, text, name);
        return evidence.supports(found, toks, text, i, name) ? name : null;
    }
}
