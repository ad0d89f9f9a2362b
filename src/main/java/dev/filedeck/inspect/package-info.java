/**
 * Looking inside files without the UI: streaming JSONL validation for fine-tune and batch uploads,
 * content type detection, and the preview models of remote files. No JavaFX here.
 */
package dev.filedeck.inspect;
