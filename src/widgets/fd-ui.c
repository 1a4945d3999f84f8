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

/* What @widget shows, into @text: of it and its visible children, in
 * order, the labels, the style classes, whether a control can be used and
 * is on, and what its action does to what. */
static void
append_shown (GtkWidget *widget,
              GString   *text)
{
  g_auto(GStrv) classes = NULL;

  if (!gtk_widget_get_visible (widget))
    return;
  classes = gtk_widget_get_css_classes (widget);
  for (guint i = 0; classes[i] != NULL; i++)
    g_string_append_printf (text, ".%s", classes[i]);
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (text, "\n%s", gtk_label_get_label (GTK_LABEL (widget)));
  if (GTK_IS_ACTIONABLE (widget))
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));
      g_autofree char *printed = target != NULL ? g_variant_print (target, FALSE) : NULL;

      g_string_append_printf (text, "\n%s(%s)", gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)),
                              printed != NULL ? printed : "");
    }
  if (GTK_IS_CHECK_BUTTON (widget))
    g_string_append_printf (text, "\non:%d", gtk_check_button_get_active (GTK_CHECK_BUTTON (widget)));
  g_string_append_printf (text, "\nsensitive:%d;", gtk_widget_get_sensitive (widget));
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    append_shown (child, text);
}

/**
 * fd_ui_list_replace:
 * @rows: (transfer container): new rows, floating, for @list
 * @shown: (inout): what @list shows now, kept by the caller; NULL at first
 *
 * Puts @rows into @list in place of its rows, unless they show just what
 * the rows there show: then the list is left as it is, and the keyboard
 * focus and the pointer with it (a page read again on every change in the
 * database rebuilt its lists under both).
 *
 * Returns: whether the list was rebuilt.
 */
gboolean
fd_ui_list_replace (GtkListBox  *list,
                    GPtrArray   *rows,
                    char       **shown)
{
  GString *text = g_string_new (NULL);
  gboolean same;

  g_return_val_if_fail (GTK_IS_LIST_BOX (list), FALSE);

  for (guint i = 0; i < rows->len; i++)
    {
      g_object_ref_sink (rows->pdata[i]);
      append_shown (rows->pdata[i], text);
      g_string_append_c (text, '|');
    }
  same = *shown != NULL && g_str_equal (*shown, text->str);
  if (!same)
    {
      fd_ui_list_clear (list);
      for (guint i = 0; i < rows->len; i++)
        gtk_list_box_append (list, rows->pdata[i]);
      g_free (*shown);
      *shown = g_string_free (g_steal_pointer (&text), FALSE);
    }
  else
    g_string_free (text, TRUE);
  for (guint i = 0; i < rows->len; i++)
    g_object_unref (rows->pdata[i]);
  g_ptr_array_unref (rows);
  return !same;
}
