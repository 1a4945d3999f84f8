/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-error.h"

/* A USB barcode scanner types the badge's code and Enter.  Wherever the
 * focus is, unless someone is typing in a field, a badge code checks the
 * visitor out: no need to click into anything first. */

static void
scanned_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) done = fd_store_check_out_finish (FD_STORE (source), result, &error);
  FdStaffWindow *self;
  g_autofree char *text = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = FD_STAFF_WINDOW (user_data);
  if (done != NULL)
    {
      /* Translators: %s is the visitor's name. */
      text = g_strdup_printf (fd_tr (self->lang, N_("%s has checked out. Please take the badge back.")), done->name);
      fd_staff_window_show_status (self, text, FALSE);
      fd_staff_window_reload (self);
    }
  else if (g_error_matches (error, FD_ERROR, FD_ERROR_STATE))
    fd_staff_window_show_status (self, fd_tr (self->lang, N_("This visitor has already checked out.")), TRUE);
  else
    fd_staff_window_show_status (self, fd_tr (self->lang, N_("This badge is not valid: it is unknown or was replaced. Check the visitor by name.")), TRUE);
}

/**
 * fd_staff_window_scan:
 * @text: what the scanner read
 */
void
fd_staff_window_scan (FdStaffWindow *self,
                      const char    *text)
{
  g_autofree char *code = g_strstrip (g_strdup (text));
  /* The badge was scanned at the desk: it is in the receptionist's hand. */
  FdCheckOut how = { .token = code, .badge = FD_BADGE_BACK_YES };

  if (!g_str_has_prefix (code, "FD1-"))
    {
      fd_staff_window_show_status (self, fd_tr (self->lang, N_("That is not a visitor badge.")), TRUE);
      return;
    }
  fd_store_check_out_async (self->store, self->session, &how, self->cancellable, scanned_cb, self);
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                gpointer               user_data)
{
  FdStaffWindow *self = user_data;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gunichar c;

  if (focus != NULL && (GTK_IS_EDITABLE (focus) || GTK_IS_TEXT (focus)))
    return GDK_EVENT_PROPAGATE;
  if (keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter)
    {
      g_autofree char *text = g_strdup (self->scan->str);

      if (self->scan->len == 0)
        return GDK_EVENT_PROPAGATE;
      g_string_truncate (self->scan, 0);
      fd_staff_window_scan (self, text);
      return GDK_EVENT_STOP;
    }
  c = gdk_keyval_to_unicode (keyval);
  if (c >= 0x20 && c < 0x7f && (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0)
    {
      if (self->scan->len < 64)
        g_string_append_c (self->scan, (char) c);
      return GDK_EVENT_STOP;
    }
  return GDK_EVENT_PROPAGATE;
}

/* Listens for the scanner before any widget sees the keys. */
void
fd_staff_window_add_scanner (FdStaffWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_name (keys, "scanner");
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
