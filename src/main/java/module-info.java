/**
 * FileDeck: a desktop client for OpenAI-compatible Files APIs, with an embedded Local sandbox server.
 */
module dev.filedeck {
    requires java.net.http;
    requires jdk.httpserver;
    requires java.logging;
    requires com.fasterxml.jackson.databind;
    requires org.apache.commons.fileupload2.core;
    requires javafx.controls;
    requires javafx.fxml;
    requires atlantafx.base;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.feather;
    // The OS keychain. java-keyring is an automatic module; its Secret Service back end needs D-Bus in
    // the module graph, which an automatic module cannot ask for itself.
    requires java.keyring;
    requires org.freedesktop.dbus;

    exports dev.filedeck.api;
    exports dev.filedeck.sandbox;
    exports dev.filedeck.inspect;
    exports dev.filedeck.settings;
    exports dev.filedeck.connection;
    exports dev.filedeck.transfer;
    exports dev.filedeck.app to javafx.graphics;

    // FXML views inject into their controllers reflectively; open only those packages.
    opens dev.filedeck.ui to javafx.fxml;
    opens dev.filedeck.ui.files to javafx.fxml;
    opens dev.filedeck.ui.details to javafx.fxml;
    opens dev.filedeck.ui.transfers to javafx.fxml;
    opens dev.filedeck.ui.upload to javafx.fxml;
    opens dev.filedeck.ui.delete to javafx.fxml;
    opens dev.filedeck.ui.connections to javafx.fxml;
    opens dev.filedeck.ui.preview to javafx.fxml;
    opens dev.filedeck.ui.about to javafx.fxml;
    // Jackson reads and writes the settings records reflectively.
    opens dev.filedeck.settings to com.fasterxml.jackson.databind;
    opens dev.filedeck.connection to com.fasterxml.jackson.databind;
}
