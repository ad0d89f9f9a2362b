/** The Preview tab beside the details, and the report of a remote file's validation. */
package dev.filedeck.ui.preview;
