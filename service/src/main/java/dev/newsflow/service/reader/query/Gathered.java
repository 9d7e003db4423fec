package dev.newsflow.service.reader.query;

import java.util.List;

/**
 * What every instance answered for a query that gathers from all of them.
 *
 * @param complete false when some instance did not answer: its part is missing
 */
public record Gathered<T>(List<T> items, boolean complete) {
}
