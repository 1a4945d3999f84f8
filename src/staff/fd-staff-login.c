/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-staff-window-private.h"

#include "fd-error.h"

/*
 * The staff window opens locked.  A login shows the pages the role may
 * use (the core checks again on every operation); a first run creates the
 * administrator instead.  After lock_seconds without a key, click or
 * pointer movement the window locks and empties every list that showed a
 * visitor's data.
 */

void
fd_staff_login_update_texts (FdStaffWindow *self)
{
  gtk_label_set_text (self->login_title, self->first_run
                                         ? fd_tr (self->lang, N_("First run: create the administrator"))
                                         : fd_tr (self->lang, N_("Staff login")));
  gtk_label_set_text (self->login_hint, self->first_run
                                        ? fd_tr (self->lang, N_("This account manages staff, hosts and settings. Choose a password of at least 4 characters."))
                                        : fd_tr (self->lang, N_("Log in with your staff user name and password or PIN. The window locks itself when nobody uses it.")));
  gtk_entry_set_placeholder_text (self->login_user, fd_tr (self->lang, N_("User name")));
  gtk_entry_set_placeholder_text (self->login_display, fd_tr (self->lang, N_("Your name, as colleagues know it")));
  g_object_set (self->login_secret, "placeholder-text", fd_tr (self->lang, N_("Password or PIN")), NULL);
  gtk_button_set_label (self->login_button, self->first_run
                                            ? fd_tr (self->lang, N_("Create and log in"))
                                            : fd_tr (self->lang, N_("Log in")));
  gtk_widget_set_visible (GTK_WIDGET (self->login_display), self->first_run);
}

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

typedef struct {
  char     *user;
  char     *display;
  char     *secret;
  gboolean  first_run;
} Login;

static void
login_free (Login *login)
{
  g_free (login->user);
  g_free (login->display);
  fd_secret_text_free (login->secret);
  g_free (login);
}

static gpointer
login_job (FdStore   *store,
           gpointer   data,
           GError   **error)
{
  Login *login = data;

  if (login->first_run &&
      fd_store_add_staff (store, NULL, login->user,
                          login->display != NULL && *login->display != '\0' ? login->display : login->user,
                          FD_ROLE_ADMIN, login->secret, error) == 0)
    return NULL;
  return fd_store_login (store, login->user, login->secret, error);
}

static void
logged_in_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  FdSession *session = fd_store_run_finish (FD_STORE (source), result, &error);
  FdStaffWindow *self;
  g_autofree char *who = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  self = FD_STAFF_WINDOW (user_data);
  gtk_widget_set_sensitive (GTK_WIDGET (self->login_button), TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->login_secret), "");
  if (session == NULL)
    {
      gtk_label_set_text (self->login_error,
                          g_error_matches (error, FD_ERROR, FD_ERROR_INVALID)
                          ? fd_tr (self->lang, N_("The user name or password is not allowed: use letters and digits, and a password of at least 4 characters."))
                          : g_error_matches (error, FD_ERROR, FD_ERROR_LOCKED)
                          ? fd_tr (self->lang, error->message)
                          : fd_tr (self->lang, N_("Wrong user name or password.")));
      gtk_widget_set_visible (GTK_WIDGET (self->login_error), TRUE);
      gtk_widget_grab_focus (self->login_secret);
      return;
    }

  self->first_run = FALSE;
  fd_staff_login_update_texts (self);
  self->session = session;
  gtk_widget_set_visible (GTK_WIDGET (self->login_error), FALSE);
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

static void
login_clicked_cb (FdStaffWindow *self)
{
  Login *login = g_new0 (Login, 1);

  login->user = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->login_user))));
  login->display = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->login_display))));
  login->secret = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->login_secret)));
  login->first_run = self->first_run;
  gtk_widget_set_sensitive (GTK_WIDGET (self->login_button), FALSE);
  fd_store_run_async (self->store, login_job, login, (GDestroyNotify) login_free, (GDestroyNotify) fd_session_free,
                      self->cancellable, logged_in_cb, self);
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
  gtk_editable_set_text (GTK_EDITABLE (self->login_secret), "");
  gtk_label_set_text (self->user_label, "");
  gtk_stack_set_visible_child_name (self->lock_stack, "login");
  fd_staff_window_session_changed (self);
  gtk_widget_grab_focus (self->login_secret);
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

static gpointer
count_staff_job (FdStore   *store,
                 gpointer   data,
                 GError   **error)
{
  return GSIZE_TO_POINTER ((gsize) fd_store_count_staff (store) + 1);
}

static void
counted_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gsize n = GPOINTER_TO_SIZE (fd_store_run_finish (FD_STORE (source), result, &error));
  FdStaffWindow *self;

  if (n == 0)
    return;
  self = FD_STAFF_WINDOW (user_data);
  self->first_run = n == 1;
  fd_staff_login_update_texts (self);
}

void
fd_staff_login_init (FdStaffWindow *self)
{
  GtkEventController *key = gtk_event_controller_key_new ();
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();

  g_signal_connect_swapped (self->login_button, "clicked", G_CALLBACK (login_clicked_cb), self);
  g_signal_connect_swapped (self->login_user, "activate", G_CALLBACK (gtk_widget_grab_focus), self->login_secret);
  g_signal_connect_swapped (self->login_secret, "activate", G_CALLBACK (login_clicked_cb), self);
  g_signal_connect_swapped (self->lock_button, "clicked", G_CALLBACK (fd_staff_window_lock), self);

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
  fd_staff_login_update_texts (self);
  fd_store_run_async (self->store, count_staff_job, NULL, NULL, NULL, self->cancellable, counted_cb, self);
}
