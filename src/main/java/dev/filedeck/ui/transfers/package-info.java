/** The transfer queue panel and the download flow (save dialog, safe names, conflicts). */
package dev.filedeck.ui.transfers;
