/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-window-private.h"

/*
 * The on-screen keyboard in the kiosk window (fd-keyboard.c): below the
 * pages, so it never covers them; the page above scrolls the field being
 * typed into back into sight.  It shows when a text field takes the focus,
 * as the station file says: always, only after a touch (a kiosk with a
 * keyboard or a scanner attached needs none for those), or never.  A
 * physical keyboard and a barcode scanner keep working alongside it.
 */

/* The field with the focus, when it takes text. */
static GtkEditable *
focused_field (FdKioskWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return GTK_IS_TEXT (focus) ? GTK_EDITABLE (focus) : NULL;
}

/* Scrolls the page so that @widget is in sight above the keyboard. */
static void
scroll_into_view (GtkWidget *widget)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  GtkWidget *content;
  graphene_point_t top;
  double height, page, value;

  if (scrolled == NULL)
    return;
  content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  if (content == NULL ||
      !gtk_widget_compute_point (gtk_widget_get_parent (widget), content, &GRAPHENE_POINT_INIT (0, 0), &top))
    return;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  /* The field with its label above it. */
  height = gtk_widget_get_height (gtk_widget_get_parent (widget));
  page = gtk_adjustment_get_page_size (adjustment);
  value = gtk_adjustment_get_value (adjustment);
  if (top.y < value)
    gtk_adjustment_set_value (adjustment, top.y);
  else if (top.y + height > value + page)
    gtk_adjustment_set_value (adjustment, top.y + height - page);
}

static void
update (FdKioskWindow *self)
{
  GtkEditable *field = focused_field (self);
  gboolean show;

  fd_keyboard_set_target (self->keyboard, field);
  show = field != NULL && !self->keyboard_hidden &&
         (self->keyboard_show == FD_KEYBOARD_SHOW_ALWAYS ||
          (self->keyboard_show == FD_KEYBOARD_SHOW_TOUCH && self->touched));
  gtk_revealer_set_reveal_child (self->keyboard_revealer, show);
  if (show)
    scroll_into_view (GTK_WIDGET (field));
}

static void
focus_changed_cb (FdKioskWindow *self)
{
  /* A new field: the keyboard comes back if it was put away. */
  self->keyboard_hidden = FALSE;
  update (self);
}

static void
revealed_cb (FdKioskWindow *self)
{
  GtkEditable *field = focused_field (self);

  if (field != NULL && gtk_revealer_get_child_revealed (self->keyboard_revealer))
    scroll_into_view (GTK_WIDGET (field));
}

/* Notes whether the visitor touches the screen or uses a mouse; a tap
 * on the field brings a hidden keyboard back. */
static gboolean
event_cb (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          FdKioskWindow            *self)
{
  GdkEventType type = gdk_event_get_event_type (event);
  GdkDevice *device = gdk_event_get_device (event);

  if (type == GDK_TOUCH_BEGIN)
    self->touched = TRUE;
  else if (type == GDK_BUTTON_PRESS)
    self->touched = device != NULL && gdk_device_get_source (device) == GDK_SOURCE_TOUCHSCREEN;
  else
    return GDK_EVENT_PROPAGATE;
  if (self->keyboard_hidden && focused_field (self) != NULL)
    self->keyboard_hidden = FALSE;
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, (GSourceFunc) G_CALLBACK (fd_kiosk_window_update_keyboard),
                   g_object_ref (self), g_object_unref);
  return GDK_EVENT_PROPAGATE;
}

static void
hide_requested_cb (FdKioskWindow *self)
{
  self->keyboard_hidden = TRUE;
  gtk_revealer_set_reveal_child (self->keyboard_revealer, FALSE);
}

/* Next: as Enter in the field, which moves on as the page says (the form
 * goes from field to field as on paper); a field that does not say, to
 * the next field that takes text. */
static void
next_cb (FdKioskWindow *self)
{
  GtkWidget *start = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *entry = start != NULL ? gtk_widget_get_ancestor (start, GTK_TYPE_ENTRY) : NULL;

  if (entry != NULL)
    {
      gtk_widget_activate (entry);
      if (gtk_root_get_focus (GTK_ROOT (self)) != start)
        {
          update (self);
          return;
        }
    }

  for (int i = 0; i < 40; i++)
    {
      if (!gtk_widget_child_focus (GTK_WIDGET (self), GTK_DIR_TAB_FORWARD))
        break;
      if (focused_field (self) != NULL || gtk_root_get_focus (GTK_ROOT (self)) == start)
        break;
    }
  update (self);
}

/* Returns G_SOURCE_REMOVE, for an idle. */
gboolean
fd_kiosk_window_update_keyboard (FdKioskWindow *self)
{
  update (self);
  return G_SOURCE_REMOVE;
}

void
fd_kiosk_window_keyboard_init (FdKioskWindow *self)
{
  GtkEventController *legacy = gtk_event_controller_legacy_new ();

  self->keyboard = FD_KEYBOARD (fd_keyboard_new ());
  gtk_widget_set_name (GTK_WIDGET (self->keyboard), "keyboard");
  gtk_revealer_set_child (self->keyboard_revealer, GTK_WIDGET (self->keyboard));
  self->keyboard_show = FD_KEYBOARD_SHOW_NEVER;
  g_signal_connect_swapped (self, "notify::focus-widget", G_CALLBACK (focus_changed_cb), self);
  g_signal_connect_swapped (self->keyboard_revealer, "notify::child-revealed", G_CALLBACK (revealed_cb), self);
  g_signal_connect_swapped (self->keyboard, "hide-requested", G_CALLBACK (hide_requested_cb), self);
  g_signal_connect_swapped (self->keyboard, "next", G_CALLBACK (next_cb), self);
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect (legacy, "event", G_CALLBACK (event_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), legacy);
}

/* Every idle reset: nothing the visitor typed stays in the keyboard. */
void
fd_kiosk_window_keyboard_reset (FdKioskWindow *self)
{
  if (!fd_keyboard_forget (self->keyboard))
    g_warning ("The pinyin engine's folder still holds a user dictionary");
  self->keyboard_hidden = FALSE;
  self->touched = FALSE;
  gtk_revealer_set_reveal_child (self->keyboard_revealer, FALSE);
}

/**
 * fd_kiosk_window_set_keyboard:
 * @show: when the on-screen keyboard shows
 * @sound: whether a key clicks
 * @engine_dir: (nullable): the station's folder for the pinyin engine
 *
 * Sets the on-screen keyboard up; its input engines get ready off the main
 * loop.
 */
void
fd_kiosk_window_set_keyboard (FdKioskWindow  *self,
                              FdKeyboardShow  show,
                              gboolean        sound,
                              const char     *engine_dir)
{
  g_return_if_fail (FD_IS_KIOSK_WINDOW (self));

  self->keyboard_show = show;
  fd_keyboard_set_sound (self->keyboard, sound);
  if (show != FD_KEYBOARD_SHOW_NEVER && engine_dir != NULL)
    fd_keyboard_prepare (self->keyboard, engine_dir);
  update (self);
}

/* The kiosk's keyboard, for tests and the idle wipe's check. */
FdKeyboard *
fd_kiosk_window_get_keyboard (FdKioskWindow *self)
{
  g_return_val_if_fail (FD_IS_KIOSK_WINDOW (self), NULL);
  return self->keyboard;
}
