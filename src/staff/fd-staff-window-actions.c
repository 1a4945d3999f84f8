/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-staff-log-page.h"

/*
 * The staff window's commands as actions, with keys for the receptionist
 * who works from the keyboard all day, and the shortcuts window that lists
 * them (Ctrl+?).  Actions that need a login are disabled while the window
 * is locked; a page the role may not use cannot be shown.
 *
 *   win.lock          Ctrl+L    lock the window
 *   win.show-page     Alt+1..8  reception, parcels, telephone, supplies,
 *                               environment, visit log, security,
 *                               administration
 *   win.search        Ctrl+F    the visit log's search field
 *   win.shortcuts     Ctrl+?    this list
 */

static const char * const page_names[] = { "reception", "parcels", "calls", "supplies", "rounds", "log",
                                            "security", "admin" };

static void
lock_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  fd_staff_window_lock (FD_STAFF_WINDOW (widget));
}

static gboolean
may_show (FdStaffWindow *self,
          const char    *name)
{
  GtkWidget *child = gtk_stack_get_child_by_name (self->views, name);

  return self->session != NULL && child != NULL &&
         gtk_stack_page_get_visible (gtk_stack_get_page (self->views, child));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (widget);
  const char *name = g_variant_get_string (parameter, NULL);

  if (may_show (self, name))
    gtk_stack_set_visible_child_name (self->views, name);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (widget);

  if (!may_show (self, "log"))
    return;
  gtk_stack_set_visible_child_name (self->views, "log");
  fd_staff_window_ensure_pages (self);
  fd_staff_log_page_focus_search (FD_STAFF_LOG_PAGE (self->log_view));
}

/* The shortcuts window, in the staff member's language: built from XML
 * with the texts put in, since the window's texts come from fd_tr(). */
static void
shortcuts_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  FdStaffWindow *self = FD_STAFF_WINDOW (widget);
  static const struct { const char *accel; const char *title; } keys[] = {
    { "&lt;Control&gt;f", N_("Search the visit log") },
    { "&lt;Alt&gt;1", N_("Reception") },
    { "&lt;Alt&gt;2", N_("Parcels") },
    { "&lt;Alt&gt;3", N_("Telephone") },
    { "&lt;Alt&gt;4", N_("Supplies") },
    { "&lt;Alt&gt;5", N_("Environment") },
    { "&lt;Alt&gt;6", N_("Visit log") },
    { "&lt;Alt&gt;7", N_("Security") },
    { "&lt;Alt&gt;8", N_("Administration") },
    { "&lt;Control&gt;l", N_("Lock the window") },
    { "Tab", N_("Next control; Enter presses it") },
    { "Escape", N_("Close a dialog") },
    { "&lt;Control&gt;question", N_("Keyboard shortcuts") },
  };
  g_autoptr(GString) xml = g_string_new (NULL);
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *group = g_markup_escape_text (fd_tr (self->lang, N_("Staff window")), -1);
  g_autofree char *heading = g_markup_escape_text (fd_tr (self->lang, N_("Keyboard shortcuts")), -1);
  GtkWindow *window;

  g_string_append_printf (xml,
                          "<interface><object class=\"GtkShortcutsWindow\" id=\"shortcuts\">"
                          "<property name=\"modal\">true</property>"
                          "<child><object class=\"GtkShortcutsSection\">"
                          "<property name=\"section-name\">staff</property>"
                          "<property name=\"title\">%s</property>"
                          "<child><object class=\"GtkShortcutsGroup\">"
                          "<property name=\"title\">%s</property>", heading, group);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *title = g_markup_escape_text (fd_tr (self->lang, keys[i].title), -1);

      g_string_append_printf (xml,
                              "<child><object class=\"GtkShortcutsShortcut\">"
                              "<property name=\"accelerator\">%s</property>"
                              "<property name=\"title\">%s</property>"
                              "</object></child>", keys[i].accel, title);
    }
  g_string_append (xml, "</object></child></object></child></object></interface>");

  builder = gtk_builder_new ();
  if (!gtk_builder_add_from_string (builder, xml->str, (gssize) xml->len, &error))
    g_error ("The shortcuts window does not build: %s", error->message);
  window = GTK_WINDOW (gtk_builder_get_object (builder, "shortcuts"));
  gtk_widget_set_name (GTK_WIDGET (window), "shortcuts-window");
  gtk_window_set_transient_for (window, GTK_WINDOW (self));
  gtk_window_present (window);
}

/* What needs a login is off while the window is locked. */
void
fd_staff_window_update_actions (FdStaffWindow *self)
{
  gboolean in = self->session != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.lock", in);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-page", in);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.search", in && may_show (self, "log"));
}

void
fd_staff_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.lock", NULL, lock_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.shortcuts", NULL, shortcuts_action);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_l, GDK_CONTROL_MASK, "win.lock", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK, "win.shortcuts", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.shortcuts", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (page_names); i++)
    gtk_widget_class_add_binding_action (widget_class, GDK_KEY_1 + i, GDK_ALT_MASK, "win.show-page", "s",
                                         page_names[i]);
}
