/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-ui.h"

#include "fd-ui-resources.h"

/* Registers the UI templates and loads the style sheet for the default
 * display, once per process. */
void
fd_ui_ensure_resources (void)
{
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      GtkCssProvider *provider;
      GdkDisplay *display;

      fd_ui_register_resource ();
      display = gdk_display_get_default ();
      if (display != NULL)
        {
          provider = gtk_css_provider_new ();
          gtk_css_provider_load_from_resource (provider, "/org/frontdesk/Frontdesk/style.css");
          gtk_style_context_add_provider_for_display (display, GTK_STYLE_PROVIDER (provider),
                                                      GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
          g_object_unref (provider);
        }
      g_once_init_leave (&done, 1);
    }
}
