/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-unlock-page.h"

#include "fd-error.h"
#include "fd-secret.h"
#include "fd-ui.h"

/*
 * Leaving kiosk mode takes a staff account: user name and password or PIN.
 * "unlocked" tells the window the account may leave.
 */

struct _FdKioskUnlockPage
{
  FdKioskPage  parent_instance;

  /* template widgets */
  GtkLabel    *pin_title;
  GtkEntry    *pin_user_entry;
  GtkEntry    *pin_entry;
  GtkLabel    *pin_error;
  GtkButton   *pin_cancel_button;
  GtkButton   *pin_ok_button;
};

G_DEFINE_FINAL_TYPE (FdKioskUnlockPage, fd_kiosk_unlock_page, FD_TYPE_KIOSK_PAGE)

enum {
  SIGNAL_UNLOCKED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

typedef struct {
  char *user;
  char *secret;
} Login;

static void
login_free (Login *login)
{
  g_free (login->user);
  fd_secret_text_free (login->secret);
  g_free (login);
}

static gpointer
login_job (FdStore   *store,
           gpointer   data,
           GError   **error)
{
  Login *login = data;

  return fd_store_check_kiosk_exit (store, login->user, login->secret, error) ? GINT_TO_POINTER (1) : NULL;
}

static void
logged_in_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(FdKioskUnlockPage) self = user_data;
  FdKioskPage *page = FD_KIOSK_PAGE (self);
  g_autoptr(GError) error = NULL;

  if (fd_store_run_finish (FD_STORE (source), result, &error) == NULL)
    {
      if (g_error_matches (error, FD_ERROR, FD_ERROR_LOCKED) ||
          (error != NULL && g_str_equal (error->message, FD_KIOSK_EXIT_REFUSED)))
        fd_kiosk_show_message (self->pin_error, fd_kiosk_page_tr (page, error->message));
      else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        fd_kiosk_show_message (self->pin_error, fd_kiosk_page_tr (page, N_("Wrong user name or password.")));
      gtk_editable_set_text (GTK_EDITABLE (self->pin_entry), "");
      return;
    }
  g_signal_emit (self, signals[SIGNAL_UNLOCKED], 0);
}

static void
pin_submit_cb (FdKioskUnlockPage *self)
{
  FdKioskPage *page = FD_KIOSK_PAGE (self);
  Login *login = g_new0 (Login, 1);

  login->user = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->pin_user_entry)));
  login->secret = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->pin_entry)));
  fd_kiosk_show_message (self->pin_error, NULL);
  fd_store_run_async (fd_kiosk_page_get_store (page), login_job, login, (GDestroyNotify) login_free, NULL,
                      fd_kiosk_page_get_cancellable (page), logged_in_cb, g_object_ref (self));
}

static void
fd_kiosk_unlock_page_apply_lang (FdKioskPage *page)
{
  FdKioskUnlockPage *self = FD_KIOSK_UNLOCK_PAGE (page);
  const char *user = fd_kiosk_page_tr (page, N_("User name"));
  const char *secret = fd_kiosk_page_tr (page, N_("Password or PIN"));

  gtk_label_set_text (self->pin_title, fd_kiosk_page_tr (page, N_("Staff only: sign in to leave kiosk mode")));
  gtk_entry_set_placeholder_text (self->pin_user_entry, user);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pin_user_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, user, -1);
  gtk_entry_set_placeholder_text (self->pin_entry, secret);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->pin_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, secret, -1);
  gtk_button_set_label (self->pin_cancel_button, fd_kiosk_page_tr (page, N_("Cancel")));
  gtk_button_set_label (self->pin_ok_button, fd_kiosk_page_tr (page, N_("Sign in")));
}

static void
fd_kiosk_unlock_page_reset (FdKioskPage *page)
{
  FdKioskUnlockPage *self = FD_KIOSK_UNLOCK_PAGE (page);

  gtk_editable_set_text (GTK_EDITABLE (self->pin_user_entry), "");
  gtk_editable_set_text (GTK_EDITABLE (self->pin_entry), "");
  fd_kiosk_show_message (self->pin_error, NULL);
}

static void
fd_kiosk_unlock_page_focus (FdKioskPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (FD_KIOSK_UNLOCK_PAGE (page)->pin_user_entry));
}

static void
fd_kiosk_unlock_page_class_init (FdKioskUnlockPageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdKioskPageClass *page_class = FD_KIOSK_PAGE_CLASS (klass);

  page_class->apply_lang = fd_kiosk_unlock_page_apply_lang;
  page_class->reset = fd_kiosk_unlock_page_reset;
  page_class->focus = fd_kiosk_unlock_page_focus;

  /**
   * FdKioskUnlockPage::unlocked:
   *
   * A staff account may leave kiosk mode.
   */
  signals[SIGNAL_UNLOCKED] =
    g_signal_new ("unlocked", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-unlock-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FdKioskUnlockPage, pin_title);
  gtk_widget_class_bind_template_child (widget_class, FdKioskUnlockPage, pin_user_entry);
  gtk_widget_class_bind_template_child (widget_class, FdKioskUnlockPage, pin_entry);
  gtk_widget_class_bind_template_child (widget_class, FdKioskUnlockPage, pin_error);
  gtk_widget_class_bind_template_child (widget_class, FdKioskUnlockPage, pin_cancel_button);
  gtk_widget_class_bind_template_child (widget_class, FdKioskUnlockPage, pin_ok_button);
  gtk_widget_class_bind_template_callback (widget_class, pin_submit_cb);
}

static void
fd_kiosk_unlock_page_init (FdKioskUnlockPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->pin_entry),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->pin_error, NULL, -1);
  fd_kiosk_show_message (self->pin_error, NULL);
}
