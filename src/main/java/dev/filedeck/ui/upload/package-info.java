/** Uploading: drop anywhere with an overlay, the upload sheet, and the Upload… chooser. */
package dev.filedeck.ui.upload;
