/* SPDX-FileCopyrightText: 2026 The Frontdesk authors
 * SPDX-License-Identifier: GPL-3.0-or-later */
#include "fd-kiosk-message-page.h"

#include "fd-ui.h"

/*
 * A last page that only says something and waits for "Done": the neutral
 * words of a watchlist hit (the staff window has the alert), or, after a
 * refusal (REG-6), that a colleague is coming.
 */

struct _FdKioskMessagePage
{
  FdKioskPage     parent_instance;

  /* template widgets */
  GtkLabel       *message_title;
  GtkLabel       *message_text;
  GtkButton      *message_done_button;

  FdKioskMessage  message;  /* what the page says */
};

G_DEFINE_FINAL_TYPE (FdKioskMessagePage, fd_kiosk_message_page, FD_TYPE_KIOSK_PAGE)

static void
fd_kiosk_message_page_apply_lang (FdKioskPage *page)
{
  FdKioskMessagePage *self = FD_KIOSK_MESSAGE_PAGE (page);

  if (self->message == FD_KIOSK_MESSAGE_HELD)
    {
      gtk_label_set_text (self->message_title, fd_kiosk_page_tr (page, N_("Thank you.")));
      fd_kiosk_show_message (self->message_text, fd_kiosk_page_tr (page, N_("Please see the reception desk to complete your registration.")));
    }
  else
    {
      gtk_label_set_text (self->message_title, fd_kiosk_page_tr (page, N_("Please wait a moment: a colleague from reception is coming to help you.")));
      fd_kiosk_show_message (self->message_text, NULL);
    }
  gtk_button_set_label (self->message_done_button, fd_kiosk_page_tr (page, N_("Done")));
}

void
fd_kiosk_message_page_set_message (FdKioskMessagePage *self,
                                   FdKioskMessage      message)
{
  g_return_if_fail (FD_IS_KIOSK_MESSAGE_PAGE (self));

  self->message = message;
  fd_kiosk_message_page_apply_lang (FD_KIOSK_PAGE (self));
}

static void
fd_kiosk_message_page_focus (FdKioskPage *page)
{
  gtk_widget_grab_focus (GTK_WIDGET (FD_KIOSK_MESSAGE_PAGE (page)->message_done_button));
}

static void
fd_kiosk_message_page_class_init (FdKioskMessagePageClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  FD_KIOSK_PAGE_CLASS (klass)->apply_lang = fd_kiosk_message_page_apply_lang;
  FD_KIOSK_PAGE_CLASS (klass)->focus = fd_kiosk_message_page_focus;

  fd_ui_ensure_resources ();
  gtk_widget_class_set_template_from_resource (widget_class, "/org/frontdesk/Frontdesk/ui/fd-kiosk-message-page.ui");
  gtk_widget_class_bind_template_child (widget_class, FdKioskMessagePage, message_title);
  gtk_widget_class_bind_template_child (widget_class, FdKioskMessagePage, message_text);
  gtk_widget_class_bind_template_child (widget_class, FdKioskMessagePage, message_done_button);
}

static void
fd_kiosk_message_page_init (FdKioskMessagePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
