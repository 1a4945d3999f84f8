/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-staff-login-page.h"

/*
 * The staff window opens locked, on its login page (FdStaffLoginPage).  A
 * login shows the pages the role may use (the core checks again on every
 * operation).  After lock_seconds without a key, click or pointer movement
 * the window locks and empties every list that showed a visitor's data.
 */

static gboolean
idle_lock_cb (gpointer user_data)
{
  FdStaffWindow *self = user_data;

  self->idle_source = 0;
  fd_staff_window_lock (self);
  return G_SOURCE_REMOVE;
}

/* Someone used the window: the idle time starts again. */
void
fd_staff_window_poke (FdStaffWindow *self)
{
  g_clear_handle_id (&self->idle_source, g_source_remove);
  if (self->session != NULL && self->lock_seconds > 0)
    self->idle_source = g_timeout_add_seconds (self->lock_seconds, idle_lock_cb, self);
}

/* The login page let someone in: show the pages their role may use. */
static void
logged_in_cb (FdStaffWindow   *self,
              const FdSession *session)
{
  g_autofree char *who = NULL;

  g_clear_pointer (&self->session, fd_session_free);
  self->session = fd_session_copy (session);
  /* Translators: %1$s the staff member, %2$s their role. */
  who = g_strdup_printf (fd_tr (self->lang, N_("%1$s · %2$s")), fd_session_get_display_name (session),
                         fd_staff_role_text (self->lang, fd_session_get_role (session)));
  gtk_label_set_text (self->user_label, who);
  gtk_stack_page_set_visible (self->security_page, fd_session_allows (session, FD_PERMISSION_SECURITY));
  gtk_stack_page_set_visible (self->admin_page, fd_session_allows (session, FD_PERMISSION_ADMIN));
  gtk_stack_set_visible_child_name (self->views, "reception");
  gtk_stack_set_visible_child_name (self->lock_stack, "main");
  fd_staff_window_poke (self);
  fd_staff_window_session_changed (self);
}

/**
 * fd_staff_window_lock:
 *
 * Ends the session: the login page shows, and nothing a visitor registered
 * stays on screen.
 */
void
fd_staff_window_lock (FdStaffWindow *self)
{
  g_return_if_fail (FD_IS_STAFF_WINDOW (self));

  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_pointer (&self->session, fd_session_free);
  gtk_label_set_text (self->user_label, "");
  gtk_stack_set_visible_child_name (self->lock_stack, "login");
  fd_staff_window_session_changed (self);
  if (self->login_page != NULL)
    fd_staff_login_page_reset (FD_STAFF_LOGIN_PAGE (self->login_page));
}

/* The idle time before the window locks, instead of the site's
 * staff_lock_minutes (5 by default); 0 never locks. */
void
fd_staff_window_set_lock_seconds (FdStaffWindow *self,
                                  guint          seconds)
{
  g_return_if_fail (FD_IS_STAFF_WINDOW (self));
  self->lock_seconds = seconds;
  self->lock_fixed = TRUE;
  fd_staff_window_poke (self);
}

static gpointer
lock_minutes_job (FdStore   *store,
                  gpointer   data,
                  GError   **error)
{
  /* One more than the minutes: 0 (never lock) is not a NULL result. */
  return GSIZE_TO_POINTER ((gsize) fd_store_get_setting_int (store, "staff_lock_minutes", 5) + 1);
}

static void
lock_minutes_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gsize minutes = GPOINTER_TO_SIZE (fd_store_run_finish (FD_STORE (source), result, &error));
  FdStaffWindow *self;

  if (minutes == 0)
    return;
  self = FD_STAFF_WINDOW (user_data);
  if (!self->lock_fixed && self->lock_seconds != (guint) (minutes - 1) * 60)
    {
      self->lock_seconds = (guint) (minutes - 1) * 60;
      fd_staff_window_poke (self);
    }
}

/* The site's staff_lock_minutes, read again after each change: an
 * administrator's new value applies at once. */
void
fd_staff_window_read_lock_minutes (FdStaffWindow *self)
{
  if (self->lock_fixed)
    return;
  fd_store_run_async (self->store, lock_minutes_job, NULL, NULL, NULL, self->cancellable, lock_minutes_cb, self);
}

static gboolean
key_cb (GtkEventControllerKey *controller,
        guint                  keyval,
        guint                  keycode,
        GdkModifierType        state,
        FdStaffWindow         *self)
{
  fd_staff_window_poke (self);
  return GDK_EVENT_PROPAGATE;
}

void
fd_staff_login_init (FdStaffWindow *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  self->login_page = fd_staff_login_page_new (self->store);
  fd_staff_login_page_set_lang (FD_STAFF_LOGIN_PAGE (self->login_page), self->lang);
  gtk_widget_set_vexpand (self->login_page, TRUE);
  gtk_box_append (self->login_box, self->login_page);
  g_signal_connect_object (self->login_page, "logged-in", G_CALLBACK (logged_in_cb), self, G_CONNECT_SWAPPED);

  gtk_event_controller_set_propagation_phase (key, GTK_PHASE_CAPTURE);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (click), GTK_PHASE_CAPTURE);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_swapped (click, "pressed", G_CALLBACK (fd_staff_window_poke), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect_swapped (motion, "motion", G_CALLBACK (fd_staff_window_poke), self);
  gtk_widget_add_controller (GTK_WIDGET (self), motion);

  gtk_stack_set_visible_child_name (self->lock_stack, "login");
}
