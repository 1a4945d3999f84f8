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

/**
 * fd_ui_name_drop_down:
 * @name: what a screen reader says for it
 *
 * Names @drop_down and the button inside it, which GTK 4.8 leaves
 * nameless, so that a screen reader says what the choice is for.
 */
void
fd_ui_name_drop_down (GtkDropDown *drop_down,
                      const char  *name)
{
  g_return_if_fail (GTK_IS_DROP_DOWN (drop_down));

  gtk_accessible_update_property (GTK_ACCESSIBLE (drop_down), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (drop_down)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_BUTTON (child))
      gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

static void
spin_activated_cb (GtkWidget *text)
{
  /* The typed number counts, not the one before it. */
  gtk_spin_button_update (GTK_SPIN_BUTTON (gtk_widget_get_ancestor (text, GTK_TYPE_SPIN_BUTTON)));
  gtk_widget_activate_default (text);
}

/**
 * fd_ui_spin_activates_default:
 *
 * Enter in @spin presses its window's default button, as it does in an
 * entry: GTK 4.8's spin button has no activates-default.
 */
void
fd_ui_spin_activates_default (GtkSpinButton *spin)
{
  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));

  g_signal_connect (gtk_editable_get_delegate (GTK_EDITABLE (spin)), "activate", G_CALLBACK (spin_activated_cb), NULL);
}

/* The buttons under @widget, in order. */
static void
collect_buttons (GtkWidget *widget,
                 GPtrArray *buttons)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        g_ptr_array_add (buttons, child);
      else
        collect_buttons (child, buttons);
    }
}

/**
 * fd_ui_name_calendar:
 *
 * Names the arrows of @calendar's header, which GTK 4.8 leaves nameless:
 * previous and next month, previous and next year, in @lang.
 */
void
fd_ui_name_calendar (GtkCalendar *calendar,
                     FdLang       lang)
{
  const char *names[] = { N_("Previous month"), N_("Next month"), N_("Previous year"), N_("Next year") };
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  g_return_if_fail (GTK_IS_CALENDAR (calendar));

  collect_buttons (GTK_WIDGET (calendar), buttons);
  for (guint i = 0; i < buttons->len && i < G_N_ELEMENTS (names); i++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (buttons->pdata[i]), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    fd_tr (lang, names[i]), -1);
}

/**
 * fd_ui_return_focus:
 *
 * Called as @dialog goes: the window it stood over gets the keyboard back,
 * also where no window manager hands it back (a kiosk compositor), so the
 * receptionist's next shortcut reaches the staff window.
 */
void
fd_ui_return_focus (GtkWindow *dialog)
{
  GtkWindow *parent = gtk_window_get_transient_for (dialog);

  if (parent != NULL && gtk_widget_get_visible (GTK_WIDGET (parent)))
    gtk_window_present (parent);
}

/* Empties @list; its rows go with it. */
void
fd_ui_list_clear (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}
