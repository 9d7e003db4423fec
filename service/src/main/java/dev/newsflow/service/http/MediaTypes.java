package dev.newsflow.service.http;

/** Content negotiation: which of HTML and JSON a request's {@code Accept} header prefers. */
public final class MediaTypes {

    private MediaTypes() {
    }

    /**
     * Whether the client asks for HTML before JSON: {@code text/html} named with a higher quality than JSON gets
     * (a browser); anything else, no header and {@code *}{@code /*} alike (curl, scripts), gets JSON.
     */
    public static boolean prefersHtml(String accept) {
        if (accept == null) {
            return false;
        }
        return quality(accept, "text/html") > quality(accept, "application/json");
    }

    /** The quality the header gives a type: its own entry, else its family's ({@code text/*}), else any type's. */
    static double quality(String accept, String type) {
        String family = type.substring(0, type.indexOf('/')) + "/*";
        double exact = -1;
        double ofFamily = -1;
        double any = 0;
        for (String range : accept.split(",")) {
            String[] parts = range.strip().split(";");
            String name = parts[0].strip().toLowerCase(java.util.Locale.ROOT);
            double q = q(parts);
            if (name.equals(type)) {
                exact = Math.max(exact, q);
            } else if (name.equals(family)) {
                ofFamily = Math.max(ofFamily, q);
            } else if (name.equals("*/*")) {
                any = Math.max(any, q);
            }
        }
        return exact >= 0 ? exact : ofFamily >= 0 ? ofFamily : any;
    }

    private static double q(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].strip();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
