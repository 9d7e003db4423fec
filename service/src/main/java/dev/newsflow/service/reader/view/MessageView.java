package dev.newsflow.service.reader.view;

/** A page that only says something: not found, not available yet. */
public record MessageView(String title, int status, String message) {
}
