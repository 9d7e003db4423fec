package dev.newsflow.enrich.split;

/** A headline block: kicker (引题) above the title, subtitle (副题) below; any part may be null. */
public record Headline(String kicker, String title, String subtitle) {

    /** All parts, in reading order, separated by a space. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (String part : new String[] {kicker, title, subtitle}) {
            if (part != null && !part.isEmpty()) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(part);
            }
        }
        return sb.toString();
    }
}
