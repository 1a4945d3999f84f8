/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-invitation-page.h"

#include "fd-ui.h"

/*
 * An invited visitor checks their invitation's details and checks in with
 * one tap; "registered" hands the stored visit to the window.
 */

struct _FdKioskInvitationPage
{
  FdKioskPage   parent_instance;

  /* template widgets */
  GtkLabel     *invite_confirm_title;
  GtkLabel     *invite_details;
  GtkButton    *invite_notme_button;
  GtkButton    *invite_confirm_button;
  GtkLabel     *invite_status;

  FdInvitation *invitation;  /* the invitation shown, or NULL */
};

G_DEFINE_FINAL_TYPE (FdKioskInvitationPage, fd_kiosk_invitation_page, FD_TYPE_KIOSK_PAGE)

enum {
  SIGNAL_REGISTERED,
  N_SIGNALS,
};

static guint signals[N_SIGNALS];

static gpointer
check_in_job (FdStore   *store,
              gpointer   data,
              GError   **error)
{
  gint64 id = fd_store_check_in_invitation (store, data, error);

  return id != 0 ? fd_store_get_visit (store, id, error) : NULL;
}

static void
checked_in_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(FdKioskInvitationPage) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(FdVisit) visit = fd_store_run_finish (FD_STORE (source), result, &error);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->invite_confirm_button), TRUE);
  if (visit == NULL)
    {
      fd_kiosk_show_message (self->invite_status,
                             fd_kiosk_page_tr (FD_KIOSK_PAGE (self), N_("The registration did not go through. Please try again, or ask at reception.")));
      return;
    }
  g_signal_emit (self, signals[SIGNAL_REGISTERED], 0, visit);
}

static void
invite_confirm_cb (FdKioskInvitationPage *self)
{
  FdKioskPage *page = FD_KIOSK_PAGE (self);

  if (self->invitation == NULL)
    return;
  gtk_widget_set_sensitive (GTK_WIDGET (self->invite_confirm_button), FALSE);
  fd_kiosk_show_message (self->invite_status, fd_kiosk_page_tr (page, N_("Registering…")));
  fd_store_run_async (fd_kiosk_page_get_store (page), check_in_job, g_strdup (self->invitation->code), g_free,
                      (GDestroyNotify) fd_visit_free, fd_kiosk_page_get_cancellable (page),
                      checked_in_cb, g_object_ref (self));
}

/* FdKioskPage. */

static void
fd_kiosk_invitation_page_apply_lang (FdKioskPage *page)
{
  FdKioskInvitationPage *self = FD_KIOSK_INVITATION_PAGE (page);
  FdInvitation *invitation = self->invitation;

  gtk_label_set_text (self->invite_confirm_title, fd_kiosk_page_tr (page, N_("Welcome! Please check your invitation:")));
  gtk_button_set_label (self->invite_notme_button, fd_kiosk_page_tr (page, N_("This is not me")));
  gtk_button_set_label (self->invite_confirm_button, fd_kiosk_page_tr (page, N_("Confirm and print my badge")));
  if (invitation != NULL)
    {
      g_autofree char *who = fd_host_honorific_name (invitation->host_name, invitation->host_title,
                                                     fd_kiosk_page_get_lang (page));
      g_autofree char *details = NULL;

      /* Translators: the invitation's details; %1$s visitor, %2$s company
       * (may be empty), %3$s host with honorific, %4$s department, %5$s
       * purpose. */
      details = g_strdup_printf (fd_kiosk_page_tr (page, N_("%1$s  %2$s\nVisiting %3$s of %4$s\nPurpose: %5$s")),
                                 invitation->name, invitation->company, who,
                                 invitation->host_department, invitation->purpose);
      gtk_label_set_text (self->invite_details, details);
    }
  else
    gtk_label_set_text (self->invite_details, "");
}

void
fd_kiosk_invitation_page_set_invitation (FdKioskInvitationPage *self,
                                         const FdInvitation    *invitation)
{
  g_return_if_fail (FD_IS_KIOSK_INVITATION_PAGE (self));

  fd_kiosk_page_reset (FD_KIOSK_PAGE (self));
  self->invitation = fd_invitation_copy (invitation);
  fd_kiosk_invitation_page_apply_lang (FD_KIOSK_PAGE (self));
}

static void
fd_kiosk_invitation_page_reset (FdKioskPage *page)
{
  FdKioskInvitationPage *self = FD_KIOSK_INVITATION_PAGE (page);

  g_clear_pointer (&self->invitation, fd_invitation_free);
  fd_kiosk_show_message (self->invite_status, NULL);
  gtk_widget_set_sensitive (GTK_WIDGET (self->invite_confirm_button), TRUE);
  fd_kiosk_invitation_page_apply_lang (page);
}

static void
fd_kiosk_invitation_page_focus (FdKioskPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (FD_KIOSK_INVITATION_PAGE (page)->invite_confirm_button));
}

static void
fd_kiosk_invitation_page_finalize (GObject *object)
{
  g_clear_pointer (&FD_KIOSK_INVITATION_PAGE (object)->invitation, fd_invitation_free);
  G_OBJECT_CLASS (fd_kiosk_invitation_page_parent_class)->finalize (object);
}

static void
fd_kiosk_invitation_page_class_init (FdKioskInvitationPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  FdKioskPageClass *page_class = FD_KIOSK_PAGE_CLASS (klass);

  object_class->finalize = fd_kiosk_invitation_page_finalize;
  page_class->apply_lang = fd_kiosk_invitation_page_apply_lang;
  page_class->reset = fd_kiosk_invitation_page_reset;
  page_class->focus = fd_kiosk_invitation_page_focus;

  /**
   * FdKioskInvitationPage::registered:
   * @visit: (type FdVisit): the stored visit
   */
  signals[SIGNAL_REGISTERED] =
    g_signal_new ("registered", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-invitation-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FdKioskInvitationPage, invite_confirm_title);
  gtk_widget_class_bind_template_child (widget_class, FdKioskInvitationPage, invite_details);
  gtk_widget_class_bind_template_child (widget_class, FdKioskInvitationPage, invite_notme_button);
  gtk_widget_class_bind_template_child (widget_class, FdKioskInvitationPage, invite_confirm_button);
  gtk_widget_class_bind_template_child (widget_class, FdKioskInvitationPage, invite_status);
  gtk_widget_class_bind_template_callback (widget_class, invite_confirm_cb);
}

static void
fd_kiosk_invitation_page_init (FdKioskInvitationPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  fd_kiosk_show_message (self->invite_status, NULL);
}
