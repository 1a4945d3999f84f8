/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-invite-page.h"

#include "fd-error.h"
#include "fd-ui.h"

/*
 * An invitation's code, scanned or typed.  A code that is unknown, used,
 * cancelled or for another day is explained here, with a way to register
 * without it; a good one is handed over with "found".
 */

struct _FdKioskInvitePage
{
  FdKioskPage  parent_instance;

  /* template widgets */
  GtkLabel    *invite_title;
  GtkLabel    *invite_hint;
  GtkEntry    *invite_entry;
  GtkLabel    *invite_error;
  GtkButton   *invite_back_button;
  GtkButton   *invite_next_button;
  GtkButton   *invite_walkin_button;
};

G_DEFINE_FINAL_TYPE (FdKioskInvitePage, fd_kiosk_invite_page, FD_TYPE_KIOSK_PAGE)

enum {
  SIGNAL_FOUND,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static gpointer
find_invitation_job (FdStore   *store,
                     gpointer   data,
                     GError   **error)
{
  return fd_store_find_invitation (store, data, error);
}

static void
invitation_found_cb (GObject      *source,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autoptr(FdKioskInvitePage) self = user_data;
  FdKioskPage *page = FD_KIOSK_PAGE (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(FdInvitation) invitation = fd_store_run_finish (FD_STORE (source), result, &error);
  g_autofree char *today = NULL;
  g_autofree char *message = NULL;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (invitation == NULL)
    message = g_strdup (fd_kiosk_page_tr (page, g_error_matches (error, FD_ERROR, FD_ERROR_NOT_FOUND)
                                                ? N_("We could not find this invitation code. Please check it, or register without an invitation.")
                                                : N_("The invitation cannot be read right now. Please register without it, or ask at reception.")));
  else if (invitation->state == FD_INVITATION_USED)
    message = g_strdup (fd_kiosk_page_tr (page, N_("This invitation has already been used. Please register without it, or ask at reception.")));
  else if (invitation->state == FD_INVITATION_CANCELLED)
    message = g_strdup (fd_kiosk_page_tr (page, N_("This invitation was cancelled. Please register without it, or ask at reception.")));
  else
    {
      today = fd_store_today (FD_STORE (source));
      if (g_strcmp0 (invitation->day, today) != 0)
        /* Translators: %s is a date such as 2026-12-01. */
        message = g_strdup_printf (fd_kiosk_page_tr (page, N_("This invitation is for %s, not today. Please register without it.")),
                                   invitation->day);
    }

  if (message != NULL)
    {
      fd_kiosk_show_message (self->invite_error, message);
      gtk_widget_set_visible (GTK_WIDGET (self->invite_walkin_button), TRUE);
      fd_kiosk_page_show (page, "invite");
      return;
    }
  g_signal_emit (self, signals[SIGNAL_FOUND], 0, invitation);
}

/**
 * fd_kiosk_invite_page_submit:
 * @code: an invitation code, as scanned or typed
 *
 * Looks the invitation up, as "Next" does.
 */
void
fd_kiosk_invite_page_submit (FdKioskInvitePage *self,
                             const char        *code)
{
  FdKioskPage *page = FD_KIOSK_PAGE (self);

  g_return_if_fail (FD_IS_KIOSK_INVITE_PAGE (self));

  if (code != gtk_editable_get_text (GTK_EDITABLE (self->invite_entry)))
    gtk_editable_set_text (GTK_EDITABLE (self->invite_entry), code);
  fd_kiosk_show_message (self->invite_error, NULL);
  fd_store_run_async (fd_kiosk_page_get_store (page), find_invitation_job, g_strdup (code), g_free,
                      (GDestroyNotify) fd_invitation_free, fd_kiosk_page_get_cancellable (page),
                      invitation_found_cb, g_object_ref (self));
}

static void
invite_submit_cb (FdKioskInvitePage *self)
{
  fd_kiosk_invite_page_submit (self, gtk_editable_get_text (GTK_EDITABLE (self->invite_entry)));
}

/* FdKioskPage. */

static void
fd_kiosk_invite_page_apply_lang (FdKioskPage *page)
{
  FdKioskInvitePage *self = FD_KIOSK_INVITE_PAGE (page);

  gtk_label_set_text (self->invite_title, fd_kiosk_page_tr (page, N_("Scan the QR code of your invitation")));
  gtk_label_set_text (self->invite_hint, fd_kiosk_page_tr (page, N_("Or type the 8-character code from your invitation.")));
  gtk_button_set_label (self->invite_back_button, fd_kiosk_page_tr (page, N_("Back")));
  gtk_button_set_label (self->invite_next_button, fd_kiosk_page_tr (page, N_("Next")));
  gtk_button_set_label (self->invite_walkin_button, fd_kiosk_page_tr (page, N_("Register without an invitation")));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->invite_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  fd_kiosk_page_tr (page, N_("Invitation code")), -1);
}

static void
fd_kiosk_invite_page_reset (FdKioskPage *page)
{
  FdKioskInvitePage *self = FD_KIOSK_INVITE_PAGE (page);

  gtk_editable_set_text (GTK_EDITABLE (self->invite_entry), "");
  fd_kiosk_show_message (self->invite_error, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->invite_walkin_button), FALSE);
}

static void
fd_kiosk_invite_page_focus (FdKioskPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (FD_KIOSK_INVITE_PAGE (page)->invite_entry));
}

static void
fd_kiosk_invite_page_class_init (FdKioskInvitePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdKioskPageClass *page_class = FD_KIOSK_PAGE_CLASS (klass);

  page_class->apply_lang = fd_kiosk_invite_page_apply_lang;
  page_class->reset = fd_kiosk_invite_page_reset;
  page_class->focus = fd_kiosk_invite_page_focus;

  /**
   * FdKioskInvitePage::found:
   * @invitation: (type FdInvitation): today's open invitation
   */
  signals[SIGNAL_FOUND] =
    g_signal_new ("found", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-invite-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FdKioskInvitePage, invite_title);
  gtk_widget_class_bind_template_child (widget_class, FdKioskInvitePage, invite_hint);
  gtk_widget_class_bind_template_child (widget_class, FdKioskInvitePage, invite_entry);
  gtk_widget_class_bind_template_child (widget_class, FdKioskInvitePage, invite_error);
  gtk_widget_class_bind_template_child (widget_class, FdKioskInvitePage, invite_back_button);
  gtk_widget_class_bind_template_child (widget_class, FdKioskInvitePage, invite_next_button);
  gtk_widget_class_bind_template_child (widget_class, FdKioskInvitePage, invite_walkin_button);
  gtk_widget_class_bind_template_callback (widget_class, invite_submit_cb);
}

static void
fd_kiosk_invite_page_init (FdKioskInvitePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->invite_entry),
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, self->invite_hint, self->invite_error, NULL,
                                  -1);
  fd_kiosk_invite_page_reset (FD_KIOSK_PAGE (self));
}
