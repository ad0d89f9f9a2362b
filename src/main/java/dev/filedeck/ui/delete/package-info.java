/** Deleting files: the confirmation, bounded-concurrency deletes and per-file failures. */
package dev.filedeck.ui.delete;
