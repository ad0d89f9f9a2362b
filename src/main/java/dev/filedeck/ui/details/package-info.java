/** The details panel: every field of the selected file, its raw JSON, Copy ID. */
package dev.filedeck.ui.details;
