package dev.filedeck.api;

/** The server's answer to a delete. */
public record DeleteResult(String id, boolean deleted) {
}
