package dev.filedeck.api;

/** How a server pages its file list. */
public enum PagingMode {
    /** Find out from the first answer: {@code has_more} means cursor, {@code total} page numbers, neither none. */
    AUTO,
    /** {@code after}, {@code limit}, {@code order} → {@code has_more}, {@code first_id}, {@code last_id} (OpenAI). */
    CURSOR,
    /** {@code page}, {@code page_size} → {@code total} (Mistral). */
    PAGE_NUMBER,
    /** The server returns every file at once (ScaleGenAI); the client pages, orders and filters. */
    NONE
}
