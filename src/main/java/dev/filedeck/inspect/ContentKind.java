package dev.filedeck.inspect;

/** What a file holds, as its first bytes and its name tell. */
public enum ContentKind {
    JSONL("JSON Lines"), JSON("JSON"), CSV("CSV"), TEXT("Text"),
    PNG("PNG image"), JPEG("JPEG image"), GIF("GIF image"), WEBP("WebP image"),
    PDF("PDF document"), ZIP("ZIP archive"), GZIP("gzip archive"), BINARY("Binary data");

    private final String description;

    ContentKind(String description) {
        this.description = description;
    }

    /** "PNG image", "JSON Lines". */
    public String description() {
        return description;
    }

    public boolean isImage() {
        return this == PNG || this == JPEG || this == GIF || this == WEBP;
    }

    public boolean isText() {
        return this == JSONL || this == JSON || this == CSV || this == TEXT;
    }

    /** The media type of an image, for the view. */
    public String mediaType() {
        return switch (this) {
            case PNG -> "image/png";
            case JPEG -> "image/jpeg";
            case GIF -> "image/gif";
            case WEBP -> "image/webp";
            default -> "application/octet-stream";
        };
    }
}
