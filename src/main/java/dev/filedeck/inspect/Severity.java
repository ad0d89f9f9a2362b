package dev.filedeck.inspect;

/** How much a problem matters: errors block an upload (unless overridden), warnings do not. */
public enum Severity {
    ERROR, WARNING
}
