/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-window-private.h"

#include "fd-kiosk-checkout-page.h"
#include "fd-kiosk-invite-page.h"

/*
 * How the kiosk listens: a USB barcode scanner typing on the welcome page,
 * the idle timer that wipes an abandoned form, and kiosk mode, whose only
 * way out is a staff password or PIN.
 */

#define LONG_PRESS_FACTOR 2.0  /* the longest press GTK allows opens the PIN page */

/* Scanning: a USB scanner types the code and Enter.  On the welcome page
 * the keys are collected here; other pages have a field for it. */

/**
 * fd_kiosk_window_scan:
 * @text: what the scanner read
 *
 * An invitation code opens the invitation's confirmation; a badge checks the
 * visitor out.  Anything else is ignored.
 */
void
fd_kiosk_window_scan (FdKioskWindow *self,
                      const char    *text)
{
  g_return_if_fail (FD_IS_KIOSK_WINDOW (self));

  if (g_str_has_prefix (text, "FD1-"))
    {
      fd_kiosk_window_show (self, "checkout");
      fd_kiosk_checkout_page_submit (FD_KIOSK_CHECKOUT_PAGE (fd_kiosk_window_page (self, "checkout")), text);
    }
  else if (g_str_has_prefix (text, "FDI1-"))
    {
      fd_kiosk_window_show (self, "invite");
      fd_kiosk_invite_page_submit (FD_KIOSK_INVITE_PAGE (fd_kiosk_window_page (self, "invite")), text);
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                gpointer               user_data)
{
  FdKioskWindow *self = user_data;
  gunichar c;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) == (GDK_CONTROL_MASK | GDK_ALT_MASK) &&
      (keyval == GDK_KEY_q || keyval == GDK_KEY_Q))
    {
      fd_kiosk_window_show (self, "pin");
      return GDK_EVENT_STOP;
    }
  if (g_strcmp0 (fd_kiosk_window_get_page (self), "welcome") != 0)
    return GDK_EVENT_PROPAGATE;

  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter)
    {
      g_autofree char *text = g_strdup (self->scan->str);

      g_string_truncate (self->scan, 0);
      fd_kiosk_window_scan (self, text);
      return GDK_EVENT_STOP;
    }
  c = gdk_keyval_to_unicode (keyval);
  if (c >= 0x20 && c < 0x7f && self->scan->len < 64)
    {
      g_string_append_c (self->scan, (char) c);
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

/* Idle: any input restarts the timer; when it fires away from the welcome
 * page, the kiosk wipes itself. */

static gboolean
idle_timeout_cb (gpointer user_data)
{
  FdKioskWindow *self = user_data;

  self->idle_source = 0;
  if (g_strcmp0 (fd_kiosk_window_get_page (self), "welcome") != 0 && !fd_kiosk_window_is_busy (self))
    fd_kiosk_window_reset (self);
  return G_SOURCE_REMOVE;
}

void
fd_kiosk_window_restart_idle (FdKioskWindow *self)
{
  g_clear_handle_id (&self->idle_source, g_source_remove);
  if (self->idle_seconds > 0)
    self->idle_source = g_timeout_add_seconds (self->idle_seconds, idle_timeout_cb, self);
}

static gboolean
input_cb (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          gpointer                  user_data)
{
  fd_kiosk_window_restart_idle (FD_KIOSK_WINDOW (user_data));
  return GDK_EVENT_PROPAGATE;
}

/* Kiosk mode: fullscreen, no close, no way out without a staff PIN. */

static gboolean
close_request_cb (GtkWindow *window,
                  gpointer   user_data)
{
  FdKioskWindow *self = FD_KIOSK_WINDOW (window);

  if (!self->locked)
    return FALSE;
  fd_kiosk_window_show (self, "pin");
  return TRUE;
}

static void
long_pressed_cb (GtkGestureLongPress *gesture,
                 double               x,
                 double               y,
                 gpointer             user_data)
{
  fd_kiosk_window_show (FD_KIOSK_WINDOW (user_data), "pin");
}

/**
 * fd_kiosk_window_set_locked:
 * @locked: %TRUE for kiosk mode
 *
 * In kiosk mode the window is fullscreen without decorations and cannot be
 * closed; a long press on the top bar, or Ctrl+Alt+Q, asks for a staff
 * password or PIN.
 */
void
fd_kiosk_window_set_locked (FdKioskWindow *self,
                            gboolean       locked)
{
  g_return_if_fail (FD_IS_KIOSK_WINDOW (self));

  self->locked = locked;
  gtk_window_set_decorated (GTK_WINDOW (self), !locked);
  gtk_window_set_deletable (GTK_WINDOW (self), !locked);
  if (locked)
    gtk_window_fullscreen (GTK_WINDOW (self));
  else
    gtk_window_unfullscreen (GTK_WINDOW (self));
}

gboolean
fd_kiosk_window_get_locked (FdKioskWindow *self)
{
  g_return_val_if_fail (FD_IS_KIOSK_WINDOW (self), FALSE);
  return self->locked;
}

/* Connects the window's input to the scanner, the idle timer and the PIN
 * page. */
void
fd_kiosk_window_input_init (FdKioskWindow *self)
{
  GtkEventController *legacy;
  GtkEventController *keys;
  GtkGesture *long_press;

  legacy = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect (legacy, "event", G_CALLBACK (input_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), legacy);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  long_press = gtk_gesture_long_press_new ();
  gtk_gesture_long_press_set_delay_factor (GTK_GESTURE_LONG_PRESS (long_press), LONG_PRESS_FACTOR);
  g_signal_connect (long_press, "pressed", G_CALLBACK (long_pressed_cb), self);
  /* On the company's name, not the whole bar: the language button's tap
   * must never count as a long press. */
  gtk_widget_add_controller (GTK_WIDGET (self->company_label), GTK_EVENT_CONTROLLER (long_press));

  g_signal_connect (self, "close-request", G_CALLBACK (close_request_cb), NULL);
}
