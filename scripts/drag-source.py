"""A tiny GTK window that offers files as text/uri-list when dragged: a real drop from another
program, for scripts/screenshot.sh (a Swing drag source does not reach JavaFX under Xvfb)."""
import sys

import gi

gi.require_version('Gtk', '3.0')
from gi.repository import Gdk, Gtk  # noqa: E402

uris = ['file://' + path for path in sys.argv[1:]]
window = Gtk.Window(title="drag-source")
window.move(0, 0)
window.set_default_size(160, 120)
button = Gtk.Button(label="Drag me")
button.drag_source_set(Gdk.ModifierType.BUTTON1_MASK, [], Gdk.DragAction.COPY)
button.drag_source_add_uri_targets()
button.connect("drag-data-get", lambda widget, context, data, info, time: data.set_uris(uris))
window.add(button)
window.connect("destroy", Gtk.main_quit)
window.show_all()
Gtk.main()
